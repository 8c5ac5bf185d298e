import { addDays, civil, dateRange, isWeekend, weekday, type CivilDate } from '../time/civil';
import { expandHolidays, sortDays } from './arrangement';
import { dragonBoatFestival, lunarNewYearsEve, midAutumnFestival, qingming } from './lunar-dates';
import { guessMakeupDays, makeupNeeded } from './makeup-guess';
import { statutoryDays } from './statutory';
import type { HolidayDay, HolidaySpan } from './types';

/** A holiday's days off, before make-up days are placed. */
export interface HolidayBlock {
  name: string;
  from: CivilDate;
  to: CivilDate;
}

/** Days joined before and after a one-day holiday, by its weekday (0 = Sunday). */
const ONE_DAY_SHAPE: readonly (readonly [number, number])[] = [[1, 1], [2, 0], [2, 0], [0, 0], [0, 2], [0, 2], [0, 2]];

/**
 * A one-day holiday joined to the weekend the way recent notices do it:
 * Mon/Sat/Sun → Sat–Mon, Tue → Sun–Tue, Wed → that day alone, Thu/Fri → Thu–Sat / Fri–Sun.
 */
export function oneDayBlock(name: string, date: CivilDate): HolidayBlock {
  const [before, after] = ONE_DAY_SHAPE[weekday(date)] ?? [0, 0];
  return { name, from: addDays(date, -before), to: addDays(date, after) };
}

/** 春节: 除夕 to 初七 (8 days); a Sunday before a Monday 除夕, or after a Saturday 初七, joins it. */
function springFestivalBlock(year: number): HolidayBlock {
  const eve = lunarNewYearsEve(year);
  const seventh = addDays(eve, 7);
  return {
    name: '春节',
    from: weekday(eve) === 1 ? addDays(eve, -1) : eve,
    to: weekday(seventh) === 6 ? addDays(seventh, 1) : seventh,
  };
}

/** 国庆 10/1–10/7, or 8 days together with 中秋 when 中秋 falls from 9/29 to 10/8. */
function autumnBlocks(year: number): HolidayBlock[] {
  const mid = midAutumnFestival(year);
  const oct1 = civil(year, 10, 1);
  if (mid >= civil(year, 9, 29) && mid <= civil(year, 10, 8)) {
    const from = mid < oct1 ? mid : oct1;
    return [{ name: '国庆节、中秋节', from, to: addDays(from, 7) }];
  }
  return [oneDayBlock('中秋节', mid), { name: '国庆节', from: oct1, to: civil(year, 10, 7) }];
}

/**
 * 劳动节: five days holding 5/1 and 5/2 with the fewest weekdays, the latest start on a tie
 * (5/1–5/5 in 2024–2026; 4/29–5/3 when 5/1 is a Monday, as in 2023).
 */
function labourDayBlock(year: number): HolidayBlock {
  let best: HolidayBlock | undefined;
  let bestWeekdays = Infinity;
  for (let k = 3; k >= 0; k--) {
    const from = addDays(civil(year, 5, 1), -k);
    const to = addDays(from, 4);
    const n = dateRange(from, to).filter((d) => !isWeekend(d)).length;
    if (n <= bestWeekdays) [best, bestWeekdays] = [{ name: '劳动节', from, to }, n];
  }
  return best ?? { name: '劳动节', from: civil(year, 5, 1), to: civil(year, 5, 5) };
}

/** The holiday blocks of a year, in date order, before make-up days are placed. */
export function estimatedBlocks(year: number): HolidayBlock[] {
  return [
    oneDayBlock('元旦', civil(year, 1, 1)),
    springFestivalBlock(year),
    oneDayBlock('清明节', qingming(year)),
    labourDayBlock(year),
    oneDayBlock('端午节', dragonBoatFestival(year)),
    ...autumnBlocks(year),
  ].sort((a, b) => (a.from < b.from ? -1 : 1));
}

/**
 * An estimate of a year's arrangement before the State Council announces it, shaped like the
 * 2025 and 2026 notices (which it reproduces): 春节, 端午 and 中秋 from the lunar calendar,
 * 清明 from the solar term, statutory days per the rules in force since 2025, and make-up
 * workdays guessed so that no stretch of work exceeds 6 days. Every day has `estimated: true`.
 */
export function estimateYear(year: number): HolidayDay[] {
  let days: HolidayDay[] = [];
  for (const b of estimatedBlocks(year)) {
    const statutory = statutoryDays(b.name, Math.max(year, 2025)) ?? 1;
    const offDays = expandHolidays([{ ...b, makeup: [] }], true);
    const known = [...days, ...offDays];
    const makeup = guessMakeupDays(known, b.from, b.to, makeupNeeded(b.from, b.to, statutory));
    const span: HolidaySpan = { ...b, makeup };
    days = sortDays([...days, ...expandHolidays([span], true)]);
  }
  return days;
}
