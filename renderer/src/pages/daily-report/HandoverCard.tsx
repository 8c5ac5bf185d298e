import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import type { DutyLogDay } from '../../../../shared/contract/dutylog';
import { formatInstant } from '../../../../shared/time/civil';
import { useApiMutation } from '../../api/hooks';

/** 交接班: the summary of open items carried to the next duty day, with both officers named, recorded. */
export function HandoverCard({ day }: { day: DutyLogDay }) {
  const { message } = App.useApp();
  const record = useApiMutation('dutylog.handover');
  const [from, setFrom] = useState(day.handover?.fromOfficer ?? day.fromOfficers.join('、'));
  const [to, setTo] = useState(day.handover?.toOfficer ?? day.toOfficers.join('、'));
  const [note, setNote] = useState(day.handover?.note ?? '');
  const notStarted = day.dutyDate > day.currentDutyDate;
  const save = () =>
    record.mutate(
      { dutyDate: day.dutyDate, fromOfficer: from, toOfficer: to, note },
      { onSuccess: () => void message.success('交接班已记录'), onError: (e) => void message.error(e.message) },
    );
  return (
    <Card title="交接班" size="small" style={{ marginTop: 16 }}>
      {!day.rostered && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="尚未排班：交班人和接班人请手工填写" />
      )}
      {day.handover && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={`已于 ${formatInstant(day.handover.at)} 记录交接班（${day.handover.fromOfficer} → ${day.handover.toOfficer}，记录人 ${day.handover.recordedBy}）`}
          description={<div style={{ whiteSpace: 'pre-wrap' }}>{day.handover.summary}</div>}
        />
      )}
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label="交班人" required>
          <Input aria-label="交班人" value={from} onChange={(e) => setFrom(e.target.value)} maxLength={40} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="接班人" required>
          <Input aria-label="接班人" value={to} onChange={(e) => setTo(e.target.value)} maxLength={40} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="交接说明" style={{ flex: 1, minWidth: 240 }}>
          <Input aria-label="交接说明" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        </Form.Item>
      </Form>
      {!day.handover && (
        <>
          <Typography.Text type="secondary" style={{ display: 'block', margin: '12px 0 4px' }}>
            将记录的交接内容：
          </Typography.Text>
          <div style={{ whiteSpace: 'pre-wrap', background: '#f8fafc', padding: 10, borderRadius: 4 }}>{day.handoverDraft}</div>
        </>
      )}
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" onClick={save} loading={record.isPending} disabled={notStarted || !from.trim() || !to.trim()}>
          {day.handover ? '重新记录交接班' : '记录交接班'}
        </Button>
        {notStarted && <Typography.Text type="secondary">该值班日尚未开始</Typography.Text>}
      </Space>
    </Card>
  );
}
