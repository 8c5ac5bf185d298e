import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import type { DailyReportDraft } from '../../../../shared/contract/reports';
import { dailyReportText, type ReportStatus } from '../../../../shared/reminders/index';
import { formatInstant, timeOfDayOf, weekdayZh } from '../../../../shared/time/civil';
import { useApi, useApiMutation } from '../../api/hooks';
import { CivilDatePicker, copyText, splitNames } from './helpers';

export const STATUS_TAGS: Record<ReportStatus, { color: string; text: string }> = {
  pending: { color: 'blue', text: '待上报' },
  on_time: { color: 'green', text: '按时上报' },
  late: { color: 'orange', text: '迟报' },
  missing: { color: 'red', text: '未报（已超过12:00）' },
};

function ReportEditor({ draft }: { draft: DailyReportDraft }) {
  const { message, modal } = App.useApp();
  const session = useApi('session.get', {});
  const submit = useApiMutation('reports.submitDaily');
  const [leader, setLeader] = useState(draft.leader);
  const [officers, setOfficers] = useState(draft.officers.join('、'));
  const [phones, setPhones] = useState(draft.phones.join('、'));
  const [edited, setEdited] = useState<string | null>(null);
  const generated = dailyReportText({
    date: draft.date,
    org: draft.org,
    leader: leader.trim(),
    officers: splitNames(officers),
    phones: splitNames(phones),
    logEntries: draft.logEntries,
  });
  const done = draft.submitted;
  const text = done ? done.text : (edited ?? generated);

  const copy = () => copyText(text).then(() => void message.success('已复制，可粘贴到国家应急指挥综合业务系统'), (e: Error) => void message.error(e.message));
  const markSubmitted = () =>
    modal.confirm({
      title: '标记已上报？',
      content: `确认已在国家应急指挥综合业务系统上报 ${draft.date} 的值班报告。将记录上报时间和操作员（${session.data?.operator?.name ?? '未选择'}），当天其余的报告提醒不再提醒。`,
      okText: '标记已上报',
      cancelText: '取消',
      onOk: () =>
        submit
          .mutateAsync({ date: draft.date, text })
          .then(() => void message.success('已标记上报'))
          .catch((e: Error) => void message.error(e.message)),
    });

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        {!done && (
          <Card title="值班值守情况" size="small" style={{ marginBottom: 16 }}>
            {!draft.rostered && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title="尚未排班"
                description={`值班表中没有 ${draft.date} 的值班安排，带班领导和值班员请手工填写。`}
              />
            )}
            <Form layout="vertical">
              <Form.Item label="带班领导">
                <Input aria-label="带班领导" value={leader} onChange={(e) => setLeader(e.target.value)} maxLength={20} />
              </Form.Item>
              <Form.Item label="值班员" extra="多人用顿号分隔">
                <Input aria-label="值班员" value={officers} onChange={(e) => setOfficers(e.target.value)} maxLength={60} />
              </Form.Item>
              <Form.Item label="值班电话">
                <Input aria-label="值班电话" value={phones} onChange={(e) => setPhones(e.target.value)} maxLength={60} />
              </Form.Item>
            </Form>
          </Card>
        )}
        <Card title={`值班日志（${draft.logEntries.length}条）`} size="small">
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            范围：{formatInstant(draft.logFrom)} 至 {formatInstant(draft.logTo)}（前一日12:00至当日12:00）
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey={(e) => `${e.at}|${e.text}`}
            pagination={false}
            dataSource={draft.logEntries}
            locale={{ emptyText: '这段时间没有值班日志' }}
            columns={[
              { title: '时间', dataIndex: 'at', width: 64, render: (v: number) => timeOfDayOf(v) },
              { title: '类型', dataIndex: 'category', width: 90 },
              { title: '内容', dataIndex: 'text' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card
          title="报告内容"
          size="small"
          extra={
            !done &&
            edited !== null && (
              <Button size="small" onClick={() => setEdited(null)}>
                按左侧重新生成
              </Button>
            )
          }
        >
          {done && (
            <Alert
              type={draft.status === 'late' ? 'warning' : 'success'}
              showIcon
              style={{ marginBottom: 12 }}
              title={`已于 ${formatInstant(done.submittedAt)} 由 ${done.submittedByName} 标记上报（${STATUS_TAGS[draft.status].text}）`}
            />
          )}
          <Input.TextArea
            aria-label="报告内容"
            value={text}
            readOnly={!!done}
            onChange={(e) => setEdited(e.target.value)}
            autoSize={{ minRows: 12, maxRows: 28 }}
          />
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => void copy()}>复制文本</Button>
            {!done && (
              <Button type="primary" onClick={markSubmitted} loading={submit.isPending} disabled={draft.date > draft.today}>
                标记已上报
              </Button>
            )}
          </Space>
        </Card>
      </Col>
    </Row>
  );
}

/** 每日12:00 值班报告: pre-filled from the roster and the log, editable, copied out, marked as reported. */
export function ReportForm() {
  const [date, setDate] = useState<string | undefined>();
  const draft = useApi('reports.daily', date ? { date } : {});
  if (!draft.data) return <Spin />;
  const d = draft.data;
  const tag = STATUS_TAGS[d.status];
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <CivilDatePicker label="报告日期" value={d.date} onChange={setDate} />
        <Typography.Text>
          {d.date} {weekdayZh(d.date)} 值班报告，截止 12:00
        </Typography.Text>
        <Tag color={tag.color} data-testid="daily-report-status">
          {tag.text}
        </Tag>
        {d.date !== d.today && <Button onClick={() => setDate(d.today)}>回到今天</Button>}
      </Space>
      <ReportEditor key={`${d.date}|${d.submitted?.submittedAt ?? ''}|${d.logEntries.length}`} draft={d} />
    </>
  );
}
