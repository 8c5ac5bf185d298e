import { Tag, Tooltip } from 'antd';
import {
  CATEGORY_LABELS,
  DEADLINE_KIND_LABELS,
  LEVEL_LABELS,
  PLAN_CATEGORIES,
  PLAN_LEVELS,
  STATUS_LABELS,
  STATUS_SEVERITY,
  type Deadline,
  type PlanStatus,
} from '../../../../shared/plans/index';

export const STATUS_COLORS: Record<PlanStatus, string> = {
  overdue: 'red',
  drafting: 'default',
  revising: 'gold',
  unfiled: 'blue',
  filed: 'green',
};

export function StatusTag({ status }: { status: PlanStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Tag>;
}

/** 逾期17天 / 还有25天 / 已完成 */
export function deadlineWhen(d: Deadline): string {
  if (d.state === 'done') return d.metOn ? `${d.metOn}完成${d.late ? '（逾期）' : ''}` : '已完成';
  if (d.state === 'overdue') return `逾期${d.daysOverdue}天`;
  return d.daysOverdue === 0 ? '今天到期' : `还有${-d.daysOverdue}天`;
}

export function DeadlineTag({ d }: { d: Deadline }) {
  const color = d.state === 'overdue' ? 'red' : d.state === 'due_soon' ? 'orange' : d.state === 'done' ? 'green' : 'default';
  const text = `${DEADLINE_KIND_LABELS[d.kind]}：${d.state === 'done' ? deadlineWhen(d) : `${d.due}前（${deadlineWhen(d)}）`}`;
  const tag = <Tag color={color}>{text}{d.estimated ? '（预估）' : ''}</Tag>;
  return d.estimated ? <Tooltip title="该年份放假安排为预估，工作日计算可能有出入">{tag}</Tooltip> : tag;
}

export const CATEGORY_OPTIONS = PLAN_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
export const LEVEL_OPTIONS = PLAN_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] }));
export const STATUS_OPTIONS = STATUS_SEVERITY.map((value) => ({ value, label: STATUS_LABELS[value] }));
