import { addDays, dateRange, dayNumber, fromDayNumber, isWeekend, type CivilDate } from '../time/civil';
import { MAX_CONSECUTIVE_WORKDAYS } from './check-arrangement';
import { buildCalendar, isWorkday } from './day-type';
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
  const calendar = buildCalendar(known);
  const lo = dayNumber(from) - 2 * SEARCH_DAYS;
  const hi = dayNumber(to) + 2 * SEARCH_DAYS;
  // Working-day flags of [lo, hi] under `known`; a trial only turns its make-up days into workdays.
  const base = new Uint8Array(hi - lo + 1);
  for (let n = lo; n <= hi; n++) base[n - lo] = isWorkday(calendar, fromDayNumber(n)) ? 1 : 0;
  const flags = new Uint8Array(base.length);
  const longestRun = (): number => {
    let best = 0;
    let run = 0;
    for (let k = 0; k < flags.length; k++) {
      run = flags[k] ? run + 1 : 0;
      if (run > best) best = run;
    }
    return best;
  };
  let best: { dates: CivilDate[]; excess: number; distance: number } | undefined;
  for (const combo of combinations(candidates(calendar.byDate, from, to), needed)) {
    const before = combo.filter((c) => c.before).length;
    if (Math.abs(2 * before - needed) > 1) continue;
    flags.set(base);
    for (const c of combo) flags[dayNumber(c.date) - lo] = 1;
    const excess = Math.max(0, longestRun() - MAX_CONSECUTIVE_WORKDAYS);
    const distance = combo.reduce((s, c) => s + c.distance, 0);
    if (!best || excess < best.excess || (excess === best.excess && distance < best.distance)) {
      best = { dates: combo.map((c) => c.date).sort(), excess, distance };
    }
  }
  return best?.dates ?? [];
}
