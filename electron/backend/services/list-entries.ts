import { LEVEL_RANK, PERSON_LEVELS, type PersonLevel } from '../../../shared/lists/types';
import type { RegionTree } from '../../../shared/lists/tree';

/** What listing needs of a person: small numbers only. */
export interface ListEntry {
  id: number;
  lineage: number;
  level: PersonLevel;
  regionId: number;
  zoneId: number | null;
  active: boolean;
}

/** One row of the year's listing as read, in id order: [id, lineage, level rank, region, zone, active]. */
export type ListingRow = [number, number, number, number, number | null, number];

/**
 * Every person of a year's list, in list order, as columns of typed arrays: a county of 200,000 costs a
 * few megabytes and no object per person. Reading an entry (`at`, iteration, `filter`) makes one on the spot.
 */
export class ListEntries implements Iterable<ListEntry> {
  readonly ids: Int32Array;
  readonly lineages: Int32Array;
  readonly ranks: Uint8Array;
  readonly regionIds: Int32Array;
  /** 0: no danger zone (ids start at 1). */
  readonly zoneIds: Int32Array;
  readonly active: Uint8Array;

  private constructor(readonly length: number) {
    this.ids = new Int32Array(length);
    this.lineages = new Int32Array(length);
    this.ranks = new Uint8Array(length);
    this.regionIds = new Int32Array(length);
    this.zoneIds = new Int32Array(length);
    this.active = new Uint8Array(length);
  }

  /**
   * The listing's rows (in id order, `count` of them) in list order — level, then place in tree order,
   * then zone, then id — by a counting sort on level and place (stable: id order within a place), with
   * only the places whose persons are in several zones sorted further.
   */
  static ordered(rows: Iterable<ListingRow>, count: number, tree: RegionTree): ListEntries {
    const read = new ListEntries(count);
    let n = 0;
    for (const [id, lineage, rank, regionId, zoneId, active] of rows) {
      if (n === count) break;
      read.ids[n] = id;
      read.lineages[n] = lineage;
      read.ranks[n] = rank;
      read.regionIds[n] = regionId;
      read.zoneIds[n] = zoneId ?? 0;
      read.active[n] = active;
      n++;
    }
    const places = tree.order.size + 1;
    const keyOf = (i: number) => read.ranks[i]! * places + (tree.order.get(read.regionIds[i]!) ?? places - 1);
    const keys = new Int32Array(n);
    // starts[k]: where bucket k begins in list order (counts first, then their running sums).
    const starts = new Int32Array(PERSON_LEVELS.length * places + 1);
    for (let i = 0; i < n; i++) {
      keys[i] = keyOf(i);
      starts[keys[i]! + 1] = starts[keys[i]! + 1]! + 1;
    }
    for (let k = 1; k < starts.length; k++) starts[k] = starts[k]! + starts[k - 1]!;
    const next = starts.slice();
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      order[next[k]!] = i;
      next[k] = next[k]! + 1;
    }
    for (let k = 0; k + 1 < starts.length; k++) {
      const [from, to] = [starts[k]!, starts[k + 1]!];
      let mixed = false;
      for (let p = from + 1; p < to && !mixed; p++) mixed = read.zoneIds[order[p]!] !== read.zoneIds[order[from]!];
      if (mixed) order.subarray(from, to).sort((a, b) => read.zoneIds[a]! - read.zoneIds[b]! || read.ids[a]! - read.ids[b]!);
    }
    const out = new ListEntries(n);
    order.forEach((i, p) => {
      out.ids[p] = read.ids[i]!;
      out.lineages[p] = read.lineages[i]!;
      out.ranks[p] = read.ranks[i]!;
      out.regionIds[p] = read.regionIds[i]!;
      out.zoneIds[p] = read.zoneIds[i]!;
      out.active[p] = read.active[i]!;
    });
    return out;
  }

  at(i: number): ListEntry {
    return { id: this.ids[i]!, lineage: this.lineages[i]!, level: PERSON_LEVELS[this.ranks[i]!]!, regionId: this.regionIds[i]!, zoneId: this.zoneIds[i] || null, active: this.active[i] === 1 };
  }

  *[Symbol.iterator](): Iterator<ListEntry> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  filter(keep: (e: ListEntry) => boolean): ListEntry[] {
    const out: ListEntry[] = [];
    for (let i = 0; i < this.length; i++) {
      const e = this.at(i);
      if (keep(e)) out.push(e);
    }
    return out;
  }

  isLevel(i: number, level: PersonLevel): boolean {
    return this.ranks[i] === LEVEL_RANK[level];
  }
}
