import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { RosterView } from '../../../../shared/contract/roster';
import { useApi, useApiMutation } from '../../api/hooks';
import type { SlotTarget } from './AssignDialog';

/** 换班: the people on this duty and on another exchange them, with a reason. */
export function SwapDialog({ target, roles, onClose }: { target: SlotTarget; roles: RosterView['roles']; onClose: () => void }) {
  const { message } = App.useApp();
  const [other, setOther] = useState<Dayjs | null>(null);
  const [slotKey, setSlotKey] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const swap = useApiMutation('roster.swap');
  const date = other?.format('YYYY-MM-DD') ?? '';
  const otherDay = useApi('roster.view', { from: date, to: date }, { enabled: date !== '' });
  const options = (otherDay.data?.days[0]?.slots ?? [])
    .filter((s) => s.staffId !== null && !(date === target.day.date && s.role === target.role && s.slot === target.slot))
    .map((s) => ({ value: `${s.role}#${s.slot}`, label: `${roles.find((r) => r.key === s.role)?.name ?? s.role}（第${s.slot + 1}岗）${s.name}` }));
  // The same role's slot by default; the user's choice while it is still on offer.
  const fallback = options.find((o) => o.value === `${target.role}#${target.slot}`) ?? options.find((o) => o.value.startsWith(`${target.role}#`));
  const chosen = options.find((o) => o.value === slotKey)?.value ?? fallback?.value;

  const save = async () => {
    if (!chosen) return;
    const [role, slot] = chosen.split('#');
    try {
      await swap.mutateAsync({
        a: { date: target.day.date, role: target.role, slot: target.slot },
        b: { date, role: role!, slot: Number(slot) },
        reason,
      });
      void message.success('已换班');
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal
      open
      title="换班"
      onCancel={onClose}
      onOk={() => void save()}
      okText="确认换班"
      cancelText="取消"
      okButtonProps={{ disabled: !chosen || reason.trim() === '' }}
      confirmLoading={swap.isPending}
      destroyOnHidden
    >
      <p>
        {target.day.date} {target.day.weekday} {target.roleName}（第{target.slot + 1}岗）：{target.name}
      </p>
      <Form layout="vertical">
        <Form.Item label="与哪一天换班" required>
          <DatePicker aria-label="换班日期" value={other} onChange={(d) => setOther(d)} style={{ width: '100%' }} defaultPickerValue={dayjs(target.day.date)} />
        </Form.Item>
        <Form.Item label="对方班次" required>
          <Select aria-label="对方班次" value={chosen} onChange={(v: string) => setSlotKey(v)} options={options} placeholder={date ? '该日没有可换的班次' : '先选日期'} />
        </Form.Item>
        <Form.Item label="换班原因" required>
          <Input aria-label="换班原因" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} placeholder="如：家中有事" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
