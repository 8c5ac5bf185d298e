import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { RosterConfig, RosterDay } from '../../../../shared/contract/roster';
import type { Staff } from '../../../../shared/staff/types';
import { useApi, useApiMutation } from '../../api/hooks';
import { ConflictList } from './ConflictList';
import { personOptions } from './eligible';

export interface SlotTarget {
  day: RosterDay;
  role: string;
  roleName: string;
  slot: number;
  staffId: number | null;
  name: string;
}

const EMPTY = 0;

/** 安排/调整 one slot by hand: pick anyone able to serve the role, see conflicts before saving. */
export function AssignDialog({ target, config, staff, onClose }: { target: SlotTarget; config?: RosterConfig; staff?: Staff[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [staffId, setStaffId] = useState<number | undefined>(target.staffId ?? undefined);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const assign = useApiMutation('roster.assign');
  const chosen = staffId === undefined || staffId === EMPTY ? null : staffId;
  const check = useApi(
    'roster.check',
    { date: target.day.date, role: target.role, slot: target.slot, staffId: chosen },
    { enabled: chosen !== null && chosen !== target.staffId },
  );
  const blocked = check.data?.some((c) => c.severity === 'error') ?? false;

  const save = async () => {
    try {
      const r = await assign.mutateAsync({ date: target.day.date, role: target.role, slot: target.slot, staffId: chosen, reason });
      void message.success(r.warnings.length ? `已保存（注意：${r.warnings.join('；')}）` : '已保存');
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const title = `调整 ${target.day.date} ${target.roleName}（第${target.slot + 1}岗）`;
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void save()}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: blocked || staffId === undefined }}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="值班人员" extra={target.name ? `原为：${target.name}` : '原为空缺'}>
          <Select
            aria-label="值班人员"
            showSearch={{ optionFilterProp: 'label' }}
            value={staffId}
            onChange={(v: number) => setStaffId(v)}
            options={[{ value: EMPTY, label: '（空缺）' }, ...personOptions(config, staff, target.role)]}
            placeholder="选择人员"
          />
        </Form.Item>
        <ConflictList conflicts={chosen !== null && chosen !== target.staffId ? check.data : undefined} />
        <Form.Item label="原因（可不填）">
          <Input aria-label="调整原因" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
