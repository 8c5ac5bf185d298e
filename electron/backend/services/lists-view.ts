import type { Db } from '../../../db/open';
import { listRegions, listZones, yearRev } from '../../../db/repos/lists';
import { getPersons, personListing, personSearchColumns, personTotal, splitPhones } from '../../../db/repos/lists-persons';
import { OWN_LEVEL, type ListPerson, type PersonLevel, type PersonRow, type Zone } from '../../../shared/lists/types';
import { ListEntries, type ListEntry } from './list-entries';
import { PersonSearchIndex, SearchColumns, type SearchEntry } from '../../../shared/lists/search';
import { RegionTree } from '../../../shared/lists/tree';

export type { ListEntry } from './list-entries';

export interface SearchPart {
  index: PersonSearchIndex;
}

/**
 * One year's list prepared for reading, rebuilt when the list changes (the year's `rev`): the region
 * tree, the zones and every person's place in list order (level, then place in tree order) — so
 * paging through 200,000 persons costs no database scan. Names, pinyin and phones (the search index)
 * load on first use.
 */
export interface YearView {
  year: number;
  rev: number;
  tree: RegionTree;
  zones: Zone[];
  zoneById: Map<number, Zone>;
  entries: ListEntries;
  search(): SearchPart;
  path(regionId: number): string;
  /**
   * Answers derived from this view alone (the tree with its completeness, a selection's ids), kept
   * until the list changes — a change makes a new view. Callers must not mutate what they get.
   */
  memo<T>(key: string, make: () => T): T;
}

/** Derived answers kept per view; selections of 200,000 ids are big, so only the latest few. */
const MEMO_LIMIT = 8;

const cache = new WeakMap<Db, Map<number, YearView>>();

export function yearView(db: Db, year: number): YearView | null {
  const rev = yearRev(db, year);
  if (rev === null) return null;
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  const hit = perDb.get(year);
  if (hit && hit.rev === rev) return hit;
  perDb.delete(year);
  const view = buildView(db, year, rev);
  perDb.set(year, view);
  return view;
}

function buildView(db: Db, year: number, rev: number): YearView {
  const tree = new RegionTree(listRegions(db, year));
  const zones = listZones(db, year);
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  const paths = new Map<number, string>();
  const path = (regionId: number) => {
    let p = paths.get(regionId);
    if (p === undefined) {
      p = tree.path(regionId);
      paths.set(regionId, p);
    }
    return p;
  };
  const entries = ListEntries.ordered(personListing(db, year), personTotal(db, year), tree);
  let search: SearchPart | null = null;
  const memo = new Map<string, unknown>();
  return {
    year,
    rev,
    tree,
    zones,
    zoneById,
    entries,
    path,
    memo: <T>(key: string, make: () => T): T => {
      if (memo.has(key)) {
        const v = memo.get(key) as T;
        memo.delete(key); // most recently used last
        memo.set(key, v);
        return v;
      }
      const v = make();
      memo.set(key, v);
      if (memo.size > MEMO_LIMIT) memo.delete(memo.keys().next().value!);
      return v;
    },
    search: () => {
      search ??= { index: new PersonSearchIndex(searchColumns(db, year, entries), path) };
      return search;
    },
  };
}

/** Entries by position: the view's columns, or a plain array of some of them. */
type EntryList = { readonly length: number; at(i: number): ListEntry | undefined };

/** Each entry's position, by id (-1: none): a typed array, not a map of 200,000. */
function positions(entries: EntryList): Int32Array {
  let max = 0;
  for (let i = 0; i < entries.length; i++) max = Math.max(max, entries.at(i)!.id);
  const at = new Int32Array(max + 1).fill(-1);
  for (let i = 0; i < entries.length; i++) at[entries.at(i)!.id] = i;
  return at;
}

/** Every person of `entries` with their search columns, read from the database one row at a time. */
function eachSearchEntry(db: Db, year: number, entries: EntryList, fn: (i: number, e: SearchEntry) => void): void {
  const at = positions(entries);
  for (const [id, name, initials, pinyin, phones] of personSearchColumns(db, year)) {
    const i = id < at.length ? at[id]! : -1;
    if (i < 0) continue;
    const e = entries.at(i)!;
    fn(i, { id, level: e.level, regionId: e.regionId, active: e.active, name, initials, pinyin, phones: splitPhones(phones) });
  }
}

function searchColumns(db: Db, year: number, entries: EntryList): SearchColumns {
  const c = new SearchColumns(entries.length);
  eachSearchEntry(db, year, entries, (i, e) => c.put(i, e));
  return c;
}

/** The given persons with their search columns, in the given order (for checks over the whole list). */
export function searchEntries(db: Db, year: number, entries: EntryList): SearchEntry[] {
  const out = new Array<SearchEntry>(entries.length);
  eachSearchEntry(db, year, entries, (i, e) => (out[i] = e));
  return out.filter(Boolean);
}

export interface Selection {
  /** A region: its persons at every level below, and the persons responsible for the places above it. */
  regionId?: number;
  level?: PersonLevel;
  includeInactive?: boolean;
}

/** The ids of a selection, in list order (kept with the view: paging asks for the same selection again and again). */
export function selectIds(view: YearView, sel: Selection): readonly number[] {
  return view.memo(`ids:${sel.regionId ?? ''}:${sel.level ?? ''}:${sel.includeInactive ? 1 : 0}`, () => computeIds(view, sel));
}

function computeIds(view: YearView, sel: Selection): number[] {
  const rid = sel.regionId ?? view.tree.root?.id;
  const within = rid === undefined ? null : view.tree.subtree(rid);
  // The chain above: the county's 县级, the township's 乡级 … for a village or group.
  const above = new Map<number, PersonLevel>();
  if (rid !== undefined) {
    for (const r of view.tree.chain(rid)) if (r.id !== rid) above.set(r.id, OWN_LEVEL[r.level]);
  }
  const out: number[] = [];
  const e = view.entries;
  for (let i = 0; i < e.length; i++) {
    if (!sel.includeInactive && e.active[i] !== 1) continue;
    if (sel.level && !e.isLevel(i, sel.level)) continue;
    const r = e.regionIds[i]!;
    if (within && !within.has(r)) {
      const lvl = above.get(r);
      if (lvl === undefined || !e.isLevel(i, lvl)) continue;
    }
    out.push(e.ids[i]!);
  }
  return out;
}

/** Persons with their place spelled out, in the order of `ids`. */
export function personRows(db: Db, view: YearView, ids: readonly number[]): PersonRow[] {
  return getPersons(db, ids).map((p) => decorate(view, p));
}

export function decorate(view: YearView, p: ListPerson): PersonRow {
  return { ...p, regionPath: view.path(p.regionId), zoneName: p.zoneId !== null ? (view.zoneById.get(p.zoneId)?.name ?? '') : '' };
}

/** Region ids whose name contains a term, with everything below them — for “石门镇” in the search box. */
export function regionsMatching(view: YearView, term: string): Set<number> {
  const out = new Set<number>();
  for (const r of view.tree.byId.values()) {
    if (r.level !== 'county' && r.name.includes(term)) for (const id of view.tree.subtree(r.id)) out.add(id);
  }
  return out;
}
