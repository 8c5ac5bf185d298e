import { Badge, Card, List, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/hooks';

interface Todo {
  key: string;
  text: string;
  level: 'error' | 'warning' | 'success' | 'processing' | 'default';
  route: string;
}

const REPORT_TEXT: Record<string, { text: string; level: Todo['level'] }> = {
  pending: { text: '今日值班报告尚未上报（12:00前）', level: 'warning' },
  on_time: { text: '今日值班报告已按时上报', level: 'success' },
  late: { text: '今日值班报告已上报（迟报）', level: 'warning' },
  missing: { text: '今日值班报告已超时未上报', level: 'error' },
};

/** What needs doing now, across the areas, each a link to where it is done. */
export function TodoCard() {
  const nav = useNavigate();
  const report = useApi('reports.daily', {}, { refetchInterval: 30_000 });
  const alerts = useApi('reminders.count', {});
  const plans = useApi('plans.overdue', {});
  const lists = useApi('lists.overview', {});
  const todos: Todo[] = [];
  if (report.data) {
    const r = REPORT_TEXT[report.data.status] ?? { text: `今日值班报告：${report.data.status}`, level: 'default' as const };
    todos.push({ key: 'report', text: r.text, level: r.level, route: '/daily-report' });
  }
  if (alerts.data)
    todos.push({
      key: 'alerts',
      text: alerts.data.unacknowledged > 0 ? `${alerts.data.unacknowledged} 条提醒待确认` : '没有待确认的提醒',
      level: alerts.data.unacknowledged > 0 ? 'error' : 'success',
      route: '/reminders',
    });
  if (plans.data) {
    const n = plans.data.overdue.length;
    const soon = plans.data.dueSoon.length;
    todos.push({
      key: 'plans',
      text: n > 0 ? `${n} 项预案期限已逾期${soon ? `，${soon} 项即将到期` : ''}` : soon > 0 ? `${soon} 项预案期限即将到期` : '预案期限均未逾期',
      level: n > 0 ? 'error' : soon > 0 ? 'warning' : 'success',
      route: '/plans',
    });
  }
  if (lists.data)
    for (const [i, s] of lists.data.stale.entries()) todos.push({ key: `lists-${i}`, text: s, level: 'warning', route: '/lists' });
  return (
    <Card title="待办">
      <List
        dataSource={todos}
        locale={{ emptyText: '暂无待办' }}
        renderItem={(t) => (
          <List.Item>
            <Typography.Link onClick={() => nav(t.route)}>
              <Badge status={t.level} text={t.text} />
            </Typography.Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
