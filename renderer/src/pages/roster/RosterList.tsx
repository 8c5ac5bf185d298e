import { Table, Tag } from 'antd';
import type { RosterDay, RosterView } from '../../../../shared/contract/roster';
import { SOURCE_COLOR, SOURCE_ZH, dayLabel, roleNames } from './labels';

function phones(day: RosterDay): string {
  const out: string[] = [];
  for (const s of day.slots) if (s.phones[0] && !out.includes(s.phones[0])) out.push(s.phones[0]);
  return out.join('、');
}

/** The month as a list, one row per day. */
export function RosterList({ view, onPick }: { view: RosterView; onPick: (d: RosterDay) => void }) {
  return (
    <Table<RosterDay>
      rowKey="date"
      size="small"
      pagination={false}
      dataSource={view.days}
      rowClassName={(d) => (d.dayType === 'holiday' ? 'roster-row-holiday' : d.dayType === 'weekend' ? 'roster-row-weekend' : '')}
      onRow={(d) => ({ onClick: () => onPick(d), style: { cursor: 'pointer' } })}
      aria-label="值班列表"
      columns={[
        { title: '日期', dataIndex: 'date', width: 110 },
        { title: '星期', dataIndex: 'weekday', width: 80 },
        { title: '类型', key: 'label', width: 100, render: (_: unknown, d) => dayLabel(d) || '工作日' },
        ...view.roles.map((r) => ({ title: r.name, key: r.key, render: (_: unknown, d: RosterDay) => roleNames(d, r.key) })),
        { title: '联系电话', key: 'phones', render: (_: unknown, d) => phones(d) },
        {
          title: '状态',
          key: 'source',
          width: 90,
          render: (_: unknown, d) => {
            const sources = [...new Set(d.slots.map((s) => s.source))].filter((s) => s !== 'generated');
            return sources.map((s) => (
              <Tag key={s} color={SOURCE_COLOR[s]}>
                {SOURCE_ZH[s]}
              </Tag>
            ));
          },
        },
        { title: '问题', key: 'conflicts', render: (_: unknown, d) => <span className="roster-warn">{d.conflicts.join('；')}</span> },
      ]}
    />
  );
}
