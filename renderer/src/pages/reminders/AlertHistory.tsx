import { Table, Tag } from 'antd';
import type { ReminderAlert } from '../../../../shared/contract/reminders';
import { formatInstant } from '../../../../shared/time/civil';
import { KIND_COLORS, KIND_LABELS } from './alert-labels';

/** Acknowledged alerts: what, when due, who acknowledged it and when. */
export function AlertHistory({ alerts, loading }: { alerts: ReminderAlert[]; loading: boolean }) {
  return (
    <Table<ReminderAlert>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={alerts}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '还没有已确认的提醒' }}
      columns={[
        { title: '到期时间', dataIndex: 'dueAt', width: 150, render: (v: number) => formatInstant(v) },
        { title: '类别', dataIndex: 'kind', width: 110, render: (k: ReminderAlert['kind']) => <Tag color={KIND_COLORS[k]}>{KIND_LABELS[k]}</Tag> },
        {
          title: '提醒',
          dataIndex: 'title',
          render: (t: string, a) => (
            <>
              {a.catchUp && <Tag color="orange">补提醒</Tag>}
              {t}
            </>
          ),
        },
        { title: '确认人', dataIndex: 'ackByName', width: 100 },
        { title: '确认时间', dataIndex: 'ackAt', width: 150, render: (v: number | null) => (v === null ? '—' : formatInstant(v)) },
      ]}
    />
  );
}
