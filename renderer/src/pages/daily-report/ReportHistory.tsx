import { useState } from 'react';
import { Card, Col, InputNumber, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { DailyReportHistoryDay } from '../../../../shared/contract/reports';
import { formatInstant, weekdayZh } from '../../../../shared/time/civil';
import { useApi } from '../../api/hooks';
import { STATUS_TAGS } from './ReportForm';

/** Every day with 按时/迟报/未报, and the number of reports made this year. */
export function ReportHistory() {
  const [year, setYear] = useState<number | undefined>();
  const history = useApi('reports.history', year ? { year } : {});
  const h = history.data;
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text>年份</Typography.Text>
        <InputNumber aria-label="年份" min={2000} max={2100} value={h?.year} onChange={(v) => v && setYear(v)} />
      </Space>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Card size="small">
            <Statistic title={`${h?.year ?? ''}年已上报`} value={h?.reportsThisYear ?? 0} suffix="期" />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title="按时" value={h?.onTime ?? 0} suffix="天" styles={{ content: { color: '#15803d' } }} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title="迟报" value={h?.late ?? 0} suffix="天" styles={{ content: { color: '#c2410c' } }} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title="未报" value={h?.missing ?? 0} suffix="天" styles={{ content: { color: '#b91c1c' } }} />
          </Card>
        </Col>
      </Row>
      <Table<DailyReportHistoryDay>
        size="small"
        rowKey="date"
        loading={history.isPending}
        dataSource={h?.days ?? []}
        pagination={{ pageSize: 31, hideOnSinglePage: true }}
        locale={{ emptyText: '这一年还没有记录（从开始使用本程序之日起统计）' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 160, render: (d: string) => `${d} ${weekdayZh(d)}` },
          { title: '状态', dataIndex: 'status', width: 160, render: (s: DailyReportHistoryDay['status']) => <Tag color={STATUS_TAGS[s].color}>{STATUS_TAGS[s].text}</Tag> },
          { title: '上报时间', dataIndex: 'submittedAt', width: 170, render: (v: number | null) => (v === null ? '—' : formatInstant(v)) },
          { title: '操作员', dataIndex: 'submittedByName', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </>
  );
}
