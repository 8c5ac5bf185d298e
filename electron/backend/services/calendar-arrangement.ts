import type { Db } from '../../../db/open';
import { getStoredYear, type StoredYear } from '../../../db/repos/calendar';
import { OFFICIAL_NOTICES, buildCalendar, estimateYear, expandHolidays, sortDays, type HolidayCalendar, type HolidayDay } from '../../../shared/calendar/index';
import type { StoredDay, YearBasis } from '../../../shared/contract/calendar';
import type { CivilDate } from '../../../shared/time/civil';

/** One year's arrangement as the app uses it: stored here, else shipped official data, else our estimate. */
export interface YearArrangement {
  year: number;
  basis: YearBasis;
  /** Stored in the data file (imported or edited), not only shipped in code. */
  stored: boolean;
  issued: CivilDate | null;
  /** Sorted by date. */
  days: StoredDay[];
}

const withSource = (days: readonly HolidayDay[], source: StoredDay['source']): StoredDay[] =>
  days.map((d) => ({ date: d.date, kind: d.kind, name: d.name, source }));

function computeShipped(year: number): YearArrangement {
  const official = OFFICIAL_NOTICES.find((n) => n.year === year);
  if (official) return { year, basis: 'official', stored: false, issued: official.issued, days: withSource(expandHolidays(official.holidays), 'official') };
  return { year, basis: 'estimated', stored: false, issued: null, days: withSource(estimateYear(year), 'estimated') };
}

/** Shipped arrangements depend on the year alone (the estimate takes a few milliseconds): computed once each. */
const shipped = new Map<number, YearArrangement>();

/** The shipped arrangement of a year: the official one where published, else the estimate. Do not mutate it. */
export function shippedArrangement(year: number): YearArrangement {
  let a = shipped.get(year);
  if (!a) {
    a = computeShipped(year);
    shipped.set(year, a);
  }
  return a;
}

export function fromStored(s: StoredYear): YearArrangement {
  return { year: s.year, basis: s.basis, stored: true, issued: s.issued, days: s.days };
}

export function yearArrangement(db: Db, year: number): YearArrangement {
  const s = getStoredYear(db, year);
  return s ? fromStored(s) : shippedArrangement(year);
}

/** Some of the year's days are our estimate (预估). */
export function isEstimated(a: YearArrangement): boolean {
  return a.days.some((d) => d.source === 'estimated');
}

export function toHolidayDay(d: StoredDay): HolidayDay {
  return d.source === 'estimated' ? { date: d.date, kind: d.kind, name: d.name, estimated: true } : { date: d.date, kind: d.kind, name: d.name };
}

/** The day that counts for a date, and the year whose arrangement it comes from. */
export interface WinningDay {
  year: number;
  day: StoredDay;
}

export interface MergedCalendar {
  calendar: HolidayCalendar;
  /** Every counted day, sorted by date. */
  days: HolidayDay[];
  winners: ReadonlyMap<CivilDate, WinningDay>;
}

/**
 * Merge several years' arrangements, with the rule of `calendarForYears`: where two years list
 * the same date, an announced day beats an estimate, then the later year wins.
 */
export function mergeArrangements(arrangements: readonly YearArrangement[]): MergedCalendar {
  const winners = new Map<CivilDate, WinningDay>();
  for (const a of [...arrangements].sort((x, y) => x.year - y.year)) {
    for (const day of a.days) {
      const held = winners.get(day.date);
      if (!held || day.source !== 'estimated' || held.day.source === 'estimated') winners.set(day.date, { year: a.year, day });
    }
  }
  const days = sortDays([...winners.values()].map((w) => toHolidayDay(w.day)));
  return { calendar: buildCalendar(days), days, winners };
}
