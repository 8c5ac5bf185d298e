import type { DeadlineKind, DeadlineState, DrillKind, EvaluationConclusion, PlanCategory, PlanLevel, PlanStatus, Stage } from './types';

export const CATEGORY_LABELS: Record<PlanCategory, string> = {
  overall: '总体',
  special: '专项',
  department: '部门',
  grassroots: '基层组织和单位',
  event: '重大活动',
};

export const LEVEL_LABELS: Record<PlanLevel, string> = {
  city: '市',
  township: '乡镇',
  village: '村',
  enterprise: '企业',
};

export const STAGE_LABELS: Record<Stage, string> = {
  draft: '起草',
  consult: '征求意见',
  review: '专家评审',
  evaluate: '评估',
  approve: '审批',
  issue: '印发',
  file: '备案',
  publish: '公布',
};

export const DRILL_KIND_LABELS: Record<DrillKind, string> = {
  tabletop: '桌面推演',
  field: '实战演练',
};

export const CONCLUSION_LABELS: Record<EvaluationConclusion, string> = {
  keep: '继续有效',
  revise: '需要修订',
};

export const STATUS_LABELS: Record<PlanStatus, string> = {
  drafting: '编制中',
  revising: '修订中',
  unfiled: '待备案',
  filed: '已备案',
  overdue: '逾期',
};

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  filing: '备案',
  evaluation: '定期评估',
  drill: '演练',
};

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  done: '已完成',
  ok: '未到期',
  due_soon: '即将到期',
  overdue: '已逾期',
};
