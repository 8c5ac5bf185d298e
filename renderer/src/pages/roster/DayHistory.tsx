import { Empty, Tag, Typography } from 'antd';
import { ACTION_LABELS } from '../../../../shared/audit/types';
import { formatInstant } from '../../../../shared/time/civil';
import { useApi } from '../../api/hooks';

/** Every change touching the day: edits, swaps, generations, with who and when. */
export function DayHistory({ date }: { date: string }) {
  const history = useApi('roster.dayHistory', { date });
  if (!history.data?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={history.isPending ? '正在读取…' : '没有修改记录'} />;
  return (
    <ul className="roster-history" aria-label="修改记录">
      {history.data.map((h) => (
        <li key={h.id}>
          <Typography.Text type="secondary">
            {formatInstant(h.at)} · {h.operatorName}
          </Typography.Text>{' '}
          <Tag>{ACTION_LABELS[h.action] ?? h.action}</Tag>
          <div>{h.summary}</div>
        </li>
      ))}
    </ul>
  );
}
