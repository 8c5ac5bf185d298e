import type { Db } from '../../../db/open';
import { calendarForYears, holidayPeriods, isWorkday, holidayNameOf, dayTypeOf, type HolidayCalendar, type ImportantPeriod, type DayType } from '../../../shared/calendar/index';
import type { CivilDate } from '../../../shared/time/civil';

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

/**
 * Build the calendar context for the given years.
 * Today it uses the shipped official arrangements and lunar estimates; the calendar area replaces
 * this body with one that also reads edited days and stored important periods from `db`.
 */
export function calendarContext(_db: Db, years: readonly number[]): CalendarContext {
  const { calendar, days, estimatedYears } = calendarForYears(years);
  return {
    calendar,
    isWorkday: (d) => isWorkday(calendar, d),
    dayType: (d) => dayTypeOf(calendar, d),
    holidayName: (d) => holidayNameOf(calendar, d),
    periods: holidayPeriods(days),
    estimatedYears,
  };
}
