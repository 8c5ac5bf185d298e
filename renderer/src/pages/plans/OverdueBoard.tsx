import { Card, Empty, Table, Tag, Typography } from 'antd';
import { DEADLINE_KIND_LABELS, LEVEL_LABELS } from '../../../../shared/plans/index';
import type { OverdueItem } from '../../../../shared/contract/plans';
import { useApi } from '../../api/hooks';

/** 逾期与即将到期: every overdue or soon-due 备案, 评估 and 演练, most overdue first. */
export function OverdueBoard({ onOpen }: { onOpen: (planId: number) => void }) {
  const board = useApi('plans.overdue', {});
  const items = [...(board.data?.overdue ?? []), ...(board.data?.dueSoon ?? [])];
  const overdue = board.data?.overdue.length ?? 0;
  const soon = board.data?.dueSoon.length ?? 0;
  return (
    <Card
      size="small"
      className="overdue-board"
      role="region"
      aria-label="逾期提醒"
      title={
        <span>
          逾期提醒 <Tag color={overdue ? 'red' : 'green'}>已逾期 {overdue}</Tag>
          <Tag color={soon ? 'orange' : 'default'}>即将到期 {soon}</Tag>
        </span>
      }
      extra={board.data && <Typography.Text type="secondary">截至 {board.data.today}</Typography.Text>}
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有逾期或即将到期的事项" />
      ) : (
        <Table<OverdueItem>
          size="small"
          rowKey={(i) => `${i.planId}-${i.kind}`}
          pagination={false}
          dataSource={items}
          columns={[
            { title: '事项', dataIndex: 'kind', width: 90, render: (k: OverdueItem['kind']) => DEADLINE_KIND_LABELS[k] },
            { title: '预案', dataIndex: 'planName', render: (n: string, i) => <Typography.Link onClick={() => onOpen(i.planId)}>{n}</Typography.Link> },
            { title: '编制单位', dataIndex: 'unit' },
            { title: '层级', dataIndex: 'level', width: 60, render: (l: OverdueItem['level']) => LEVEL_LABELS[l] },
            { title: '期限', dataIndex: 'due', width: 130, render: (d: string, i) => `${d}${i.estimated ? '（预估）' : ''}` },
            {
              title: '情况',
              key: 'state',
              width: 120,
              render: (_: unknown, i) =>
                i.state === 'overdue' ? <Tag color="red">逾期{i.daysOverdue}天</Tag> : <Tag color="orange">{i.daysOverdue === 0 ? '今天到期' : `还有${-i.daysOverdue}天`}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
