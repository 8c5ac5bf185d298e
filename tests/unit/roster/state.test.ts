import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DutyTimeline } from '../../../shared/roster/state';
import { fromDayNumber } from '../../../shared/time/civil';
import type { Assignment } from '../../../shared/roster';

const BASE = 20_000;

describe('DutyTimeline.restGapForward', () => {
  it('equals restGap for days asked in order, with generated duties recorded on the way (and days asked again out of order)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ person: fc.integer({ min: 0, max: 3 }), day: fc.integer({ min: 0, max: 60 }) }), { maxLength: 40 }),
        fc.array(fc.record({ person: fc.integer({ min: 0, max: 3 }), step: fc.integer({ min: 0, max: 3 }), record: fc.boolean() }), { maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 5 }),
        (fixed, asks, backwards) => {
          const rows: Assignment[] = fixed.map((f) => ({ date: fromDayNumber(BASE + f.day), role: 'officer', slot: 0, staffId: f.person + 1, source: 'manual' }));
          const indexOf = new Map([1, 2, 3, 4].map((id, i) => [id, i]));
          const t = new DutyTimeline(rows, 4, indexOf);
          let dn = BASE;
          for (const a of asks) {
            dn += a.step;
            expect(t.restGapForward(a.person, dn)).toBe(t.restGap(a.person, dn));
            if (a.record) t.record(a.person, 'officer', dn);
          }
          for (const d of backwards) for (let p = 0; p < 4; p++) expect(t.restGapForward(p, BASE + d)).toBe(t.restGap(p, BASE + d));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts the whole days between duties, fixed ones before and after the day included', () => {
    const rows: Assignment[] = [
      { date: fromDayNumber(BASE + 2), role: 'officer', slot: 0, staffId: 7, source: 'manual' },
      { date: fromDayNumber(BASE + 10), role: 'officer', slot: 0, staffId: 7, source: 'locked' },
    ];
    const t = new DutyTimeline(rows, 1, new Map([[7, 0]]));
    expect(t.restGapForward(0, BASE + 5)).toBe(2); // 3 and 4 off before; 6–9 after
    expect(t.restGapForward(0, BASE + 8)).toBe(1);
    expect(t.restGapForward(0, BASE + 10)).toBe(7); // on the fixed day itself: from the one before
    expect(t.restGapForward(0, BASE + 12)).toBe(1);
    expect(t.restGapForward(0, BASE + 3)).toBe(0); // out of order: a search again
  });
});
