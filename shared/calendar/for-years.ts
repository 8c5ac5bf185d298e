import { sortDays } from './arrangement';
import { buildCalendar, type HolidayCalendar } from './day-type';
import { estimateYear } from './estimate';
import { officialArrangement } from './official-data';
import type { HolidayDay } from './types';

export interface CalendarForYears {
  calendar: HolidayCalendar;
  /** Every day of the chosen arrangements, sorted by date. */
  days: HolidayDay[];
  /** Years covered by our estimate, not by a published or entered arrangement. */
  estimatedYears: number[];
}

/**
 * The holiday calendar for some years: an entered arrangement where the office has one
 * (`overrides`, e.g. parsed from a new notice), else the shipped official data, else our estimate.
 * An arrangement may hold days of the year before (2024's 元旦 starts on 2023-12-30); where two
 * years' arrangements list the same date, the announced one beats an estimate, then the later year.
 * Ask for the following year too when counting working days near the year's end.
 */
export function calendarForYears(
  years: readonly number[],
  overrides: Readonly<Partial<Record<number, readonly HolidayDay[]>>> = {},
): CalendarForYears {
  const estimatedYears: number[] = [];
  const chosen: HolidayDay[][] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const days = overrides[year] ?? officialArrangement(year);
    if (days) chosen.push([...days]);
    else {
      chosen.push(estimateYear(year));
      estimatedYears.push(year);
    }
  }
  const byDate = new Map<string, HolidayDay>();
  for (const d of chosen.flat()) {
    const held = byDate.get(d.date);
    if (!held || !d.estimated || held.estimated) byDate.set(d.date, d);
  }
  const days = sortDays([...byDate.values()]);
  return { calendar: buildCalendar(days), days, estimatedYears };
}
