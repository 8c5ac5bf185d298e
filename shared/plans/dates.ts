import { civil, daysInMonth, diffDays, type CivilDate } from '../time/civil';

function parts(d: CivilDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/** The same day n months later; the 31st becomes the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: CivilDate, n: number): CivilDate {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return civil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** The same day n years later; 29 February becomes 28 February in a common year. */
export function addYears(date: CivilDate, n: number): CivilDate {
  return addMonths(date, 12 * n);
}

/** Days from `today` to `due`: positive while due lies ahead, negative once past. */
export function daysUntil(due: CivilDate, today: CivilDate): number {
  return diffDays(due, today);
}
