import { addDays, civilDateOf, dateRange, instantAt, type CivilDate } from '../time/civil';
import { DEFAULT_NOTICE_LEAD_WORKDAYS, DEFAULT_PLAN_LEAD_WORKDAYS } from './defaults';
import { listSeasonBody, listSeasonFirings, listSeasonTitle, listSubject, planDeadlineBody, planDeadlineFirings, planDeadlineTitle } from './deadlines';
import { noticeDueDate } from './notice';
import { occurrenceBody, occurrenceTitle } from './texts';
import type { Occurrence, OccurrenceContext, Period, ReminderRole, ReminderRule } from './types';

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

/** One day a rule fires on, with what it concerns and how to word it. */
interface Firing {
  date: CivilDate;
  subject?: string;
  /** Overrides the rule's role (a plan deadline's day-after reminder is an overdue one). */
  role?: ReminderRole;
  title: string;
  body(dueAt: number): string;
}

function periodFiring(rule: ReminderRule, date: CivilDate, period?: Period): Firing {
  return {
    date,
    ...(period ? { subject: period.id } : {}),
    title: occurrenceTitle(rule, period),
    body: (dueAt) => occurrenceBody(rule, date, dueAt, period),
  };
}

/** The days (within `dates`) on which a rule fires, with the period, deadline or list they concern. */
function firingDays(rule: ReminderRule, dates: readonly CivilDate[], ctx: OccurrenceContext): Firing[] {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return [];
  const inRange = (d: CivilDate) => d >= first && d <= last;
  switch (rule.kind) {
    case 'daily_report':
    case 'custom':
      return dates.map((d) => periodFiring(rule, d));
    case 'period_notice':
      return ctx.periods
        .map((p) => periodFiring(rule, noticeDueDate(p, ctx.isWorkday, rule.leadWorkdays ?? DEFAULT_NOTICE_LEAD_WORKDAYS), p))
        .filter((f) => inRange(f.date));
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
              .map((d) => periodFiring(rule, d, p))
          : [],
      );
    }
    case 'plan_deadline':
      return (ctx.planDeadlines ?? []).flatMap((d) =>
        planDeadlineFirings(d, ctx.isWorkday, rule.leadWorkdays ?? DEFAULT_PLAN_LEAD_WORKDAYS)
          .filter((f) => inRange(f.date))
          .map((f): Firing => ({ date: f.date, subject: d.id, ...(f.phase === 'overdue' ? { role: 'overdue' as const } : {}), title: planDeadlineTitle(rule, d), body: () => planDeadlineBody(f, ctx.isWorkday) })),
      );
    case 'list_season':
      return listSeasonFirings(rule, first, last).map(
        (f): Firing => ({ date: f.date, subject: listSubject(f.year), title: listSeasonTitle(rule, f), body: () => listSeasonBody(f, ctx.listStatus?.(f.year)) }),
      );
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
    for (const f of firingDays(rule, dates, ctx)) {
      for (const dueAt of dueInstants(rule, f.date)) {
        if (dueAt <= fromExclusive || dueAt > toInclusive) continue;
        out.push({
          key: occurrenceKey(rule.id, dueAt, f.subject),
          ruleId: rule.id,
          kind: rule.kind,
          ...((f.role ?? rule.role) ? { role: f.role ?? rule.role } : {}),
          dueAt,
          date: f.date,
          title: f.title,
          body: f.body(dueAt),
          ...(f.subject !== undefined ? { subject: f.subject } : {}),
        });
      }
    }
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
