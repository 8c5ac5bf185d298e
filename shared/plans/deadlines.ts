import { recordOf, issueDateOf } from './lifecycle';
import { addMonths, addYears, daysUntil } from './dates';
import type { CivilDate } from '../time/civil';
import type { Deadline, DeadlineState, StageRecord } from './types';

/** How close a deadline must be to count as 即将到期, in calendar days, per kind. */
export const DUE_SOON_DAYS = { filing: 7, evaluation: 60, drill: 30 } as const;

/** Working-day arithmetic comes from the holiday calendar (injected, so this stays pure). */
export type AddWorkdays = (date: CivilDate, n: number) => CivilDate;

export function classify(due: CivilDate, today: CivilDate, soonDays: number): DeadlineState {
  const left = daysUntil(due, today);
  if (left < 0) return 'overdue';
  return left <= soonDays ? 'due_soon' : 'ok';
}

/** 备案 deadline: the n-th working day after 印发 (holidays skipped, 调休 make-up days counted). */
export function filingDue(issued: CivilDate, workdays: number, addWorkdays: AddWorkdays): CivilDate {
  return addWorkdays(issued, workdays);
}

function open(kind: Deadline['kind'], due: CivilDate, today: CivilDate): Deadline {
  const state = classify(due, today, DUE_SOON_DAYS[kind]);
  return { kind, due, state, daysOverdue: 0 - daysUntil(due, today) }; // 0 - x: never -0
}

/** The filing deadline of an issued version: met when 备案 is done (late if after the due date) or skipped. */
export function filingDeadline(stages: readonly StageRecord[], workdays: number, addWorkdays: AddWorkdays, today: CivilDate): Deadline | null {
  const issued = issueDateOf(stages);
  if (!issued) return null;
  const due = filingDue(issued, workdays, addWorkdays);
  const filed = recordOf(stages, 'file');
  if (filed) return { kind: 'filing', due, state: 'done', daysOverdue: 0, metOn: filed.date, late: filed.outcome === 'done' && filed.date > due };
  return open('filing', due, today);
}

/** 定期评估: every `years` after 印发 or after the latest evaluation, whichever is later; none when years is 0. */
export function evaluationDeadline(issued: CivilDate | null, lastEvaluation: CivilDate | null, years: number, today: CivilDate): Deadline | null {
  if (!issued || years <= 0) return null;
  const base = lastEvaluation && lastEvaluation > issued ? lastEvaluation : issued;
  return open('evaluation', addYears(base, years), today);
}

/** 演练: at least every `months` after the last drill, or after 印发 of the first version in force. */
export function drillDeadline(firstIssued: CivilDate | null, lastDrill: CivilDate | null, months: number, today: CivilDate): Deadline | null {
  if (!firstIssued || months <= 0) return null;
  return open('drill', addMonths(lastDrill ?? firstIssued, months), today);
}
