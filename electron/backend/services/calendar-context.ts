import type { Db } from '../../../db/open';
import { listPeriods, type StoredPeriod } from '../../../db/repos/calendar-periods';
import { isWorkday, holidayNameOf, dayTypeOf, type HolidayCalendar, type ImportantPeriod, type DayType } from '../../../shared/calendar/index';
import type { PeriodView } from '../../../shared/contract/calendar';
import { civil, type CivilDate } from '../../../shared/time/civil';
import { isEstimated, mergeArrangements, yearArrangement, type MergedCalendar, type YearArrangement } from './calendar-arrangement';
import { mergePeriods, toImportantPeriod } from './calendar-periods';

/** What the rest of the back end needs to know about days: one stable interface over the calendar. */
export interface CalendarContext {
  calendar: HolidayCalendar;
  isWorkday(date: CivilDate): boolean;
  dayType(date: CivilDate): DayType;
  holidayName(date: CivilDate): string | undefined;
  /** Holiday periods and stored important periods overlapping the years asked for. */
  periods: ImportantPeriod[];
  /** Years for which no official arrangement is known: their holidays are estimates (预估). */
  estimatedYears: number[];
}

/** Everything the calendar knows about some years, for the calendar area itself. */
export interface CalendarState extends MergedCalendar {
  arrangements: YearArrangement[];
  periods: PeriodView[];
  estimatedYears: number[];
}

/** What the calendar of some years is built from: the years' arrangements and the stored periods. */
interface CalendarInputs {
  years: number[];
  arrangements: YearArrangement[];
  stored: StoredPeriod[];
}

function readInputs(db: Db, years: readonly number[]): CalendarInputs {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const arrangements = sorted.map((y) => yearArrangement(db, y));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const stored = first === undefined || last === undefined ? [] : listPeriods(db, { from: civil(first, 1, 1), to: civil(last, 12, 31) });
  return { years: sorted, arrangements, stored };
}

function buildState({ arrangements, stored }: CalendarInputs): CalendarState {
  const merged = mergeArrangements(arrangements);
  return {
    ...merged,
    arrangements,
    periods: mergePeriods(merged.days, merged.calendar, stored),
    estimatedYears: arrangements.filter(isEstimated).map((a) => a.year),
  };
}

/**
 * The calendar for some years from the data file: each year's stored arrangement (imported
 * notice, edited days), else the shipped official one, else the estimate; the holidays' periods
 * and the stored important periods overlapping those years.
 * Ask for the following year too when counting working days near the year's end.
 */
export function calendarState(db: Db, years: readonly number[]): CalendarState {
  return buildState(readInputs(db, years));
}

/**
 * Contexts already built, per data file, keyed by everything they are built from (the years, the
 * stored days and periods as read now): a change to the calendar — imported notice, edited day,
 * entered period, restored backup — gives a new key, so a stale context is never returned, whatever
 * path made the change. Reading those rows is cheap; merging, periods and estimates are not.
 */
const contextCache = new WeakMap<Db, Map<string, CalendarContext>>();
/** Year sets kept per data file (a roster view, a generation, the dashboard and reminders each ask for one or two). */
const CONTEXT_CACHE_SIZE = 8;

function inputsKey({ years, arrangements, stored }: CalendarInputs): string {
  // Shipped arrangements depend on the year alone; stored ones on their rows.
  return JSON.stringify([years, arrangements.map((a) => (a.stored ? [a.basis, a.issued, a.days] : 0)), stored]);
}

/** Build the calendar context for the given years (see `calendarState`); reused while the calendar is unchanged. */
export function calendarContext(db: Db, years: readonly number[]): CalendarContext {
  const inputs = readInputs(db, years);
  const key = inputsKey(inputs);
  let perDb = contextCache.get(db);
  if (!perDb) contextCache.set(db, (perDb = new Map()));
  const hit = perDb.get(key);
  if (hit) {
    // Most recently used last.
    perDb.delete(key);
    perDb.set(key, hit);
    return hit;
  }
  const { calendar, periods, estimatedYears } = buildState(inputs);
  const ctx: CalendarContext = {
    calendar,
    isWorkday: (d) => isWorkday(calendar, d),
    dayType: (d) => dayTypeOf(calendar, d),
    holidayName: (d) => holidayNameOf(calendar, d),
    periods: periods.map(toImportantPeriod),
    estimatedYears,
  };
  perDb.set(key, ctx);
  if (perDb.size > CONTEXT_CACHE_SIZE) perDb.delete(perDb.keys().next().value!);
  return ctx;
}
