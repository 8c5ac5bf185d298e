import { App, Button, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { StatsPerson } from '../../../../shared/contract/roster';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { downloadBase64 } from '../../api/files';

const PARTS = [
  ['workday', '工作日'],
  ['weekend', '周末'],
  ['holiday', '节假日'],
] as const;

/** A stacked bar per person: workday, weekend and holiday duties (plain CSS, no chart library). */
function Bar({ p, max }: { p: StatsPerson; max: number }) {
  return (
    <div className="roster-bar" role="img" aria-label={`${p.name}：工作日${p.year.workday}次，周末${p.year.weekend}次，节假日${p.year.holiday}次`}>
      {PARTS.map(([k]) =>
        p.year[k] > 0 ? <span key={k} className={`roster-bar-${k}`} style={{ width: `${(p.year[k] / Math.max(1, max)) * 100}%` }} /> : null,
      )}
    </div>
  );
}

function MonthTable({ p }: { p: StatsPerson }) {
  return (
    <table className="roster-months">
      <thead>
        <tr>
          <th />
          {p.months.map((_, i) => (
            <th key={i}>{i + 1}月</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...PARTS, ['leader', '带班'] as const, ['total', '合计'] as const].map(([k, name]) => (
          <tr key={k}>
            <th>{name}</th>
            {p.months.map((m, i) => (
              <td key={i}>{m[k] || ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 统计: duties per person per category, per month and year, with bars and the balance per pool; xlsx for 值班补贴. */
export function StatsView({ year }: { year: number }) {
  const { message } = App.useApp();
  const stats = useApi('roster.stats', { year });
  const max = Math.max(1, ...(stats.data?.people.map((p) => p.year.total) ?? [1]));
  const exportXlsx = async () => {
    try {
      const f = await call('roster.exportStats', { year });
      downloadBase64(f.name, f.mime, f.dataBase64);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()}>
          导出值班补贴统计（Excel）
        </Button>
        <span className="roster-legend">
          {PARTS.map(([k, name]) => (
            <span key={k}>
              <i className={`roster-bar-${k}`} />
              {name}
            </span>
          ))}
        </span>
      </Space>
      {stats.data && (
        <ul className="roster-spread" aria-label="均衡情况">
          {stats.data.spread.map((s) => (
            <li key={s.role}>
              <Typography.Text strong>{s.name}</Typography.Text>：工作日相差{s.summary.workday.spread}次，周末相差{s.summary.weekend.spread}次，节假日相差{s.summary.holiday.spread}次，合计{s.summary.total.min}–{s.summary.total.max}次
            </li>
          ))}
        </ul>
      )}
      <Table<StatsPerson>
        size="small"
        rowKey="staffId"
        loading={stats.isPending}
        dataSource={stats.data?.people ?? []}
        pagination={false}
        aria-label={`${year}年值班统计`}
        expandable={{ expandedRowRender: (p) => <MonthTable p={p} /> }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '可任岗位', dataIndex: 'roles', render: (r: string[]) => r.join('、') },
          { title: '工作日', key: 'w', width: 70, render: (_: unknown, p) => p.year.workday },
          { title: '周末', key: 'e', width: 60, render: (_: unknown, p) => p.year.weekend },
          { title: '节假日', key: 'h', width: 70, render: (_: unknown, p) => p.year.holiday },
          { title: '其中带班', key: 'l', width: 80, render: (_: unknown, p) => p.year.leader },
          { title: '合计', key: 't', width: 60, render: (_: unknown, p) => p.year.total },
          { title: '图示', key: 'bar', width: 260, render: (_: unknown, p) => <Bar p={p} max={max} /> },
        ]}
      />
    </>
  );
}
