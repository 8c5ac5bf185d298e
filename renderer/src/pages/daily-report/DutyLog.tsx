import { useState } from 'react';
import { App, Button, Card, Space, Spin, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { LogEntry } from '../../../../shared/contract/dutylog';
import { formatInstant, timeOfDayOf, weekdayZh } from '../../../../shared/time/civil';
import { useApi, useApiMutation } from '../../api/hooks';
import { CivilDatePicker } from './helpers';
import { HandoverCard } from './HandoverCard';
import { LogEntryForm } from './LogEntryForm';

const CATEGORY_COLORS: Record<string, string> = { 来电: 'blue', 来文: 'cyan', 突发事件: 'red', 领导指示: 'purple', 交接: 'gold', 其他: 'default' };

function LogTable({ entries, withDate, onEdit }: { entries: LogEntry[]; withDate?: boolean; onEdit: (e: LogEntry) => void }) {
  const { message } = App.useApp();
  const setOpen = useApiMutation('dutylog.setOpen');
  return (
    <Table<LogEntry>
      size="small"
      rowKey="id"
      dataSource={entries}
      pagination={false}
      locale={{ emptyText: '没有记录' }}
      columns={[
        { title: '时间', dataIndex: 'at', width: withDate ? 140 : 70, render: (v: number) => (withDate ? formatInstant(v) : timeOfDayOf(v)) },
        { title: '类型', dataIndex: 'category', width: 96, render: (c: string) => <Tag color={CATEGORY_COLORS[c]}>{c}</Tag> },
        { title: '内容', dataIndex: 'content', render: (c: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{c}</span> },
        { title: '处理人', dataIndex: 'handledBy', width: 90 },
        { title: '后续跟进', dataIndex: 'followUp', width: 200 },
        {
          title: '状态',
          dataIndex: 'open',
          width: 120,
          render: (open: boolean, e) =>
            open ? <Tag color="orange">未办结</Tag> : <Tag color="green" title={e.closedAt ? `${e.closedBy ?? ''} ${formatInstant(e.closedAt)} 办结` : undefined}>已办结</Tag>,
        },
        {
          title: '操作',
          width: 150,
          render: (_: unknown, e) => (
            <Space>
              <Button size="small" onClick={() => onEdit(e)}>
                修改
              </Button>
              <Button
                size="small"
                onClick={() => setOpen.mutate({ id: e.id, open: !e.open }, { onError: (err) => void message.error(err.message) })}
              >
                {e.open ? '办结' : '重新打开'}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

/** 值班日志 of one duty day, the open items carried into it, and the handover. */
export function DutyLog() {
  const [dutyDate, setDutyDate] = useState<string | undefined>();
  const day = useApi('dutylog.day', dutyDate ? { dutyDate } : {});
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<LogEntry | null>(null);
  if (!day.data) return <Spin />;
  const d = day.data;
  const edit = (e: LogEntry) => {
    setEditing(e);
    setFormOpen(true);
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <CivilDatePicker label="值班日" value={d.dutyDate} onChange={setDutyDate} />
        <Typography.Text>
          {d.dutyDate} {weekdayZh(d.dutyDate)} 值班日（{d.shiftChange} 起至次日 {d.shiftChange}）
        </Typography.Text>
        {d.dutyDate !== d.currentDutyDate && <Button onClick={() => setDutyDate(d.currentDutyDate)}>回到当前值班日</Button>}
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setEditing(null);
            setFormOpen(true);
          }}
        >
          新增日志
        </Button>
      </Space>
      <Card size="small" title={`本值班日日志（${d.entries.length}条）`}>
        <LogTable entries={d.entries} onEdit={edit} />
      </Card>
      {d.carried.length > 0 && (
        <Card size="small" title={`前班移交的未办结事项（${d.carried.length}项）`} style={{ marginTop: 16 }}>
          <LogTable entries={d.carried} withDate onEdit={edit} />
        </Card>
      )}
      <HandoverCard key={`${d.dutyDate}|${d.handover?.at ?? ''}`} day={d} />
      <LogEntryForm open={formOpen} editing={editing} onClose={() => setFormOpen(false)} />
    </>
  );
}
