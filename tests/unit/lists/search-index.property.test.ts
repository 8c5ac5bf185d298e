import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PersonSearchIndex, type SearchEntry } from '../../../shared/lists/search';
import { namePinyin } from '../../../shared/lists/pinyin';
import { PERSON_LEVELS } from '../../../shared/lists/types';

// Few characters and short phones, so that queries often hit several persons.
const name = fc.array(fc.constantFrom('张', '三', '李', '四', '王', '丰', '单', '曾'), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
const phone = fc.oneof(fc.stringMatching(/^1[3-9]\d{4}$/), fc.stringMatching(/^0551-\d{4}$/));
const person = fc.record({ name, phones: fc.array(phone, { maxLength: 2 }), active: fc.boolean(), regionId: fc.integer({ min: 1, max: 4 }), level: fc.constantFrom(...PERSON_LEVELS) });
/** Persons in list order, with distinct ids not in that order. */
const list = fc.array(person, { minLength: 1, maxLength: 40 }).chain((ps) =>
  fc.shuffledSubarray(Array.from({ length: ps.length * 3 }, (_, i) => i + 1), { minLength: ps.length, maxLength: ps.length }).map((ids): SearchEntry[] =>
    ps.map((p, i) => {
      const py = namePinyin(p.name);
      return { id: ids[i]!, ...p, initials: py.initials, pinyin: py.full };
    }),
  ),
);
const digits = (p: string) => p.replace(/\D/g, '');

/** The plain reading of a search: in list order, exact names before other names, cut at the limit. */
function oracle(entries: SearchEntry[], q: { kind: 'pinyin' | 'phone' | 'name'; term: string }, limit: number, includeInactive: boolean) {
  const pool = entries.filter((e) => includeInactive || e.active);
  let hits: SearchEntry[];
  if (q.kind === 'pinyin') hits = pool.filter((e) => `|${e.initials}|${e.pinyin}|`.includes(`|${q.term}`));
  else if (q.kind === 'phone') hits = pool.filter((e) => e.phones.some((p) => digits(p).includes(q.term)));
  else hits = [...pool.filter((e) => e.name === q.term), ...pool.filter((e) => e.name !== q.term && e.name.includes(q.term))];
  return { ids: hits.slice(0, limit).map((e) => e.id), more: hits.length > limit };
}

/** A query made from one of the persons (or not matching anyone). */
const query = (entries: SearchEntry[]) =>
  fc.tuple(fc.nat(entries.length - 1), fc.constantFrom('pinyin', 'phone', 'name'), fc.nat(5), fc.nat(5)).map(([k, kind, a, b]) => {
    const e = entries[k]!;
    if (kind === 'pinyin') {
      const word = a % 2 ? e.initials : e.pinyin;
      return { kind, term: word.slice(0, Math.max(1, Math.min(word.length, b + 1))) } as const;
    }
    if (kind === 'phone') {
      const d = digits(e.phones[0] ?? '13900000000');
      const from = Math.min(a, d.length - 3);
      return { kind, term: d.slice(from, from + 3 + b) } as const;
    }
    return { kind, term: e.name.slice(0, Math.max(1, Math.min(e.name.length, b))) } as const;
  });

describe('PersonSearchIndex (properties against a plain reading)', () => {
  it('finds what a scan of the persons finds, in list order, exact names first, up to the limit', () => {
    fc.assert(
      fc.property(
        list.chain((entries) => fc.tuple(fc.constant(entries), query(entries), fc.integer({ min: 1, max: 8 }), fc.boolean())),
        ([entries, q, limit, includeInactive]) => {
          const index = PersonSearchIndex.of(entries, () => '');
          const r = index.search(q.term, { limit, includeInactive });
          expect({ ids: r.ids, more: r.more }).toEqual(oracle(entries, q, limit, includeInactive));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('knows each person’s place, phones and namesakes without keeping the persons', () => {
    fc.assert(
      fc.property(list, (entries) => {
        const index = PersonSearchIndex.of(entries, () => '');
        expect(index.size).toBe(entries.length);
        entries.forEach((e, i) => {
          expect(index.positionOf(e.id)).toBe(i);
          expect(index.hasPhone(e.id)).toBe(e.phones.length > 0);
          const same = entries.filter((o) => o.active && o.level === e.level && o.regionId === e.regionId && o.name === e.name).map((o) => o.id);
          expect(index.namesakes(e.level, e.regionId, e.name)).toEqual(same);
        });
        expect(index.positionOf(0)).toBe(-1);
        expect(index.hasPhone(entries.length * 3 + 1)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
