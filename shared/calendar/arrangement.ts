import { dateRange, dayNumber, type CivilDate } from '../time/civil';
import type { HolidayDay, HolidaySpan } from './types';

/** Chronological order; on the same date an off day sorts before a workday. */
export function compareDays(a: HolidayDay, b: HolidayDay): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.kind === b.kind ? 0 : a.kind === 'off' ? -1 : 1;
}

export function sortDays(days: readonly HolidayDay[]): HolidayDay[] {
  return [...days].sort(compareDays);
}

function day(date: CivilDate, kind: HolidayDay['kind'], name: string, estimated: boolean): HolidayDay {
  return estimated ? { date, kind, name, estimated: true } : { date, kind, name };
}

/** Every off day and make-up workday of the spans, one entry per day, sorted by date. */
export function expandHolidays(spans: readonly HolidaySpan[], estimated = false): HolidayDay[] {
  const out: HolidayDay[] = [];
  for (const s of spans) {
    for (const d of dateRange(s.from, s.to)) out.push(day(d, 'off', s.name, estimated));
    for (const d of s.makeup) out.push(day(d, 'workday', s.name, estimated));
  }
  return sortDays(out);
}

/** One holiday's days as found in a list: its off days and make-up workdays, each sorted. */
export interface HolidayGroup {
  name: string;
  off: CivilDate[];
  makeup: CivilDate[];
  estimated: boolean;
}

/** Entries of the same name this close together belong to the same holiday. */
const SAME_HOLIDAY_GAP_DAYS = 45;

/**
 * Group a list of days into holidays: same name, dates within a few weeks of each other
 * (so 2025's 元旦 and 2026's 元旦 stay apart). Groups come in order of their first day off.
 */
export function groupHolidays(days: readonly HolidayDay[]): HolidayGroup[] {
  const groups: HolidayGroup[] = [];
  const last = new Map<string, { group: HolidayGroup; lastDay: number }>();
  for (const d of sortDays(days)) {
    const num = dayNumber(d.date);
    let open = last.get(d.name);
    if (!open || num - open.lastDay > SAME_HOLIDAY_GAP_DAYS) {
      open = { group: { name: d.name, off: [], makeup: [], estimated: false }, lastDay: num };
      groups.push(open.group);
      last.set(d.name, open);
    }
    open.lastDay = num;
    (d.kind === 'off' ? open.group.off : open.group.makeup).push(d.date);
    if (d.estimated) open.group.estimated = true;
  }
  const start = (g: HolidayGroup): CivilDate => g.off[0] ?? g.makeup[0] ?? '';
  return groups.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0));
}
