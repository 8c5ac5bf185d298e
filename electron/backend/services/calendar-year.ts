import type { Db } from '../../../db/open';
import { checkArrangement, dayTypeOf, groupHolidays, periodsOn } from '../../../shared/calendar/index';
import type { CalendarDay, CalendarHoliday, CalendarYear, PeriodView } from '../../../shared/contract/calendar';
import { civil, dateRange, type CivilDate } from '../../../shared/time/civil';
import { isEstimated, toHolidayDay } from './calendar-arrangement';
import { calendarState, type CalendarState } from './calendar-context';

/** The years whose arrangements can touch a year's days (next year's 元旦 may start on 30 December). */
export const yearsAround = (year: number): number[] => [year, year + 1];

const inYear = (year: number) => (p: { from: CivilDate; to: CivilDate }) => p.from <= civil(year, 12, 31) && p.to >= civil(year, 1, 1);

export function dayView(state: CalendarState, date: CivilDate, periods: readonly PeriodView[]): CalendarDay {
  const w = state.winners.get(date);
  const day: CalendarDay = {
    date,
    dayType: dayTypeOf(state.calendar, date),
    estimated: w?.day.source === 'estimated',
    periods: periodsOn(periods, date).map((p) => p.key),
  };
  if (w) {
    day.holidayName = w.day.name;
    day.source = w.day.source;
  }
  return day;
}

/** Sanity warnings for one year's own arrangement (with its neighbours' days for the runs of work). */
export function yearWarnings(state: CalendarState, year: number): string[] {
  const own = state.arrangements.find((a) => a.year === year);
  return own ? checkArrangement(own.days.map(toHolidayDay)) : [];
}

/** A year as the 节假日 page shows it: every day, the holidays, the periods, and what to check. */
export function calendarYear(db: Db, year: number): CalendarYear {
  const state = calendarState(db, yearsAround(year));
  const own = state.arrangements.find((a) => a.year === year)!;
  const periods = state.periods.filter(inYear(year));
  const holidays: CalendarHoliday[] = groupHolidays(state.days)
    .filter((g) => g.off.some((d) => d.startsWith(`${year}-`)))
    .map((g) => ({ name: g.name, from: g.off[0]!, to: g.off[g.off.length - 1]!, offDays: g.off, makeupDays: g.makeup, estimated: g.estimated }));
  return {
    year,
    basis: own.basis,
    stored: own.stored,
    estimated: isEstimated(own),
    manualDays: own.days.filter((d) => d.source === 'manual').length,
    issued: own.issued,
    days: dateRange(civil(year, 1, 1), civil(year, 12, 31)).map((d) => dayView(state, d, periods)),
    holidays,
    periods,
    warnings: yearWarnings(state, year),
  };
}

/** The important periods overlapping a year, automatic holiday periods included. */
export function yearPeriods(db: Db, year: number): PeriodView[] {
  return calendarState(db, yearsAround(year)).periods.filter(inYear(year));
}
