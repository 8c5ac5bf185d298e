import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import type { NoticeDayRow, NoticePreview as Preview } from '../../../../shared/contract/calendar';
import type { ParsedHoliday } from '../../../../shared/calendar/notice-parser';
import { weekdayZh } from '../../../../shared/time/civil';
import { BASIS_ZH, dateSpan, monthDay } from './labels';

const KIND_TAG = { off: <Tag color="red">放假</Tag>, workday: <Tag color="orange">上班</Tag> } as const;

function Change({ row }: { row: NoticeDayRow }) {
  if (row.change === 'same') return <Typography.Text type="secondary">不变</Typography.Text>;
  if (row.change === 'new') return <Tag color="green">新增</Tag>;
  const b = row.before!;
  return (
    <>
      <Tag color="gold">变化</Tag>
      <Typography.Text type="secondary">原为 {b.name} {b.kind === 'off' ? '放假' : '上班'}</Typography.Text>
    </>
  );
}

function Summary({ data }: { data: Preview }) {
  const off = data.days.filter((d) => d.kind === 'off').length;
  const count = (c: NoticeDayRow['change']) => data.days.filter((d) => d.change === c).length;
  return (
    <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="年份">{data.year ? `${data.year}年` : '未找到'}</Descriptions.Item>
      <Descriptions.Item label="成文日期">{data.issued ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="识别结果">
        {data.holidays.length}个节日，放假{off}天，调休上班{data.days.length - off}天
      </Descriptions.Item>
      <Descriptions.Item label="与现有安排比较">
        {data.current ? `现为${BASIS_ZH[data.current.basis]}${data.current.stored ? '（含本地修改）' : ''}；` : ''}
        新增{count('new')}天，变化{count('changed')}天，不变{count('same')}天，取消{data.removed.length}天
      </Descriptions.Item>
    </Descriptions>
  );
}

/** What a pasted notice sets, what it changes, and what could not be read. */
export function NoticePreview({ data }: { data: Preview }) {
  return (
    <div aria-label="解析结果">
      {data.problem && <Alert type="error" showIcon title={`无法导入：${data.problem}`} style={{ marginBottom: 12 }} />}
      {data.unparsed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`有 ${data.unparsed.length} 行无法识别（这些行的日期不会导入，请核对原文）`}
          description={
            <ul className="notice-unparsed" aria-label="无法识别的行">
              {data.unparsed.map((u) => (
                <li key={`${u.line}-${u.text}`}>
                  第{u.line}行：{u.text}
                  <Typography.Text type="secondary">（{u.reason}）</Typography.Text>
                </li>
              ))}
            </ul>
          }
        />
      )}
      {data.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="请核对以下提示"
          description={
            <ul className="notice-unparsed">
              {data.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <Summary data={data} />
      <Table<ParsedHoliday>
        size="small"
        rowKey={(h) => `${h.name}${h.from}`}
        pagination={false}
        dataSource={data.holidays}
        style={{ marginBottom: 12 }}
        columns={[
          { title: '节日', dataIndex: 'name', width: 140 },
          { title: '放假', render: (_: unknown, h) => `${dateSpan(h.from, h.to)}，共${h.offDays.length}天` },
          { title: '调休上班', render: (_: unknown, h) => (h.makeupDays.length ? h.makeupDays.map(monthDay).join('、') : '不调休') },
        ]}
      />
      <Table<NoticeDayRow>
        aria-label="逐日安排"
        size="small"
        rowKey="date"
        pagination={false}
        scroll={{ y: 240 }}
        dataSource={data.days}
        columns={[
          { title: '日期', dataIndex: 'date', width: 160, render: (d: string) => `${d}（${weekdayZh(d)}）` },
          { title: '安排', dataIndex: 'kind', width: 90, render: (k: NoticeDayRow['kind']) => KIND_TAG[k] },
          { title: '假日名称', dataIndex: 'name', width: 160 },
          { title: '与现有安排比较', render: (_: unknown, r) => <Change row={r} /> },
        ]}
      />
      {data.removed.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title={`导入后，以下${data.removed.length}天恢复为普通日期`}
          description={data.removed.map((r) => `${r.date} ${r.name}${r.kind === 'off' ? '放假' : '上班'}`).join('；')}
        />
      )}
    </div>
  );
}
