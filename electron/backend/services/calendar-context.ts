import type { Db } from '../../../db/open';
import { listPeriods } from '../../../db/repos/calendar-periods';
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

/**
 * The calendar for some years from the data file: each year's stored arrangement (imported
 * notice, edited days), else the shipped official one, else the estimate; the holidays' periods
 * and the stored important periods overlapping those years.
 * Ask for the following year too when counting working days near the year's end.
 */
export function calendarState(db: Db, years: readonly number[]): CalendarState {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const arrangements = sorted.map((y) => yearArrangement(db, y));
  const merged = mergeArrangements(arrangements);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const stored = first === undefined || last === undefined ? [] : listPeriods(db, { from: civil(first, 1, 1), to: civil(last, 12, 31) });
  return {
    ...merged,
    arrangements,
    periods: mergePeriods(merged.days, merged.calendar, stored),
    estimatedYears: arrangements.filter(isEstimated).map((a) => a.year),
  };
}

/** Build the calendar context for the given years (see `calendarState`). */
export function calendarContext(db: Db, years: readonly number[]): CalendarContext {
  const { calendar, periods, estimatedYears } = calendarState(db, years);
  return {
    calendar,
    isWorkday: (d) => isWorkday(calendar, d),
    dayType: (d) => dayTypeOf(calendar, d),
    holidayName: (d) => holidayNameOf(calendar, d),
    periods: periods.map(toImportantPeriod),
    estimatedYears,
  };
}
