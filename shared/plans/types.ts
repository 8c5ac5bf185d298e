import type { CivilDate } from '../time/civil';

/** 预案类别 (2024 measures: 总体、专项、部门、基层组织和单位、重大活动). */
export const PLAN_CATEGORIES = ['overall', 'special', 'department', 'grassroots', 'event'] as const;
export type PlanCategory = (typeof PLAN_CATEGORIES)[number];

/** 层级 of the owning body. */
export const PLAN_LEVELS = ['city', 'township', 'village', 'enterprise'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

/** The lifecycle of one version, in order. */
export const STAGES = ['draft', 'consult', 'review', 'evaluate', 'approve', 'issue', 'file', 'publish'] as const;
export type Stage = (typeof STAGES)[number];

export type StageOutcome = 'done' | 'skipped';

/** One recorded stage of a version: done on a date by someone, or skipped with a reason. */
export interface StageRecord {
  stage: Stage;
  outcome: StageOutcome;
  date: CivilDate;
  who: string;
  notes: string;
  /** Why the stage was skipped; '' when done. */
  skipReason: string;
}

export const DRILL_KINDS = ['tabletop', 'field'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export const EVALUATION_CONCLUSIONS = ['keep', 'revise'] as const;
export type EvaluationConclusion = (typeof EVALUATION_CONCLUSIONS)[number];

/** Deadlines per category: configurable defaults from the 2024 measures (国办发〔2024〕5号). */
export interface PlanCycle {
  category: PlanCategory;
  /** 备案 within this many working days of 印发. */
  filingWorkdays: number;
  /** 定期评估 every this many years after 印发 or the last evaluation; 0 = none. */
  evaluationYears: number;
  /** A drill at least every this many months; 0 = none required. */
  drillMonths: number;
}

/** How one deadline stands today. */
export type DeadlineState = 'done' | 'ok' | 'due_soon' | 'overdue';

export type DeadlineKind = 'filing' | 'evaluation' | 'drill';

export interface Deadline {
  kind: DeadlineKind;
  due: CivilDate;
  state: DeadlineState;
  /** Days past due (> 0 when overdue), or days left (<= 0) — due minus today, negated. */
  daysOverdue: number;
  /** When done: the date it was met (备案 date). */
  metOn?: CivilDate;
  /** Met after the deadline (逾期备案). */
  late?: boolean;
  /** The calendar used for the working-day count is an estimate for some year. */
  estimated?: boolean;
}

/**
 * Where a plan stands, for the register and the coverage board:
 * drafting (no version issued yet), revising (a version in force and a newer one under way),
 * unfiled (issued, 备案 pending and not late), filed (in force and filed or filing skipped),
 * overdue (some deadline passed).
 */
export type PlanStatus = 'drafting' | 'revising' | 'unfiled' | 'filed' | 'overdue';
