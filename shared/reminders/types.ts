import type { CivilDate, TimeOfDay } from '../time/civil';

export type ReminderKind =
  | 'daily_report'
  | 'period_notice'
  | 'period_collect'
  | 'period_deadline'
  | 'plan_deadline'
  | 'list_season'
  | 'custom';
export type ReminderRole = 'prepare' | 'warn' | 'overdue';

/** A reminder rule: data, editable in settings. */
export interface ReminderRule {
  id: string;
  kind: ReminderKind;
  /** Shown as the alert title; `{名称}` is replaced by the period's name. */
  name: string;
  /** Office wall-clock time `HH:mm` (Asia/Shanghai). */
  time: TimeOfDay;
  /**
   * period_notice: how many working days before the period's first day (default 3);
   * plan_deadline: how many working days before a plan's 备案/评估/演练 deadline (default 5).
   */
  leadWorkdays?: number;
  /** list_season only: the calendar days before the flood season's start on which to remind (0 = on the day). */
  leadDays?: number[];
  /** list_season only: the flood season's start as `MM-DD` (default `04-01`). */
  anchor?: string;
  /** Repeat every N minutes after `time`, until the end of that day (or until satisfied). */
  repeatMinutes?: number;
  enabled: boolean;
  role?: ReminderRole;
}

/** A holiday or important period (节假日/重要时段). */
export interface Period {
  id: string;
  name: string;
  from: CivilDate;
  to: CivilDate;
  /** Units report daily (零报告) during the period. */
  zeroReport: boolean;
}

export type PlanDeadlineKind = 'filing' | 'evaluation' | 'drill';

/** An open (not yet met) deadline of a plan, as the plans register computes it. */
export interface PlanDeadlineSubject {
  /** Stable per plan, kind and due date, e.g. `plan-12-filing-2026-05-10`: a moved deadline is a new subject. */
  id: string;
  planName: string;
  kind: PlanDeadlineKind;
  due: CivilDate;
}

/** Where a year's 山洪灾害防御责任人名单 stands. */
export type ListYearStatus = 'missing' | 'not_updated' | 'unpublished' | 'published';

export interface OccurrenceContext {
  periods: readonly Period[];
  /** The injected holiday calendar (调休-aware). */
  isWorkday(date: CivilDate): boolean;
  /** The plans' open deadlines (plan_deadline rules fire for these only). */
  planDeadlines?: readonly PlanDeadlineSubject[];
  /** The state of a year's responsible-persons list (list_season rules name it). */
  listStatus?(year: number): ListYearStatus;
}

/** One firing of a rule. `key` is unique and stable: the same rule, subject and instant always give the same key. */
export interface Occurrence {
  key: string;
  ruleId: string;
  kind: ReminderKind;
  role?: ReminderRole;
  dueAt: number;
  /** The office civil date of `dueAt`. */
  date: CivilDate;
  title: string;
  body: string;
  /** The period id for period rules, the deadline id for plan_deadline, `lists-YYYY` for list_season. */
  subject?: string;
}

export type DeliverableOccurrence = Occurrence & { catchUp: boolean };
export type SuppressedOccurrence = Occurrence & {
  /** satisfied: the thing was already done; superseded: a later catch-up of the same group and date was delivered instead. */
  reason: 'satisfied' | 'superseded';
};
