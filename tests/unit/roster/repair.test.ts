import { describe, expect, it } from 'vitest';
import { needsRepair } from '../../../shared/roster/repair';
import type { Quota } from '../../../shared/roster/plan';

const q = (workday: number, weekend: number, holiday: number): Quota => ({ workday, weekend, holiday });

describe('needsRepair', () => {
  it('is true when one person is short of a category in which another has too many', () => {
    expect(needsRepair(new Map([[1, q(0, 1, 0)], [2, q(0, -1, 0)]]))).toBe(true);
  });

  it('is false when the plan is met, or when shortfalls and excesses lie in different categories', () => {
    expect(needsRepair(new Map([[1, q(0, 0, 0)], [2, q(0, 0, 0)]]))).toBe(false);
    expect(needsRepair(new Map([[1, q(1, 0, 0)], [2, q(0, -1, 0)]]))).toBe(false);
    expect(needsRepair(new Map([[1, q(1, 0, 0)], [2, q(1, 0, 0)]]))).toBe(false);
    expect(needsRepair(new Map())).toBe(false);
  });
});
