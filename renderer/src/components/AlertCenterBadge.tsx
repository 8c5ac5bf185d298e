import { Badge } from 'antd';
import { useApi } from '../api/hooks';

/** The 提醒中心 navigation label with the count of unacknowledged alerts. */
export function ReminderNavLabel({ label }: { label: string }) {
  const count = useApi('reminders.count', {}, { refetchInterval: 60_000 });
  const n = count.data?.unacknowledged ?? 0;
  if (n === 0) return label;
  return (
    <>
      <span>{label}</span>
      <span data-testid="reminder-badge" style={{ marginInlineStart: 8 }}>
        <Badge count={n} size="small" overflowCount={99} style={{ boxShadow: 'none' }} title={`${n} 条未确认的提醒`} />
      </span>
    </>
  );
}
