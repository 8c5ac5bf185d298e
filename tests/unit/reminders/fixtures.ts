import { dateRange, instantAt, isWeekend, type CivilDate } from '../../../shared/time/civil';
import { planTick, type Occurrence, type OccurrenceContext, type Period, type ReminderRule } from '../../../shared/reminders';

/** The real 2026 arrangement (国务院办公厅, 2025-11-04), as an injected calendar for the tests. */
const OFF_2026 = new Set<CivilDate>([
  ...dateRange('2026-01-01', '2026-01-03'),
  ...dateRange('2026-02-15', '2026-02-23'),
  ...dateRange('2026-04-04', '2026-04-06'),
  ...dateRange('2026-05-01', '2026-05-05'),
  ...dateRange('2026-06-19', '2026-06-21'),
  ...dateRange('2026-09-25', '2026-09-27'),
  ...dateRange('2026-10-01', '2026-10-07'),
]);
const MAKE_UP_2026 = new Set<CivilDate>(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);

export function isWorkday2026(date: CivilDate): boolean {
  if (MAKE_UP_2026.has(date)) return true;
  if (OFF_2026.has(date)) return false;
  return !isWeekend(date);
}

export const GUOQING: Period = { id: 'gq2026', name: '国庆节', from: '2026-10-01', to: '2026-10-07', zeroReport: true };
export const CHUNJIE: Period = { id: 'cj2026', name: '春节', from: '2026-02-15', to: '2026-02-23', zeroReport: true };

export const ctx: OccurrenceContext = { periods: [GUOQING, CHUNJIE], isWorkday: isWorkday2026 };

export const at = instantAt;
export const MINUTE = 60_000;

/**
 * The scheduler's persistent side, as a test double: the stored keys and `last_tick`.
 * A restart is a new `Desk` built from the same `Persisted`.
 */
export interface Persisted {
  keys: Set<string>;
  lastTick: number | null;
}

export interface Delivered extends Occurrence {
  catchUp: boolean;
  deliveredAt: number;
}

export function desk(rules: readonly ReminderRule[], persisted: Persisted, submitted: Map<CivilDate, number> = new Map()) {
  const delivered: Delivered[] = [];
  const isSatisfied = (now: number) => (o: Occurrence) => {
    const t = submitted.get(o.date);
    return o.kind === 'daily_report' && t !== undefined && t <= now;
  };
  return {
    delivered,
    /** One wake: plan, store every key, deliver, then persist last_tick (unless the app "crashes" before that). */
    tick(now: number, opts: { crashBeforeLastTick?: boolean } = {}) {
      const plan = planTick({ rules, lastTick: persisted.lastTick, now, ctx, isSatisfied: isSatisfied(now), existingKeys: persisted.keys });
      for (const o of [...plan.toDeliver, ...plan.suppressed]) persisted.keys.add(o.key);
      for (const o of plan.toDeliver) delivered.push({ ...o, deliveredAt: now });
      if (!opts.crashBeforeLastTick) persisted.lastTick = plan.newLastTick;
      return plan;
    },
  };
}

export const timesOf = (xs: readonly { dueAt: number }[], fmt: (t: number) => string) => xs.map((x) => fmt(x.dueAt));
