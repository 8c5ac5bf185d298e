import { useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Steps, Table, Tag } from 'antd';
import { STAGE_LABELS, STAGES, nextStage, type Deadline, type StageRecord } from '../../../../shared/plans/index';
import type { PlanVersionView } from '../../../../shared/contract/plans';
import { useApiMutation } from '../../api/hooks';
import { StageDialog } from './StageDialog';
import { DeadlineTag } from './ui';

type StageRow = StageRecord & { key: string; label: string };

/** Consecutive stages skipped on the same day for the same reason show as one row (起草 至 审批). */
function groupSkips(stages: readonly StageRecord[]): StageRow[] {
  const rows: StageRow[] = [];
  for (const r of stages) {
    const prev = rows[rows.length - 1];
    if (prev && r.outcome === 'skipped' && prev.outcome === 'skipped' && prev.skipReason === r.skipReason && prev.date === r.date) {
      prev.label = `${prev.label.split(' 至 ')[0]} 至 ${STAGE_LABELS[r.stage]}`;
      continue;
    }
    rows.push({ ...r, key: r.stage, label: STAGE_LABELS[r.stage] });
  }
  return rows;
}

/** One version: its eight stages as steps and as a record table; the open version takes the next stage. */
export function VersionCard({ version: v, today, deadlines }: { version: PlanVersionView; today: string; deadlines: Deadline[] }) {
  const { message } = App.useApp();
  const [recording, setRecording] = useState(false);
  const undo = useApiMutation('plans.stage.undo');
  const open = v.working || v.current;
  const next = nextStage(v.stages);
  const filing = deadlines.find((d) => d.kind === 'filing');
  const byStage = new Map(v.stages.map((r) => [r.stage, r]));

  const title = (
    <Space>
      <span>
        第{v.seq}版{v.label ? `（${v.label}）` : ''}
      </span>
      {v.current && <Tag color="green">现行</Tag>}
      {v.working && <Tag color="gold">{v.seq > 1 ? '修订中' : '编制中'}</Tag>}
      {!v.current && !v.working && <Tag>已被取代</Tag>}
      {v.docNo && <span className="muted">{v.docNo}</span>}
    </Space>
  );

  return (
    <Card size="small" title={title} className="version-card" data-testid={`version-${v.seq}`}>
      {v.reason && <p className="muted">修订原因：{v.reason}</p>}
      <Steps
        size="small"
        type="dot"
        current={next ? STAGES.indexOf(next) : STAGES.length}
        items={STAGES.map((s) => {
          const r = byStage.get(s);
          return {
            title: STAGE_LABELS[s],
            status: r ? 'finish' : s === next && open ? 'process' : 'wait',
            content: r ? (r.outcome === 'skipped' ? '已跳过' : r.date.slice(2)) : undefined,
          };
        })}
      />
      {filing && filing.state !== 'done' && (
        <div className="filing-line">
          <DeadlineTag d={filing} />
        </div>
      )}
      {v.stages.length > 0 && (
        <Table<StageRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={groupSkips(v.stages)}
          columns={[
            { title: '环节', dataIndex: 'label', width: 120 },
            { title: '结果', dataIndex: 'outcome', width: 70, render: (o: StageRecord['outcome']) => (o === 'done' ? '完成' : <Tag>跳过</Tag>) },
            { title: '日期', dataIndex: 'date', width: 110 },
            { title: '经办', dataIndex: 'who', width: 140, render: (w: string) => w || '—' },
            { title: '备注 / 跳过原因', key: 'notes', render: (_: unknown, r) => (r.outcome === 'skipped' ? r.skipReason : r.notes) || '—' },
          ]}
        />
      )}
      {open && (
        <Space style={{ marginTop: 8 }}>
          {next && (
            <Button type="primary" onClick={() => setRecording(true)}>
              记录「{STAGE_LABELS[next]}」
            </Button>
          )}
          {v.stages.length > 0 && (
            <Popconfirm
              title={`撤销「${STAGE_LABELS[v.stages[v.stages.length - 1]!.stage]}」？`}
              description="撤销后可重新记录，审计日志保留原记录。"
              okText="撤销"
              cancelText="取消"
              onConfirm={() =>
                undo.mutate({ versionId: v.id }, { onSuccess: () => void message.success('已撤销'), onError: (e) => void message.error(e.message) })
              }
            >
              <Button>撤销最后一步</Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {next && <StageDialog open={recording} version={v} stage={next} today={today} onClose={() => setRecording(false)} />}
    </Card>
  );
}
