import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ListEntries, type ListingRow } from '../../../electron/backend/services/list-entries';
import { RegionTree } from '../../../shared/lists/tree';
import { PERSON_LEVELS, type Region } from '../../../shared/lists/types';

// A county (1), two townships (2, 3; 3 sorted first), a village under each (4 under 2, 5 under 3).
const regions: Region[] = [
  { id: 1, parentId: null, level: 'county', name: '青山县', sortOrder: 0 },
  { id: 2, parentId: 1, level: 'township', name: '石门镇', sortOrder: 2 },
  { id: 3, parentId: 1, level: 'township', name: '清河街道', sortOrder: 1 },
  { id: 4, parentId: 2, level: 'village', name: '枫树村', sortOrder: 0 },
  { id: 5, parentId: 3, level: 'village', name: '河口社区', sortOrder: 0 },
];
const tree = new RegionTree(regions);

/** Listing rows in id order (as the database gives them); region 9 is not in the tree. */
const rows = fc
  .array(fc.tuple(fc.nat(4), fc.constantFrom(1, 2, 3, 4, 5, 9), fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }), fc.boolean()), { maxLength: 60 })
  .map((xs) => xs.map(([rank, regionId, zoneId, active], k): ListingRow => [k * 2 + 1, 1000 + k, rank, regionId, zoneId, active ? 1 : 0]));

describe('ListEntries (columns in list order)', () => {
  it('orders as a plain sort does: level, place in tree order (unknown places last), zone, id', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const e = ListEntries.ordered(rs, rs.length, tree);
        const place = (id: number) => tree.order.get(id) ?? tree.order.size;
        const sorted = [...rs].sort((a, b) => a[2] - b[2] || place(a[3]) - place(b[3]) || (a[4] ?? 0) - (b[4] ?? 0) || a[0] - b[0]);
        expect([...e]).toEqual(sorted.map(([id, lineage, rank, regionId, zoneId, active]) => ({ id, lineage, level: PERSON_LEVELS[rank], regionId, zoneId, active: active === 1 })));
        expect(e.length).toBe(rs.length);
        expect(e.filter((x) => x.active).map((x) => x.id)).toEqual(sorted.filter((r) => r[5] === 1).map((r) => r[0]));
        sorted.forEach((r, i) => {
          expect(e.at(i).id).toBe(r[0]);
          expect(e.isLevel(i, PERSON_LEVELS[r[2]]!)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
