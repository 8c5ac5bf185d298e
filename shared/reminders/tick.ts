import { addDays, civilDateOf, instantAt } from '../time/civil';
import { CATCH_UP_GRACE_MS, DEFAULT_MAX_CATCH_UP_DAYS } from './defaults';
import { occurrencesBetween } from './occurrences';
import type {
  DeliverableOccurrence,
  Occurrence,
  OccurrenceContext,
  ReminderRule,
  SuppressedOccurrence,
} from './types';

export interface TickInput {
  rules: readonly ReminderRule[];
  /** The persisted `last_tick`; null on the very first start. */
  lastTick: number | null;
  now: number;
  ctx: OccurrenceContext;
  /** True when the thing the occurrence reminds of is already done (e.g. that day's report was submitted). */
  isSatisfied(occ: Occurrence): boolean;
  /** Keys of occurrences already stored (delivered or suppressed) by earlier ticks. */
  existingKeys: ReadonlySet<string>;
  /** How many days before today a catch-up reaches back (default 7). */
  maxCatchUpDays?: number;
  /** An occurrence due more than this before `now` is a catch-up (default 2 minutes). */
  catchUpGraceMs?: number;
}

export interface TickPlan {
  /** Deliver these, sorted by due time; store them with their keys. */
  toDeliver: DeliverableOccurrence[];
  /** Store these too (so they are never delivered later), but do not deliver them. */
  suppressed: SuppressedOccurrence[];
  newLastTick: number;
}

/** The catch-up group: the daily report's prepare/warn/overdue collapse together, as do a period's collect/deadline. */
export function catchUpGroup(occ: Occurrence): string {
  const group = occ.kind === 'daily_report' ? 'daily_report' : occ.kind === 'period_collect' || occ.kind === 'period_deadline' ? 'zero_report' : occ.ruleId;
  return `${group}|${occ.subject ?? ''}|${occ.date}`;
}

/** The start of the window: the last tick, but never before today (first start) nor before the catch-up horizon. */
export function windowStart(lastTick: number | null, now: number, maxCatchUpDays: number): number {
  const today = civilDateOf(now);
  const horizon = instantAt(addDays(today, -Math.max(0, Math.floor(maxCatchUpDays))), '00:00') - 1;
  if (lastTick === null) return Math.max(horizon, instantAt(today, '00:00') - 1);
  return Math.max(horizon, lastTick);
}

/**
 * What one scheduler wake does with (lastTick, now]: compute the occurrences, drop the ones already stored,
 * suppress the satisfied ones, and of the catch-ups (补提醒) deliver only the latest of each group and date.
 */
export function planTick(input: TickInput): TickPlan {
  const { now, existingKeys, isSatisfied } = input;
  const grace = input.catchUpGraceMs ?? CATCH_UP_GRACE_MS;
  const from = windowStart(input.lastTick, now, input.maxCatchUpDays ?? DEFAULT_MAX_CATCH_UP_DAYS);
  const fresh = occurrencesBetween(input.rules, from, now, input.ctx).filter((o) => !existingKeys.has(o.key));

  const suppressed: SuppressedOccurrence[] = [];
  const candidates: Occurrence[] = [];
  for (const occ of fresh) {
    if (isSatisfied(occ)) suppressed.push({ ...occ, reason: 'satisfied' });
    else candidates.push(occ);
  }

  const latest = new Map<string, Occurrence>();
  for (const occ of candidates) {
    const g = catchUpGroup(occ);
    const cur = latest.get(g);
    if (!cur || occ.dueAt > cur.dueAt || (occ.dueAt === cur.dueAt && occ.key > cur.key)) latest.set(g, occ);
  }

  const toDeliver: DeliverableOccurrence[] = [];
  for (const occ of candidates) {
    const catchUp = now - occ.dueAt > grace;
    if (catchUp && latest.get(catchUpGroup(occ)) !== occ) suppressed.push({ ...occ, reason: 'superseded' });
    else toDeliver.push({ ...occ, catchUp });
  }
  suppressed.sort((a, b) => a.dueAt - b.dueAt);
  return { toDeliver, suppressed, newLastTick: now };
}
