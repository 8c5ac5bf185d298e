import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import type { PeriodNoticeInfo } from '../../../../shared/contract/reports';
import { formatInstant, weekdayZh } from '../../../../shared/time/civil';
import { useApi, useApiMutation } from '../../api/hooks';
import { copyText, useToday } from './helpers';

function NoticeModal({ periodId, onClose }: { periodId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const q = useApi('reports.notice', { periodId });
  const issue = useApiMutation('reports.issueNotice');
  const [text, setText] = useState<string | null>(null);
  const [docNo, setDocNo] = useState('');
  const p = q.data?.period;
  const value = text ?? q.data?.text ?? '';
  return (
    <Modal
      open
      width={860}
      title={p ? `关于做好${p.name}期间应急值班值守工作的通知` : '通知'}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={() => void copyText(value).then(() => void message.success('已复制'), (e: Error) => void message.error(e.message))}>复制文本</Button>
          {p && !p.issued && (
            <Button
              type="primary"
              disabled={!docNo.trim()}
              loading={issue.isPending}
              onClick={() =>
                issue.mutate(
                  { periodId, docNo, text: value },
                  {
                    onSuccess: () => {
                      void message.success('已记录为已印发');
                      onClose();
                    },
                    onError: (e) => void message.error(e.message),
                  },
                )
              }
            >
              标记已印发
            </Button>
          )}
          <Button onClick={onClose}>关闭</Button>
        </Space>
      }
    >
      {!q.data ? (
        <Spin />
      ) : (
        <>
          {p?.issued ? (
            <Typography.Paragraph>
              <Tag color="green">已印发</Tag> 文号 {p.issued.docNo}，{p.issued.issuedByName} 于 {formatInstant(p.issued.issuedAt)} 记录
            </Typography.Paragraph>
          ) : (
            <Form layout="inline" style={{ marginBottom: 12 }}>
              <Form.Item label="文号" required extra="印发后填写，如 青应急〔2026〕45号">
                <Input aria-label="文号" value={docNo} onChange={(e) => setDocNo(e.target.value)} maxLength={60} style={{ width: 240 }} />
              </Form.Item>
            </Form>
          )}
          <Input.TextArea aria-label="通知内容" value={value} onChange={(e) => setText(e.target.value)} readOnly={!!p?.issued} autoSize={{ minRows: 14, maxRows: 30 }} />
        </>
      )}
    </Modal>
  );
}

/** 节假日/重要时段 needing zero reports: when each notice is due, its draft, and whether it was issued. */
export function Notices() {
  const periods = useApi('reports.periods', {});
  const today = useToday();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <Typography.Paragraph type="secondary">
        每个需要零报告的节假日和重要时段开始前（默认提前3个工作日，按放假调休安排计算），提醒印发《关于做好××期间应急值班值守工作的通知》；通知草稿按时段日期、值班安排、零报告时间和值班电话生成。
      </Typography.Paragraph>
      <Table<PeriodNoticeInfo>
        size="middle"
        rowKey="id"
        loading={periods.isPending}
        dataSource={periods.data ?? []}
        pagination={false}
        locale={{ emptyText: '近期没有需要零报告的时段' }}
        columns={[
          {
            title: '时段',
            dataIndex: 'name',
            render: (n: string, p) => (
              <>
                {n} {p.estimated && <Tag>预估日期</Tag>}
              </>
            ),
          },
          { title: '日期', render: (_: unknown, p) => `${p.from} 至 ${p.to}` },
          { title: '通知应发', dataIndex: 'noticeDue', width: 170, render: (d: string) => `${d} ${weekdayZh(d)}` },
          {
            title: '状态',
            width: 240,
            render: (_: unknown, p) =>
              p.issued ? (
                <Tag color="green">已印发 {p.issued.docNo}</Tag>
              ) : today && p.noticeDue <= today ? (
                <Tag color="red">未印发（已到应发日期）</Tag>
              ) : (
                <Tag>未印发</Tag>
              ),
          },
          {
            title: '操作',
            width: 110,
            render: (_: unknown, p) => (
              <Button size="small" onClick={() => setOpen(p.id)}>
                {p.issued ? '查看通知' : '起草通知'}
              </Button>
            ),
          },
        ]}
      />
      {open && <NoticeModal periodId={open} onClose={() => setOpen(null)} />}
    </>
  );
}
