import { App, Button, Card, Empty, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { ReminderAlert } from '../../../../shared/contract/reminders';
import { formatInstant } from '../../../../shared/time/civil';
import { useApiMutation } from '../../api/hooks';
import { KIND_COLORS, KIND_LABELS } from './alert-labels';

const itemStyle = (a: ReminderAlert) => ({
  padding: '10px 14px',
  border: '1px solid #e5e7eb',
  borderLeft: `4px solid ${a.role === 'overdue' || a.kind === 'period_deadline' ? '#dc2626' : '#f59e0b'}`,
  borderRadius: 4,
  background: '#fff',
});

/** The alerts waiting for an operator, newest first, each with 确认 and 去处理. */
export function AlertList({ alerts }: { alerts: ReminderAlert[] }) {
  const { message } = App.useApp();
  const nav = useNavigate();
  const ack = useApiMutation('reminders.acknowledge');
  const ackAll = useApiMutation('reminders.acknowledgeAll');
  return (
    <Card
      title={`待确认的提醒（${alerts.length}）`}
      extra={
        alerts.length > 1 && (
          <Popconfirm
            title={`确认全部 ${alerts.length} 条提醒？`}
            okText="全部确认"
            cancelText="取消"
            onConfirm={() => ackAll.mutate({}, { onSuccess: (r) => void message.success(`已确认 ${r.count} 条提醒`), onError: (e) => void message.error(e.message) })}
          >
            <Button>全部确认</Button>
          </Popconfirm>
        )
      }
    >
      {alerts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待确认的提醒" />
      ) : (
        <Flex vertical gap={12} role="list" aria-label="待确认的提醒">
          {alerts.map((a) => (
            <div key={a.id} role="listitem" aria-label={`提醒：${a.title}`} style={itemStyle(a)}>
              <Flex justify="space-between" align="flex-start" gap={16}>
                <div style={{ minWidth: 0 }}>
                  <Space wrap size={6}>
                    <Tag color={KIND_COLORS[a.kind]}>{KIND_LABELS[a.kind]}</Tag>
                    {a.catchUp && <Tag color="orange">补提醒</Tag>}
                    <Typography.Text strong>{a.title}</Typography.Text>
                  </Space>
                  <div style={{ whiteSpace: 'pre-wrap', margin: '6px 0 4px' }}>{a.body}</div>
                  <Typography.Text type="secondary">
                    {a.catchUp ? `原定 ${formatInstant(a.dueAt)}（程序未运行，于 ${formatInstant(a.deliveredAt)} 补提醒）` : `到期 ${formatInstant(a.dueAt)}`}
                  </Typography.Text>
                </div>
                <Space>
                  <Button onClick={() => nav(a.route)}>去处理</Button>
                  <Button
                    type="primary"
                    loading={ack.isPending && ack.variables?.id === a.id}
                    onClick={() => ack.mutate({ id: a.id }, { onSuccess: () => void message.success('已确认'), onError: (e) => void message.error(e.message) })}
                  >
                    确认
                  </Button>
                </Space>
              </Flex>
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
