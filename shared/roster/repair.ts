import { dayNumber, type CivilDate } from '../time/civil';
import type { Quota } from './plan';
import type { Assignment, DayCategory } from './types';

export interface RepairContext {
  minRest: number;
  categoryOf: (date: CivilDate) => DayCategory;
  onLeave: (staffId: number, date: CivilDate) => boolean;
  /** Every known duty (history, kept and generated rows), used for the rest rule and same-day check. */
  duties: readonly Assignment[];
}

const CATS: readonly DayCategory[] = ['holiday', 'weekend', 'workday'];

/**
 * After the fill, some people may have done more of a category than planned (rem < 0) and others
 * less (rem > 0), when the right person was resting or away on the day. Move such duties to the
 * person who is short (or swap two duties of different categories between them) wherever the move
 * keeps every rule, until nothing improves. `rows` (generated rows of one year) and `quotas`
 * (role → person → remaining; people of the role's pool) are updated in place.
 */
export function repairToPlan(rows: Assignment[], quotas: Map<string, Map<number, Quota>>, ctx: RepairContext): void {
  // Usually the fill met the plan: then nothing below would move, and building its indexes of every
  // duty is most of the work.
  if (![...quotas.values()].some(needsRepair)) return;
  const dnCache = new Map<CivilDate, number>();
  const dayNo = (date: CivilDate) => {
    let n = dnCache.get(date);
    if (n === undefined) dnCache.set(date, (n = dayNumber(date)));
    return n;
  };
  const days = new Map<number, Set<number>>();
  const dutyDays = (id: number) => {
    let s = days.get(id);
    if (!s) days.set(id, (s = new Set()));
    return s;
  };
  for (const a of ctx.duties) if (a.staffId !== null) dutyDays(a.staffId).add(dayNo(a.date));

  /** Can `id` take a duty on `dn`, ignoring his own duty on `ignore` (which he gives away)? */
  const fits = (id: number, date: CivilDate, ignore: number) => {
    const dn = dayNo(date);
    const own = dutyDays(id);
    if (ctx.onLeave(id, date) || (own.has(dn) && dn !== ignore)) return false;
    for (let k = 1; k <= ctx.minRest; k++) {
      if ((own.has(dn - k) && dn - k !== ignore) || (own.has(dn + k) && dn + k !== ignore)) return false;
    }
    return true;
  };
  const move = (row: Assignment, to: number) => {
    const dn = dayNo(row.date);
    dutyDays(row.staffId!).delete(dn);
    dutyDays(to).add(dn);
    row.staffId = to;
  };

  for (const [role, quota] of quotas) {
    if (!needsRepair(quota)) continue;
    // This role's rows per person and category, kept up to date as rows move.
    const index = new Map<string, Assignment[]>();
    const key = (id: number, cat: DayCategory) => `${id}|${cat}`;
    const rowsOf = (id: number, cat: DayCategory) => index.get(key(id, cat)) ?? [];
    for (const r of rows) {
      if (r.role !== role || r.staffId === null || !quota.has(r.staffId)) continue;
      const k = key(r.staffId, ctx.categoryOf(r.date));
      const list = index.get(k);
      if (list) list.push(r);
      else index.set(k, [r]);
    }
    const hand = (row: Assignment, to: number) => {
      const cat = ctx.categoryOf(row.date);
      const from = rowsOf(row.staffId!, cat);
      from.splice(from.indexOf(row), 1);
      move(row, to);
      // A new array: loops over the receiver's rows may be running.
      index.set(key(to, cat), [...rowsOf(to, cat), row]);
    };

    /** q is short of `cat` and p has too many: fix one unit, keeping every rule. */
    const fix = (q: number, p: number, cat: DayCategory): boolean => {
      const qRem = quota.get(q)!;
      const pRem = quota.get(p)!;
      const given = rowsOf(p, cat);
      // Hand one of p's duties to q …
      for (const a of given) {
        if (!fits(q, a.date, NaN)) continue;
        hand(a, q);
        return true;
      }
      // … or through a third person r: r takes p's duty and hands one of his own to q …
      for (const r of quota.keys()) {
        if (r === p || r === q) continue;
        for (const b of rowsOf(r, cat)) {
          if (!fits(q, b.date, NaN)) continue;
          for (const a of given) {
            if (!fits(r, a.date, dayNo(b.date))) continue;
            hand(b, q);
            hand(a, r);
            return true;
          }
        }
      }
      // … or swap it for a duty of q's of another category q has too many of or p is short of.
      for (const other of CATS) {
        if (other === cat || (qRem[other] >= 0 && pRem[other] <= 0)) continue;
        for (const a of given) {
          for (const b of rowsOf(q, other)) {
            if (!fits(q, a.date, dayNo(b.date)) || !fits(p, b.date, dayNo(a.date))) continue;
            hand(a, q);
            hand(b, p);
            qRem[other]++;
            pRem[other]--;
            return true;
          }
        }
      }
      return false;
    };

    // Each (short, over, category) combination is tried until it fails once: moves touch few
    // people, so a failed one seldom becomes possible later, and this bounds the work.
    const failed = new Set<string>();
    let improved = true;
    while (improved) {
      improved = false;
      search: for (const [q, qRem] of quota) {
        for (const cat of CATS) {
          if (qRem[cat] <= 0) continue;
          for (const [p, pRem] of quota) {
            if (p === q || pRem[cat] >= 0) continue;
            // The key only for real candidates: this loop runs over every pair after each fix.
            const k = `${q}|${p}|${cat}`;
            if (failed.has(k)) continue;
            if (!fix(q, p, cat)) {
              failed.add(k);
              continue;
            }
            qRem[cat]--;
            pRem[cat]++;
            improved = true;
            break search;
          }
        }
      }
    }
  }
}

/** Whether someone is short of a category in which someone else has too many (what the repair fixes). */
export function needsRepair(quota: ReadonlyMap<number, Quota>): boolean {
  return CATS.some((cat) => {
    let short = false;
    let over = false;
    for (const q of quota.values()) {
      if (q[cat] > 0) short = true;
      else if (q[cat] < 0) over = true;
    }
    return short && over;
  });
}
