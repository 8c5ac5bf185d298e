import { TZDate } from '@date-fns/tz';

/** The office's time zone. Every "today" and "12:00" is computed here, whatever the machine's zone. */
export const OFFICE_TZ = 'Asia/Shanghai';

/** A civil date, `YYYY-MM-DD`. */
export type CivilDate = string;
/** A wall-clock time of day, `HH:mm`. */
export type TimeOfDay = string;

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Value of the ASCII digit at `i`, or −1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Year, month and day of a valid civil date, else null. Hand-parsed (no regex, no arrays):
 * date arithmetic runs it a great many times (roster generation, holiday estimates).
 */
function parseCivil(s: string): [number, number, number] | null {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y0 = digitAt(s, 0), y1 = digitAt(s, 1), y2 = digitAt(s, 2), y3 = digitAt(s, 3);
  const m0 = digitAt(s, 5), m1 = digitAt(s, 6), d0 = digitAt(s, 8), d1 = digitAt(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return [y, mo, d];
}

export function isCivilDate(s: string): boolean {
  return parseCivil(s) !== null;
}

export function isTimeOfDay(s: string): boolean {
  return TIME_RE.test(s);
}

export function daysInMonth(year: number, month: number): number {
  // Pure arithmetic: no Date, no time zone.
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parts(date: CivilDate): [number, number, number] {
  const p = parseCivil(date);
  if (!p) throw new RangeError(`不是有效的日期：${date}`);
  return p;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function civil(year: number, month: number, day: number): CivilDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 for a civil date (proleptic Gregorian), computed without Date. */
export function dayNumber(date: CivilDate): number {
  const [y0, m, d] = parts(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return civil(m <= 2 ? y + 1 : y, m, d);
}

export function addDays(date: CivilDate, n: number): CivilDate {
  return fromDayNumber(dayNumber(date) + n);
}

export function diffDays(later: CivilDate, earlier: CivilDate): number {
  return dayNumber(later) - dayNumber(earlier);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: CivilDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

const WEEKDAY_ZH = ['日', '一', '二', '三', '四', '五', '六'];
/** “星期一” style label. */
export function weekdayZh(date: CivilDate): string {
  return `星期${WEEKDAY_ZH[weekday(date)]}`;
}

/** Every civil date from `from` to `to`, inclusive. */
export function dateRange(from: CivilDate, to: CivilDate): CivilDate[] {
  const out: CivilDate[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}

export function monthRange(year: number, month: number): { from: CivilDate; to: CivilDate } {
  return { from: civil(year, month, 1), to: civil(year, month, daysInMonth(year, month)) };
}

/** The office civil date of an instant. */
export function civilDateOf(instant: number): CivilDate {
  const t = new TZDate(instant, OFFICE_TZ);
  return civil(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

/** The office wall-clock time `HH:mm` of an instant. */
export function timeOfDayOf(instant: number): TimeOfDay {
  const t = new TZDate(instant, OFFICE_TZ);
  return `${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** The instant at which the office wall clock shows `time` on `date`. */
export function instantAt(date: CivilDate, time: TimeOfDay): number {
  const [y, m, d] = parts(date);
  const tm = TIME_RE.exec(time);
  if (!tm) throw new RangeError(`不是有效的时刻：${time}`);
  return new TZDate(y, m - 1, d, Number(tm[1]), Number(tm[2]), 0, 0, OFFICE_TZ).getTime();
}

/** Today in the office. */
export function todayOf(clockNow: number): CivilDate {
  return civilDateOf(clockNow);
}

/**
 * The duty day an instant belongs to: a duty day runs from the shift change on its date
 * to the shift change the next day.
 */
export function dutyDayOf(instant: number, shiftChange: TimeOfDay): CivilDate {
  const date = civilDateOf(instant);
  return instant < instantAt(date, shiftChange) ? addDays(date, -1) : date;
}

/** `YYYY-MM-DD HH:mm` in the office zone, for display and audit. */
export function formatInstant(instant: number): string {
  return `${civilDateOf(instant)} ${timeOfDayOf(instant)}`;
}

/** `YYYYMMDD-HHmmss` in the office zone, for file names. */
export function stampOf(instant: number): string {
  const t = new TZDate(instant, OFFICE_TZ);
  return `${civilDateOf(instant).replace(/-/g, '')}-${pad(t.getHours())}${pad(t.getMinutes())}${pad(t.getSeconds())}`;
}

/** Inverse of stampOf: the instant of a `YYYYMMDD-HHmmss` office-time stamp, or null. */
export function instantFromStamp(stamp: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const time = `${m[4]}:${m[5]}`;
  if (!isCivilDate(date) || !isTimeOfDay(time) || Number(m[6]) > 59) return null;
  return instantAt(date, time) + Number(m[6]) * 1000;
}
