import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchUpGroup, DEFAULT_RULES, planTick, type Occurrence } from '../../../shared/reminders';
import { at, ctx, desk, MINUTE, type Persisted } from './fixtures';

const keysOf = (xs: readonly Occurrence[]) => xs.map((o) => o.key);

/** Ticks at start + cumulative gaps (cycled through when `cycle`), clipped to the end, always ending with a tick at `end`. */
function tickTimes(start: number, end: number, gaps: readonly number[], cycle = false): number[] {
  const out: number[] = [];
  for (let t = start, i = 0; i < gaps.length || cycle; i++) {
    t += gaps[i % gaps.length] ?? 0;
    if (t >= end) break;
    out.push(t);
  }
  out.push(end);
  return out;
}

/** The keys one big tick over the whole span stores (delivered or suppressed). */
function bigTickKeys(start: number, end: number): string[] {
  const big = planTick({ rules: DEFAULT_RULES, lastTick: start, now: end, ctx, isSatisfied: () => false, existingKeys: new Set() });
  return [...keysOf(big.toDeliver), ...keysOf(big.suppressed)].sort();
}

describe('planTick properties', () => {
  it('ticks at most 2 minutes apart (with crashes before saving last_tick) deliver exactly the big tick’s keys, each once', () => {
    const start = at('2026-10-02', '08:50');
    const end = at('2026-10-02', '15:10');
    const expected = bigTickKeys(start, end);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_000, max: 2 * MINUTE }), { minLength: 1, maxLength: 50 }),
        fc.array(fc.boolean(), { maxLength: 2000 }),
        (gaps, crashes) => {
          const p: Persisted = { keys: new Set(), lastTick: start };
          const d = desk(DEFAULT_RULES, p);
          tickTimes(start, end, gaps, true).forEach((t, i, all) => d.tick(t, { crashBeforeLastTick: i < all.length - 1 && crashes[i] === true }));
          const delivered = keysOf(d.delivered);
          expect(new Set(delivered).size).toBe(delivered.length);
          expect([...delivered].sort()).toEqual(expected);
          expect(d.delivered.every((o) => !o.catchUp)).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('any tick sequence, restarts, lost ticks and submissions: every occurrence is stored exactly once, delivered at most once', () => {
    const start = at('2026-09-27', '08:00');
    const end = at('2026-10-02', '20:00');
    const expected = bigTickKeys(start, end);
    const dates = ['2026-09-27', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: MINUTE, max: 36 * 60 * MINUTE }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom('ok', 'ok', 'crashBeforeLastTick', 'lost'), { maxLength: 40 }),
        fc.array(fc.option(fc.integer({ min: 8 * 60, max: 20 * 60 }), { nil: undefined }), { minLength: dates.length, maxLength: dates.length }),
        (gaps, fates, submitMinutes) => {
          const submitted = new Map<string, number>();
          dates.forEach((date, i) => {
            const m = submitMinutes[i];
            if (m !== undefined) submitted.set(date, at(date, '00:00') + m * MINUTE);
          });
          const p: Persisted = { keys: new Set(), lastTick: start };
          const stored: string[] = [];
          const times = tickTimes(start, end, gaps);
          times.forEach((now, i) => {
            const fate = i === times.length - 1 ? 'ok' : (fates[i] ?? 'ok');
            // 'lost': the app died before storing anything (so nothing was delivered either): replay from a copy.
            const target: Persisted = fate === 'lost' ? { keys: new Set(p.keys), lastTick: p.lastTick } : p;
            const d = desk(DEFAULT_RULES, target, submitted);
            const plan = d.tick(now, { crashBeforeLastTick: fate === 'crashBeforeLastTick' });
            if (fate === 'lost') return;
            for (const o of [...plan.toDeliver, ...plan.suppressed]) stored.push(o.key);
            for (const o of plan.toDeliver) {
              const t = submitted.get(o.date);
              expect(o.kind === 'daily_report' && t !== undefined && t <= now).toBe(false);
            }
            const catchUpGroups = plan.toDeliver.filter((o) => o.catchUp).map(catchUpGroup);
            expect(new Set(catchUpGroups).size).toBe(catchUpGroups.length);
          });
          expect(new Set(stored).size).toBe(stored.length);
          expect([...stored].sort()).toEqual(expected);
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
