import { useState } from 'react';
import { Button, Descriptions, Drawer, Space, Spin, Typography } from 'antd';
import { EditOutlined, ForkOutlined } from '@ant-design/icons';
import { CATEGORY_LABELS, LEVEL_LABELS, filingText, isIssued } from '../../../../shared/plans/index';
import { useApi } from '../../api/hooks';
import { PlanForm } from './PlanForm';
import { VersionCard } from './VersionCard';
import { ReviseDialog } from './ReviseDialog';
import { DrillsSection } from './DrillsSection';
import { EvaluationsSection } from './EvaluationsSection';
import { AttachmentsSection } from './AttachmentsSection';
import { DeadlineTag, StatusTag } from './ui';

/** One plan: its register fields, deadlines, every version with its stages, drills, evaluations, attachments. */
export function PlanDetailDrawer({ planId, onClose }: { planId: number | null; onClose: () => void }) {
  const detail = useApi('plans.get', { planId: planId ?? 0 }, { enabled: planId !== null });
  const [editing, setEditing] = useState(false);
  const [revising, setRevising] = useState(false);
  const d = planId !== null ? detail.data : undefined;
  const latest = d?.versions[0];
  const canRevise = latest ? isIssued(latest.stages) : false;

  return (
    <Drawer
      open={planId !== null}
      onClose={onClose}
      size={880}
      destroyOnHidden
      title={d ? d.plan.name : '预案'}
      extra={
        d && (
          <Space>
            <StatusTag status={d.plan.status} />
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              编辑
            </Button>
            <Button icon={<ForkOutlined />} disabled={!canRevise} title={canRevise ? undefined : '最新版本印发后才能开始修订'} onClick={() => setRevising(true)}>
              开始修订
            </Button>
          </Space>
        )
      }
    >
      {!d ? (
        <Spin />
      ) : (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'c', label: '类别', children: CATEGORY_LABELS[d.plan.category] },
              { key: 'l', label: '层级', children: LEVEL_LABELS[d.plan.level] },
              { key: 'u', label: '编制单位', children: d.plan.unit },
              { key: 'a', label: '审批机关', children: d.plan.approver || '—' },
              { key: 'v', label: '现行版本', children: d.plan.current ? `第${d.plan.current.seq}版${d.plan.current.label ? `（${d.plan.current.label}）` : ''}` : '尚未印发' },
              { key: 'n', label: '文号', children: d.plan.docNo || '—' },
              { key: 'i', label: '印发日期', children: d.plan.issued ?? '—' },
              { key: 'f', label: '备案', children: <span className="pre-line">{filingText(d.plan)}</span> },
              { key: 'cy', label: '期限规则', span: 2, children: `备案：印发后${d.cycle.filingWorkdays}个工作日内；评估：${d.cycle.evaluationYears ? `每${d.cycle.evaluationYears}年` : '不要求'}；演练：${d.cycle.drillMonths ? `每${d.cycle.drillMonths}个月` : '不要求'}` },
              ...(d.plan.note ? [{ key: 'note', label: '备注', span: 2, children: d.plan.note }] : []),
            ]}
          />
          <div className="plan-deadlines" aria-label="期限">
            <Typography.Text strong>期限：</Typography.Text>
            {d.plan.deadlines.length ? d.plan.deadlines.map((x) => <DeadlineTag key={x.kind} d={x} />) : <Typography.Text type="secondary">印发后开始计算</Typography.Text>}
          </div>
          <h3 className="plan-section">版本与流程</h3>
          {d.versions.map((v) => (
            <VersionCard key={v.id} version={v} today={d.today} deadlines={v.current ? d.plan.deadlines : []} />
          ))}
          <AttachmentsSection planId={d.plan.id} versions={d.versions} />
          <DrillsSection detail={d} />
          <EvaluationsSection detail={d} />
          <PlanForm open={editing} editing={d.plan} today={d.today} onClose={() => setEditing(false)} />
          <ReviseDialog open={revising} plan={d.plan} onClose={() => setRevising(false)} />
        </>
      )}
    </Drawer>
  );
}
