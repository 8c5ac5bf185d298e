import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Modal, Popconfirm, Progress, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ZeroReportDay, ZeroUnitRow } from '../../../../shared/contract/reports';
import type { ZeroReportStatus } from '../../../../shared/reminders/index';
import { formatInstant, weekdayZh } from '../../../../shared/time/civil';
import { useApi, useApiMutation } from '../../api/hooks';
import { CivilDatePicker, copyText } from './helpers';

const STATUS_OPTIONS: ZeroReportStatus[] = ['未报', '零报告', '有情况'];

function NoteModal({ unit, onSave, onCancel }: { unit: ZeroUnitRow; onSave: (note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState(unit.note);
  return (
    <Modal open title={`${unit.name}报告的情况`} okText="保存" cancelText="取消" onOk={() => onSave(note.trim())} onCancel={onCancel} okButtonProps={{ disabled: !note.trim() }}>
      <Input.TextArea aria-label="情况说明" value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 3 }} maxLength={500} placeholder="发生了什么、在哪里、伤亡和处置情况" />
    </Modal>
  );
}

function Summary({ day }: { day: ZeroReportDay }) {
  const { message } = App.useApp();
  const send = useApiMutation('reports.markZeroSent');
  const [text, setText] = useState(day.sent?.summary ?? day.summary);
  const missing = day.units.filter((u) => u.status === '未报');
  const mark = () =>
    send.mutate({ date: day.date, summary: text }, { onSuccess: () => void message.success('已标记上报'), onError: (e) => void message.error(e.message) });
  return (
    <Card size="small" title="汇总上报" style={{ marginTop: 16 }}>
      {day.sent ? (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={`已于 ${formatInstant(day.sent.sentAt)} 由 ${day.sent.sentByName} 标记上报`} />
      ) : missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`尚有 ${missing.length} 个单位未报，请电话催报`}
          description={missing.map((u) => (u.phone ? `${u.name}（${u.phone}）` : u.name)).join('、')}
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title="各单位均已报送，汇总文字已就绪" />
      )}
      <Input.TextArea aria-label="零报告汇总" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 2, maxRows: 8 }} readOnly={!!day.sent} />
      <Space style={{ marginTop: 12 }}>
        <Button onClick={() => void copyText(text).then(() => void message.success('已复制'), (e: Error) => void message.error(e.message))}>复制文本</Button>
        {!day.sent &&
          (missing.length ? (
            <Popconfirm title={`尚有 ${missing.length} 个单位未报，仍要标记已上报？`} okText="标记已上报" cancelText="取消" onConfirm={mark}>
              <Button>标记已上报</Button>
            </Popconfirm>
          ) : (
            <Button type="primary" onClick={mark} loading={send.isPending}>
              标记已上报
            </Button>
          ))}
      </Space>
    </Card>
  );
}

/** 零报告: per day, each unit's 未报 / 零报告 / 有情况, and the summary once all have reported. */
export function ZeroReports() {
  const { message } = App.useApp();
  const [date, setDate] = useState<string | undefined>();
  const q = useApi('reports.zeroDay', date ? { date } : {});
  const set = useApiMutation('reports.setZeroStatus');
  const [noteFor, setNoteFor] = useState<ZeroUnitRow | null>(null);
  if (!q.data) return <Spin />;
  const day = q.data;
  const reported = day.units.filter((u) => u.status !== '未报').length;
  const change = (u: ZeroUnitRow, status: ZeroReportStatus, note = '') =>
    set.mutate({ date: day.date, unitId: u.unitId, status, note }, { onError: (e) => void message.error(e.message) });
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <CivilDatePicker label="日期" value={day.date} onChange={setDate} />
        <Typography.Text>
          {day.date} {weekdayZh(day.date)}，截止 {day.deadline}
        </Typography.Text>
        {day.periods.map((p) => (
          <Tag key={p.id} color="red">
            {p.name}（{p.from} 至 {p.to}）
          </Tag>
        ))}
      </Space>
      {day.periods.length === 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="该日不在需要零报告的节假日或重要时段内" description="各时段及其通知见“节假日通知”；仍可在下方登记各单位报送情况。" />
      )}
      {day.units.length === 0 ? (
        <Empty description={<span>尚未设置报送单位，请到 <Link to="/settings/units">设置 → 报送单位</Link> 添加乡镇（街道）和成员单位</span>} />
      ) : (
        <>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text>
              已报 {reported} / {day.units.length}
            </Typography.Text>
            <Progress percent={Math.round((reported / day.units.length) * 100)} size="small" style={{ width: 200 }} />
          </Space>
          <Table<ZeroUnitRow>
            size="small"
            rowKey="unitId"
            dataSource={day.units}
            pagination={false}
            columns={[
              { title: '单位', dataIndex: 'name', width: 150 },
              { title: '类别', dataIndex: 'kind', width: 100 },
              { title: '电话', dataIndex: 'phone', width: 140 },
              {
                title: '报送情况',
                width: 250,
                render: (_: unknown, u) => (
                  <Radio.Group
                    aria-label={`${u.name}报送情况`}
                    optionType="button"
                    size="small"
                    value={u.status}
                    options={STATUS_OPTIONS.map((s) => ({ value: s, label: s }))}
                    onChange={(e) => {
                      const s = e.target.value as ZeroReportStatus;
                      if (s === '有情况') setNoteFor(u);
                      else change(u, s);
                    }}
                  />
                ),
              },
              {
                title: '情况说明',
                dataIndex: 'note',
                render: (note: string, u) =>
                  u.status === '有情况' ? (
                    <Space>
                      <span>{note}</span>
                      <Button size="small" type="link" onClick={() => setNoteFor(u)}>
                        修改
                      </Button>
                    </Space>
                  ) : null,
              },
              { title: '登记', width: 170, render: (_: unknown, u) => (u.recordedAt ? `${u.recordedBy ?? ''} ${formatInstant(u.recordedAt)}` : '—') },
            ]}
          />
          <Summary key={`${day.date}|${day.summary}|${day.sent?.sentAt ?? ''}`} day={day} />
        </>
      )}
      {noteFor && (
        <NoteModal
          unit={noteFor}
          onCancel={() => setNoteFor(null)}
          onSave={(note) => {
            change(noteFor, '有情况', note);
            setNoteFor(null);
          }}
        />
      )}
    </>
  );
}
