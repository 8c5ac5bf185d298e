import { AppError } from '../../../shared/contract/errors';
import { isCivilDate, type CivilDate } from '../../../shared/time/civil';
import {
  CATEGORY_LABELS,
  CYCLE_LIMITS,
  DRILL_KINDS,
  EVALUATION_CONCLUSIONS,
  LEVEL_LABELS,
  PLAN_CATEGORIES,
  PLAN_LEVELS,
  STAGES,
  type DrillKind,
  type EvaluationConclusion,
  type PlanCategory,
  type PlanCycle,
  type PlanLevel,
  type Stage,
  type StageOutcome,
} from '../../../shared/plans/index';
import type { PlanData } from '../../../db/repos/plans';
import type { DrillData } from '../../../db/repos/plans-records';

export const PLAN_NAME_MAX = 80;
export const UNIT_MAX = 50;
export const APPROVER_MAX = 50;
export const NOTE_MAX = 500;
export const DOC_NO_MAX = 50;
export const LABEL_MAX = 30;
export const REASON_MAX = 300;
export const TEXT_MAX = 1000;

export const invalid = (message: string, field: string) => new AppError('invalid_input', message, field);

/** A trimmed text within a length; `required` names the empty case. */
export function textField(value: string, field: string, label: string, max: number, required = false): string {
  const v = value.trim();
  if (required && v === '') throw invalid(`${label}不能为空`, field);
  if ([...v].length > max) throw invalid(`${label}最多${max}个字`, field);
  return v;
}

/** A civil date, not after today. */
export function pastDate(value: string, field: string, label: string, today: CivilDate): CivilDate {
  const v = value.trim();
  if (!isCivilDate(v)) throw invalid(`${label}无效：“${value}”，应为有效日期，如 2026-06-01`, field);
  if (v < '1990-01-01') throw invalid(`${label}（${v}）过早，请核对`, field);
  if (v > today) throw invalid(`${label}（${v}）不能晚于今天（${today}）`, field);
  return v;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string, label: string, names?: Record<T, string>): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = names ? allowed.map((a) => names[a]).join('、') : allowed.join('、');
  throw invalid(`${label}无效：“${value}”，应为${list}之一`, field);
}

export const categoryOf = (v: string, field = 'category'): PlanCategory => oneOf(v, PLAN_CATEGORIES, field, '预案类别', CATEGORY_LABELS);
export const levelOf = (v: string): PlanLevel => oneOf(v, PLAN_LEVELS, 'level', '层级', LEVEL_LABELS);
export const stageOf = (v: string): Stage => oneOf(v, STAGES, 'stage', '环节');
export const outcomeOf = (v: string): StageOutcome => oneOf(v, ['done', 'skipped'] as const, 'outcome', '结果');
export const drillKindOf = (v: string): DrillKind => oneOf(v, DRILL_KINDS, 'kind', '演练形式', { tabletop: '桌面推演', field: '实战演练' });
export const conclusionOf = (v: string): EvaluationConclusion =>
  oneOf(v, EVALUATION_CONCLUSIONS, 'conclusion', '评估结论', { keep: '继续有效', revise: '需要修订' });

export interface PlanFieldsInput {
  name: string;
  category: string;
  level: string;
  unit: string;
  approver: string;
  note: string;
}

/** Check a plan's fields and say in Chinese what is wrong, naming the field. */
export function planData(input: PlanFieldsInput): PlanData {
  return {
    name: textField(input.name, 'name', '预案名称', PLAN_NAME_MAX, true),
    category: categoryOf(input.category),
    level: levelOf(input.level),
    unit: textField(input.unit, 'unit', '编制单位', UNIT_MAX, true),
    approver: textField(input.approver, 'approver', '审批机关', APPROVER_MAX),
    note: textField(input.note, 'note', '备注', NOTE_MAX),
  };
}

export function drillData(input: { date: string; kind: string; participants: string; findings: string }, today: CivilDate): DrillData {
  return {
    date: pastDate(input.date, 'date', '演练日期', today),
    kind: drillKindOf(input.kind),
    participants: textField(input.participants, 'participants', '参演单位和人员', TEXT_MAX),
    findings: textField(input.findings, 'findings', '发现的问题', TEXT_MAX),
  };
}

export function cycleData(input: { category: string; filingWorkdays: number; evaluationYears: number; drillMonths: number }): PlanCycle {
  const range = (v: number, field: keyof typeof CYCLE_LIMITS, label: string, unit: string) => {
    const { min, max } = CYCLE_LIMITS[field];
    if (v < min || v > max) throw invalid(`${label}应为${min}到${max}${unit}`, field);
    return v;
  };
  return {
    category: categoryOf(input.category),
    filingWorkdays: range(input.filingWorkdays, 'filingWorkdays', '备案时限', '个工作日'),
    evaluationYears: range(input.evaluationYears, 'evaluationYears', '评估周期', '年（0表示不要求）'),
    drillMonths: range(input.drillMonths, 'drillMonths', '演练周期', '个月（0表示不要求）'),
  };
}

export const WHO_MAX_INPUT = 50;
