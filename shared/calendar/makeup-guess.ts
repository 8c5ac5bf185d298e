import { addDays, dateRange, isWeekend, type CivilDate } from '../time/civil';
import { MAX_CONSECUTIVE_WORKDAYS } from './check-arrangement';
import { buildCalendar, maxConsecutiveWorkdays } from './day-type';
import type { HolidayDay } from './types';

/** How far from a holiday block a make-up day may be placed. */
const SEARCH_DAYS = 14;

/** Make-up workdays a block needs: its weekdays off beyond the statutory days. */
export function makeupNeeded(from: CivilDate, to: CivilDate, statutory: number): number {
  const weekdaysOff = dateRange(from, to).filter((d) => !isWeekend(d)).length;
  return Math.max(0, weekdaysOff - statutory);
}

interface Candidate {
  date: CivilDate;
  before: boolean;
  distance: number;
}

function candidates(known: ReadonlyMap<CivilDate, HolidayDay>, from: CivilDate, to: CivilDate): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k <= SEARCH_DAYS; k++) {
    for (const [date, before] of [[addDays(from, -k), true], [addDays(to, k), false]] as const) {
      if (isWeekend(date) && !known.has(date)) out.push({ date, before, distance: k });
    }
  }
  return out;
}

function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([item, ...rest]);
  });
  return out;
}

/**
 * Guess where the State Council would put a block's make-up workdays, the way recent notices do:
 * weekend days near the block, split between before and after, keeping every stretch of work
 * to at most 6 days, as close to the block as possible.
 * `known` holds the year's days placed so far, this block's days off included.
 */
export function guessMakeupDays(known: readonly HolidayDay[], from: CivilDate, to: CivilDate, needed: number): CivilDate[] {
  if (needed <= 0) return [];
  const byDate = new Map(known.map((d) => [d.date, d] as const));
  const lo = addDays(from, -2 * SEARCH_DAYS);
  const hi = addDays(to, 2 * SEARCH_DAYS);
  let best: { dates: CivilDate[]; excess: number; distance: number } | undefined;
  for (const combo of combinations(candidates(byDate, from, to), needed)) {
    const before = combo.filter((c) => c.before).length;
    if (Math.abs(2 * before - needed) > 1) continue;
    const dates = combo.map((c) => c.date).sort();
    const trial = [...known, ...dates.map((date): HolidayDay => ({ date, kind: 'workday', name: '' }))];
    const excess = Math.max(0, maxConsecutiveWorkdays(buildCalendar(trial), lo, hi) - MAX_CONSECUTIVE_WORKDAYS);
    const distance = combo.reduce((s, c) => s + c.distance, 0);
    if (!best || excess < best.excess || (excess === best.excess && distance < best.distance)) {
      best = { dates, excess, distance };
    }
  }
  return best?.dates ?? [];
}

