import { zeroCounts, type DayCategory, type DutyCounts, type StaffCounts } from './types';

/** Remaining duties per person and category for one role within one year of the range. */
export type Quota = Record<DayCategory, number>;

export interface PlanRole {
  role: string;
  leader: boolean;
  /** Active people able to serve the role, best first for ties (rotation: least recently on duty). */
  pool: readonly number[];
  /** Slots to generate in the range (this year), per category. */
  slots: Quota;
  /** What a plain rotation would give each person (rotationShares): extra units follow it. */
  rotation?: ReadonlyMap<number, Quota>;
}

/** Scarcest categories first, so the plentiful workdays can even out the totals. */
const FILL_ORDER: readonly DayCategory[] = ['holiday', 'weekend', 'workday'];

/**
 * How many duties of each category each person should get in the range so that, at its end, every
 * count (workday, weekend, holiday, leader, total) is as even as possible across the pool: water-filling
 * onto the lowest count of the category; the units left when all are level go one at a time, to the
 * fewest leader duties (leader roles), then the fewest of the other rare category (so weekend and
 * holiday extras do not pile on the same people), then the lowest total, then whoever a plain
 * rotation would give more of the category (so the fill can keep the rotation), then pool order.
 * Roles are planned in order on shared projections, so a person in two pools is not over-planned.
 */
export function planQuotas(base: StaffCounts, roles: readonly PlanRole[]): Map<string, Map<number, Quota>> {
  const projected = new Map<number, DutyCounts>();
  const get = (id: number) => {
    let c = projected.get(id);
    if (!c) projected.set(id, (c = { ...(base[id] ?? zeroCounts()) }));
    return c;
  };
  const out = new Map<string, Map<number, Quota>>();
  for (const r of roles) {
    const quotas: Quota[] = r.pool.map(() => ({ workday: 0, weekend: 0, holiday: 0 }));
    out.set(r.role, new Map(r.pool.map((id, i) => [id, quotas[i]!])));
    const people = r.pool.map(get);
    const rotation = r.pool.map((id) => r.rotation?.get(id));
    const give = (i: number, cat: DayCategory, n: number) => {
      const c = people[i]!;
      c[cat] += n;
      c.total += n;
      if (r.leader) c.leader += n;
      quotas[i]![cat] += n;
    };
    for (const cat of FILL_ORDER) {
      if (!people.length) break;
      let units = r.slots[cat];
      // Everyone below the highest level the units can reach is raised to it, in bulk …
      const level = reachableLevel(people.map((c) => c[cat]), units);
      people.forEach((c, i) => {
        const n = Math.max(0, level - c[cat]);
        give(i, cat, n);
        units -= n;
      });
      // … and the rest (fewer than the people at that level) go one at a time.
      const extras = (c: DutyCounts) => (cat === 'holiday' ? c.weekend : cat === 'weekend' ? c.holiday : 0);
      for (; units > 0; units--) {
        let best = 0;
        for (let i = 1; i < people.length; i++) {
          const a = people[i]!;
          const b = people[best]!;
          const d =
            a[cat] - b[cat] ||
            (r.leader ? a.leader - b.leader : 0) ||
            extras(a) - extras(b) ||
            a.total - b.total ||
            quotas[i]![cat] - (rotation[i]?.[cat] ?? 0) - (quotas[best]![cat] - (rotation[best]?.[cat] ?? 0));
          if (d < 0) best = i;
        }
        give(best, cat, 1);
      }
    }
  }
  return out;
}

/** The highest level L with Σ max(0, L − v) ≤ units. */
function reachableLevel(values: readonly number[], units: number): number {
  const v = [...values].sort((a, b) => a - b);
  let level = v[0]!;
  let spent = 0;
  for (let i = 0; i < v.length; i++) {
    const next = v[i + 1] ?? Infinity;
    const rise = Math.floor((units - spent) / (i + 1));
    if (level + rise < next) return level + rise;
    spent += (next - level) * (i + 1);
    level = next;
  }
  return level;
}

/**
 * What a plain rotation (least recently on duty first, skipping people away or already on duty that
 * day) would give each person of each role, per category.
 */
export function rotationShares(
  days: readonly { date: string; category: DayCategory }[],
  rolesOn: (date: string) => readonly string[],
  queues: ReadonlyMap<string, readonly number[]>,
  away: (id: number, date: string) => boolean,
): Map<string, Map<number, Quota>> {
  const out = new Map<string, Map<number, Quota>>();
  const live = new Map<string, number[]>();
  for (const [role, q] of queues) {
    live.set(role, [...q]);
    out.set(role, new Map(q.map((id) => [id, { workday: 0, weekend: 0, holiday: 0 }])));
  }
  // One set and in-place queue moves for the whole run: this goes over every slot of the range.
  const busy = new Set<number>();
  for (const day of days) {
    busy.clear();
    for (const role of rolesOn(day.date)) {
      const q = live.get(role);
      if (!q) continue;
      let k = 0;
      while (k < q.length && (busy.has(q[k]!) || away(q[k]!, day.date))) k++;
      if (k === q.length) continue;
      const id = q[k]!;
      for (; k < q.length - 1; k++) q[k] = q[k + 1]!;
      q[k] = id;
      busy.add(id);
      out.get(role)!.get(id)![day.category]++;
    }
  }
  return out;
}
