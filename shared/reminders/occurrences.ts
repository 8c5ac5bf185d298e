import { addDays, civilDateOf, dateRange, instantAt, type CivilDate } from '../time/civil';
import { DEFAULT_NOTICE_LEAD_WORKDAYS } from './defaults';
import { noticeDueDate } from './notice';
import { occurrenceBody, occurrenceTitle } from './texts';
import type { Occurrence, OccurrenceContext, Period, ReminderRule } from './types';

/** The stable, unique key of an occurrence. */
export function occurrenceKey(ruleId: string, dueAt: number, subject?: string): string {
  return subject === undefined ? `${ruleId}|${dueAt}` : `${ruleId}|${subject}|${dueAt}`;
}

/** The instants a rule fires on `date`: its time, then every `repeatMinutes` until the end of that day. */
export function dueInstants(rule: ReminderRule, date: CivilDate): number[] {
  const first = instantAt(date, rule.time);
  const step = rule.repeatMinutes;
  if (step === undefined || !Number.isFinite(step) || step <= 0) return [first];
  const endOfDay = instantAt(addDays(date, 1), '00:00');
  const out: number[] = [];
  for (let t = first; t < endOfDay; t += step * 60_000) out.push(t);
  return out;
}

/** The dates (within `dates`) on which a rule fires, with the period they concern. */
function firingDays(rule: ReminderRule, dates: readonly CivilDate[], ctx: OccurrenceContext): [CivilDate, Period?][] {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return [];
  const inRange = (d: CivilDate) => d >= first && d <= last;
  switch (rule.kind) {
    case 'daily_report':
    case 'custom':
      return dates.map((d) => [d]);
    case 'period_notice':
      return ctx.periods
        .map((p): [CivilDate, Period] => [noticeDueDate(p, ctx.isWorkday, rule.leadWorkdays ?? DEFAULT_NOTICE_LEAD_WORKDAYS), p])
        .filter(([d]) => inRange(d));
    case 'period_collect':
    case 'period_deadline': {
      // Units report once a day: where zero-report periods overlap (七下八上 inside 主汛期), the first one listed fires.
      const zero = ctx.periods.filter((p) => p.zeroReport);
      const coveredEarlier = (i: number, d: CivilDate) => {
        for (let j = 0; j < i; j++) if (zero[j]!.from <= d && d <= zero[j]!.to) return true;
        return false;
      };
      return zero.flatMap((p, i) =>
        p.from <= last && p.to >= first
          ? dateRange(p.from > first ? p.from : first, p.to < last ? p.to : last)
              .filter((d) => !coveredEarlier(i, d))
              .map((d): [CivilDate, Period] => [d, p])
          : [],
      );
    }
  }
}

/** Every occurrence of the enabled rules due in (fromExclusive, toInclusive], sorted by due time (then key). */
export function occurrencesBetween(
  rules: readonly ReminderRule[],
  fromExclusive: number,
  toInclusive: number,
  ctx: OccurrenceContext,
): Occurrence[] {
  if (!(toInclusive > fromExclusive)) return [];
  const dates = dateRange(civilDateOf(fromExclusive), civilDateOf(toInclusive));
  const out: Occurrence[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    for (const [date, period] of firingDays(rule, dates, ctx)) {
      for (const dueAt of dueInstants(rule, date)) {
        if (dueAt <= fromExclusive || dueAt > toInclusive) continue;
        out.push({
          key: occurrenceKey(rule.id, dueAt, period?.id),
          ruleId: rule.id,
          kind: rule.kind,
          ...(rule.role ? { role: rule.role } : {}),
          dueAt,
          date,
          title: occurrenceTitle(rule, period),
          body: occurrenceBody(rule, date, dueAt, period),
          ...(period ? { subject: period.id } : {}),
        });
      }
    }
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
