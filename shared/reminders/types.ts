import type { CivilDate, TimeOfDay } from '../time/civil';

export type ReminderKind = 'daily_report' | 'period_notice' | 'period_collect' | 'period_deadline' | 'custom';
export type ReminderRole = 'prepare' | 'warn' | 'overdue';

/** A reminder rule: data, editable in settings. */
export interface ReminderRule {
  id: string;
  kind: ReminderKind;
  /** Shown as the alert title; `{名称}` is replaced by the period's name. */
  name: string;
  /** Office wall-clock time `HH:mm` (Asia/Shanghai). */
  time: TimeOfDay;
  /** period_notice only: how many working days before the period's first day (default 3). */
  leadWorkdays?: number;
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

export interface OccurrenceContext {
  periods: readonly Period[];
  /** The injected holiday calendar (调休-aware). */
  isWorkday(date: CivilDate): boolean;
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
  /** The period id for period rules. */
  subject?: string;
}

export type DeliverableOccurrence = Occurrence & { catchUp: boolean };
export type SuppressedOccurrence = Occurrence & {
  /** satisfied: the thing was already done; superseded: a later catch-up of the same group and date was delivered instead. */
  reason: 'satisfied' | 'superseded';
};
