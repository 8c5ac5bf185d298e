import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { RosterConfig } from '../../../../shared/contract/roster';
import type { Staff } from '../../../../shared/staff/types';
import { useApi, useApiMutation } from '../../api/hooks';
import type { SlotTarget } from './AssignDialog';
import { ConflictList } from './ConflictList';
import { personOptions } from './eligible';

/** 替班: someone else takes over this duty, with a reason. */
export function SubstituteDialog({ target, config, staff, onClose }: { target: SlotTarget; config?: RosterConfig; staff?: Staff[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [staffId, setStaffId] = useState<number | undefined>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const substitute = useApiMutation('roster.substitute');
  const check = useApi(
    'roster.check',
    { date: target.day.date, role: target.role, slot: target.slot, staffId: staffId ?? null },
    { enabled: staffId !== undefined },
  );
  const blocked = check.data?.some((c) => c.severity === 'error') ?? false;

  const save = async () => {
    if (staffId === undefined) return;
    try {
      const r = await substitute.mutateAsync({ date: target.day.date, role: target.role, slot: target.slot, staffId, reason });
      void message.success(r.warnings.length ? `已替班（注意：${r.warnings.join('；')}）` : '已替班');
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal
      open
      title="替班"
      onCancel={onClose}
      onOk={() => void save()}
      okText="确认替班"
      cancelText="取消"
      okButtonProps={{ disabled: blocked || staffId === undefined || reason.trim() === '' }}
      confirmLoading={substitute.isPending}
      destroyOnHidden
    >
      <p>
        {target.day.date} {target.day.weekday} {target.roleName}（第{target.slot + 1}岗）：{target.name || '空缺'}
      </p>
      <Form layout="vertical">
        <Form.Item label="替班人员" required>
          <Select
            aria-label="替班人员"
            showSearch={{ optionFilterProp: 'label' }}
            value={staffId}
            onChange={(v: number) => setStaffId(v)}
            options={personOptions(config, staff, target.role).filter((o) => o.value !== target.staffId)}
            placeholder="选择替班人员"
          />
        </Form.Item>
        <ConflictList conflicts={staffId !== undefined ? check.data : undefined} />
        <Form.Item label="替班原因" required>
          <Input aria-label="替班原因" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} placeholder="如：外出开会" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
