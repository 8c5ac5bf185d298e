import { addDays, dayNumber, fromDayNumber, isCivilDate, isWeekend, type CivilDate } from '../time/civil';
import type { DayType, HolidayDay } from './types';

/** A holiday arrangement indexed by date. Dates it does not list follow the plain week. */
export interface HolidayCalendar {
  readonly byDate: ReadonlyMap<CivilDate, HolidayDay>;
}

/** Index days by date; when a date is listed twice the later entry wins (so overrides go last). */
export function buildCalendar(days: readonly HolidayDay[]): HolidayCalendar {
  const byDate = new Map<CivilDate, HolidayDay>();
  for (const d of days) byDate.set(d.date, d);
  return { byDate };
}

export const EMPTY_CALENDAR: HolidayCalendar = buildCalendar([]);

export function dayTypeOf(cal: HolidayCalendar, date: CivilDate): DayType {
  const entry = cal.byDate.get(date);
  if (entry) return entry.kind === 'off' ? 'holiday' : 'makeup_workday';
  return isWeekend(date) ? 'weekend' : 'workday';
}

/** A working day: a weekday that is not a holiday, or a 调休 make-up day. */
export function isWorkday(cal: HolidayCalendar, date: CivilDate): boolean {
  const t = dayTypeOf(cal, date);
  return t === 'workday' || t === 'makeup_workday';
}

/** A weekend or holiday day that is not a make-up workday. */
export function isOffDay(cal: HolidayCalendar, date: CivilDate): boolean {
  return !isWorkday(cal, date);
}

/** The holiday a date belongs to: its name for an off day or a make-up day, else undefined. */
export function holidayNameOf(cal: HolidayCalendar, date: CivilDate): string | undefined {
  return cal.byDate.get(date)?.name;
}

/** How far to look for a working day before deciding the calendar has none. */
const MAX_OFF_STRETCH = 400;

function step(cal: HolidayCalendar, date: CivilDate, n: number, dir: 1 | -1, fn: string): CivilDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${fn}：天数必须是非负整数，收到 ${n}`);
  if (!isCivilDate(date)) throw new RangeError(`不是有效的日期：${date}`);
  let num = dayNumber(date);
  for (let left = n; left > 0; left--) {
    let gap = 0;
    do {
      num += dir;
      if (++gap > MAX_OFF_STRETCH) throw new RangeError(`${fn}：${MAX_OFF_STRETCH}天内没有工作日，请检查节假日安排`);
    } while (!isWorkday(cal, fromDayNumber(num)));
  }
  return fromDayNumber(num);
}

/**
 * The n-th working day after `date` (n = 0 returns `date` itself), skipping weekends and holidays
 * and counting 调休 make-up days — e.g. a plan issued on a date must be filed within 20 working days.
 * A negative n counts backwards (same as previousWorkday).
 */
export function addWorkdays(cal: HolidayCalendar, date: CivilDate, n: number): CivilDate {
  return n < 0 ? step(cal, date, -n, -1, 'addWorkdays') : step(cal, date, n, 1, 'addWorkdays');
}

/** The n-th working day before `date` (n = 0 returns `date`). */
export function previousWorkday(cal: HolidayCalendar, date: CivilDate, n = 1): CivilDate {
  return step(cal, date, n, -1, 'previousWorkday');
}

/**
 * Working days after `from` up to and including `to`, so that
 * workdaysBetween(cal, d, addWorkdays(cal, d, n)) === n. Negative when `to` is before `from`.
 */
export function workdaysBetween(cal: HolidayCalendar, from: CivilDate, to: CivilDate): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return 0 - workdaysBetween(cal, to, from); // 0 - x: never -0
  let count = 0;
  for (let n = a + 1; n <= b; n++) if (isWorkday(cal, fromDayNumber(n))) count++;
  return count;
}

/** A stretch of consecutive working days. */
export interface WorkdayRun {
  from: CivilDate;
  to: CivilDate;
  length: number;
}

/** Every maximal stretch of consecutive working days within [from, to]. */
export function workdayRuns(cal: HolidayCalendar, from: CivilDate, to: CivilDate): WorkdayRun[] {
  const runs: WorkdayRun[] = [];
  let start: number | undefined;
  const end = dayNumber(to);
  for (let n = dayNumber(from); n <= end + 1; n++) {
    const working = n <= end && isWorkday(cal, fromDayNumber(n));
    if (working && start === undefined) start = n;
    if (!working && start !== undefined) {
      runs.push({ from: fromDayNumber(start), to: addDays(fromDayNumber(n), -1), length: n - start });
      start = undefined;
    }
  }
  return runs;
}

/** The longest stretch of consecutive working days within [from, to] (0 if none). */
export function maxConsecutiveWorkdays(cal: HolidayCalendar, from: CivilDate, to: CivilDate): number {
  return workdayRuns(cal, from, to).reduce((m, r) => Math.max(m, r.length), 0);
}
