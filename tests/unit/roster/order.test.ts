import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSorted } from '../../../shared/roster/order';

describe('isSorted', () => {
  it('is true exactly when a stable sort leaves the list as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() }), { maxLength: 12 }), (list) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const sorted = [...list].sort(byKey);
        expect(isSorted(list, byKey)).toBe(sorted.every((x, i) => x === list[i]));
      }),
    );
  });

  it('takes equal neighbours as in order, and empty and one-element lists as sorted', () => {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect(isSorted(['2026-01-01', '2026-01-01', '2026-01-02'], cmp)).toBe(true);
    expect(isSorted(['2026-01-02', '2026-01-01'], cmp)).toBe(false);
    expect(isSorted([], cmp)).toBe(true);
    expect(isSorted(['x'], cmp)).toBe(true);
  });
});
