import { dayNumber } from '../time/civil';
import { isSorted } from './order';
import type { Assignment } from './types';

/** Largest value < x in a sorted array, or undefined. */
function before(sorted: readonly number[], x: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

/** Smallest value > x in a sorted array, or undefined. */
function after(sorted: readonly number[], x: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/** Fixed duty days (sorted) per person index, and generated ones so far, for one role or for all. */
export interface RoleTrack {
  fixed: (number[] | undefined)[];
  gen: Float64Array;
}

function track(n: number): RoleTrack {
  return { fixed: new Array<number[] | undefined>(n), gen: new Float64Array(n).fill(-Infinity) };
}

function add(t: RoleTrack, i: number, dn: number): void {
  (t.fixed[i] ??= []).push(dn);
}

/**
 * Who was on duty when, by person index (position in the staff list): the fixed duties (history,
 * kept manual/locked rows, rows after the range) plus the duties generated so far, in date order.
 */
export class DutyTimeline {
  /** Every duty, whatever the role. */
  readonly all: RoleTrack;
  private readonly roles = new Map<string, RoleTrack>();

  constructor(
    fixedRows: readonly Assignment[],
    private readonly size: number,
    indexOf: ReadonlyMap<number, number>,
  ) {
    this.all = track(size);
    for (const a of fixedRows) {
      const i = a.staffId === null ? undefined : indexOf.get(a.staffId);
      if (i === undefined) continue;
      const dn = dayNumber(a.date);
      add(this.all, i, dn);
      add(this.role(a.role), i, dn);
    }
    // Rows usually come in date order, and then the lists are sorted already.
    const byValue = (x: number, y: number) => x - y;
    for (const t of [this.all, ...this.roles.values()]) for (const list of t.fixed) if (list && !isSorted(list, byValue)) list.sort(byValue);
  }

  role(role: string): RoleTrack {
    let t = this.roles.get(role);
    if (!t) this.roles.set(role, (t = track(this.size)));
    return t;
  }

  /** Record a generated duty; generated duties must be recorded in date order. */
  record(i: number, role: string, dn: number): void {
    this.all.gen[i] = dn;
    this.role(role).gen[i] = dn;
  }

  /** Per person, where the last `restGapForward` call stood in its fixed duties. */
  private cursor: Int32Array | undefined;

  /**
   * `restGap` for calls with non-decreasing `dn` per person (the fill goes day by day): a cursor
   * walks each person's fixed duties instead of searching them. Earlier days fall back to a search.
   */
  restGapForward(i: number, dn: number): number {
    const list = this.all.fixed[i];
    const gen = this.all.gen[i]!;
    if (!list) return dn - gen - 1;
    const cursor = (this.cursor ??= new Int32Array(this.size));
    let k = cursor[i]!;
    if (k > 0 && list[k - 1]! >= dn) k = 0;
    while (k < list.length && list[k]! < dn) k++;
    cursor[i] = k;
    // list[k - 1] < dn ≤ list[k]: the last fixed duty before the day, and the first after it.
    let j = k;
    while (j < list.length && list[j] === dn) j++;
    const prev = k > 0 ? Math.max(gen, list[k - 1]!) : gen;
    const next = j < list.length ? list[j]! : Infinity;
    return Math.min(dn - prev - 1, next - dn - 1);
  }

  /** Whole days off between `dn` and the nearest other duty of the person (Infinity if none). */
  restGap(i: number, dn: number): number {
    const list = this.all.fixed[i];
    let prev = this.all.gen[i]!;
    let next = Infinity;
    if (list) {
      prev = Math.max(prev, before(list, dn) ?? -Infinity);
      next = after(list, dn) ?? Infinity;
    }
    return Math.min(dn - prev - 1, next - dn - 1);
  }
}

/** Day number of the person's last duty in the track before `dn` (−Infinity if never). */
export function lastIn(t: RoleTrack, i: number, dn: number): number {
  const gen = t.gen[i]!;
  const list = t.fixed[i];
  const fixed = list ? (before(list, dn) ?? -Infinity) : -Infinity;
  return Math.max(fixed, gen < dn ? gen : -Infinity);
}

const NO_LEAVE: ReadonlyMap<number, string> = new Map();

/** staffId → leave kind, per date, for the dates of interest (dates without leave share one empty map). */
export function leaveIndex(
  leave: readonly { staffId: number; from: string; to: string; kind: string }[],
  dates: readonly string[],
): Map<string, ReadonlyMap<number, string>> {
  const out = new Map<string, ReadonlyMap<number, string>>();
  for (const date of dates) out.set(date, NO_LEAVE);
  for (const l of leave) {
    for (const date of dates) {
      if (date < l.from || date > l.to) continue;
      let m = out.get(date)!;
      if (m === NO_LEAVE) out.set(date, (m = new Map()));
      if (!m.has(l.staffId)) (m as Map<number, string>).set(l.staffId, l.kind);
    }
  }
  return out;
}
