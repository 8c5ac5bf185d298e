import { dayNumber, type CivilDate } from '../time/civil';
import type { Quota } from './plan';
import { lastIn, type DutyTimeline } from './state';
import { DAY_CATEGORIES as CATEGORIES, type Assignment, type DayCategory, type RosterDay, type RosterStaff, type RosterWarning } from './types';
import { describeShortage } from './warnings';

export interface OpenSlot {
  role: string;
  slot: number;
}

export interface FillContext {
  /** Sorted by date. */
  days: readonly RosterDay[];
  minRest: number;
  open: ReadonlyMap<CivilDate, readonly OpenSlot[]>;
  /** Kept (manual/locked) rows per date of the range. */
  keptOn: ReadonlyMap<CivilDate, readonly Assignment[]>;
  leaveOn: ReadonlyMap<CivilDate, ReadonlyMap<number, string>>;
  /** In rotation order; person indexes below are positions in this list. */
  staff: readonly RosterStaff[];
  indexOf: ReadonlyMap<number, number>;
  timeline: DutyTimeline;
  /** Indexes of the active people able to serve the role. */
  poolOf: (role: string) => readonly number[];
  /** year → role → staff id → planned duties still to do; decremented as duties are given. */
  quotas: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<number, Quota>>>;
  roleName: (role: string) => string;
}

const yearOf = (date: CivilDate) => date.slice(0, 4);

/**
 * Planned duties still to do, per category, by person index, and per category the sum of the
 * positive ones (kept as duties are given: the pool's average is read for every slot and day).
 * The values are whole numbers, so the running sum is exactly the sum over the pool.
 */
interface Remaining {
  owes: Record<DayCategory, Float64Array>;
  positive: Record<DayCategory, number>;
}

/** Per-day facts the fill reads again and again, computed once per run. */
interface DayFacts {
  year: string[];
  dn: Float64Array;
  /** role → 1 on the days (by index) with an open slot of the role. */
  opens: Map<string, Uint8Array>;
}

function dayFacts(ctx: FillContext): DayFacts {
  const n = ctx.days.length;
  const year: string[] = new Array<string>(n);
  const dn = new Float64Array(n);
  const opens = new Map<string, Uint8Array>();
  for (let i = 0; i < n; i++) {
    const date = ctx.days[i]!.date;
    year[i] = yearOf(date);
    dn[i] = dayNumber(date);
    const open = ctx.open.get(date)!;
    for (let k = 0; k < open.length; k++) {
      const role = open[k]!.role;
      let flags = opens.get(role);
      if (!flags) opens.set(role, (flags = new Uint8Array(n)));
      flags[i] = 1;
    }
  }
  return { year, dn, opens };
}

/**
 * What each person still owes of the categories of the next `minRest` days (other than today's),
 * beyond the pool's average: a duty today would rest them through those days, so the ones who most
 * need those days are spared today. Without this, a small pool settles into a weekly cycle where the
 * Friday and Monday people never get a weekend.
 * Indexed loops: this runs for every day and role, often before the code is optimised, where for…of
 * allocates an iterator result per element.
 */
function owedAhead(ctx: FillContext, facts: DayFacts, i: number, pool: readonly number[], role: string, rem: Remaining, zeros: Float64Array, scratch: Float64Array) {
  let res: Float64Array | undefined;
  const cat = ctx.days[i]!.category;
  const flags = facts.opens.get(role)!;
  const np = pool.length;
  for (let j = i + 1; j < ctx.days.length && j <= i + ctx.minRest; j++) {
    const d = ctx.days[j]!;
    if (d.category === cat || facts.year[j] !== facts.year[i] || !flags[j]) continue;
    const owes = rem.owes[d.category];
    const mean = rem.positive[d.category] / (np || 1);
    if (!res) {
      // The first day sets rather than adds to zero: the same value, as a term is never −0.
      res = scratch;
      for (let k = 0; k < np; k++) {
        const p = pool[k]!;
        res[p] = Math.max(0, owes[p]!) - mean;
      }
    } else {
      for (let k = 0; k < np; k++) {
        const p = pool[k]!;
        res[p]! += Math.max(0, owes[p]!) - mean;
      }
    }
  }
  if (res) for (let k = 0; k < np; k++) res[pool[k]!] = Math.max(0, res[pool[k]!]!);
  return res ?? zeros;
}

interface PickInput {
  pool: readonly number[];
  /** The pool's average of the positive `owes`. */
  mean: number;
  /** The pool, least recently on duty in the role first (ties in staff order). */
  queue: readonly number[];
  dn: number;
  minRest: number;
  owes: Float64Array;
  owed: Float64Array;
  away: Uint8Array;
  busy: Uint8Array;
  timeline: DutyTimeline;
  /** Scratch, by person index: rest gap and class (−1: not free). */
  gap: Float64Array;
  cls: Int8Array;
  /** Set by pick: how many were free that day, and whether the rest rule had to be relaxed. */
  free: number;
  relaxed: boolean;
}

/**
 * The best rested person (rest rule kept), or, when there is none, the best of everyone free that
 * day, longest rest first; −1 when nobody is free. A first pass classes everyone free (owing the
 * category or not × behind / even / ahead of the plan); the queue then gives the least recently on
 * duty of the best class. Indexed loops and no result object: it runs for every slot.
 */
function pick(c: PickInput): number {
  const { pool, queue, dn, minRest, mean, owes, owed, away, busy, gap, cls } = c;
  const allGen = c.timeline.all.gen;
  const allFixed = c.timeline.all.fixed;
  const np = pool.length;
  let free = 0;
  let bestCls = 99;
  for (let k = 0; k < np; k++) {
    const p = pool[k]!;
    if (away[p] || busy[p]) {
      cls[p] = -1;
      continue;
    }
    free++;
    // Fast path without fixed duties: generated duties all lie before today.
    const g = allFixed[p] ? c.timeline.restGapForward(p, dn) : dn - allGen[p]! - 1;
    const rem = owes[p]!;
    const drift = rem - mean - owed[p]!;
    const cl = (rem > 0 ? 0 : 3) + (drift >= 1 ? 0 : drift <= -1 ? 2 : 1);
    gap[p] = g;
    cls[p] = cl;
    if (g >= minRest && cl < bestCls) bestCls = cl;
  }
  c.free = free;
  c.relaxed = false;
  const nq = queue.length;
  if (bestCls < 99) {
    for (let k = 0; k < nq; k++) {
      const p = queue[k]!;
      if (cls[p] === bestCls && gap[p]! >= minRest) return p;
    }
  }
  c.relaxed = true;
  let best = -1;
  for (let k = 0; k < nq; k++) {
    const p = queue[k]!;
    if (cls[p]! < 0) continue;
    if (best < 0 || gap[p]! > gap[best]! || (gap[p] === gap[best] && cls[p]! < cls[best]!)) best = p;
  }
  return best;
}

/**
 * Fill the open slots day by day. For each slot, the candidates are the role's pool minus people on
 * leave and people already on duty that day; the rested ones (rest rule kept) compete on, in order:
 *   1. still owing a duty of the day's category under the plan;
 *   2. how far behind the plan: owing at least one duty more than the pool's average (first), or at
 *      least one less, counting what they owe of the next days' categories (last), or about even;
 *   3. least recently on duty in this role: the rotation, continued from the history;
 *   4. staff order.
 * Nobody rested: the rest rule is relaxed (longest rest wins) and a warning given; nobody at all:
 * the slot stays empty (staffId null) with a warning.
 */
export function fillDays(ctx: FillContext): { generated: Assignment[]; warnings: RosterWarning[] } {
  const n = ctx.staff.length;
  const generated: Assignment[] = [];
  const warnings: RosterWarning[] = [];
  const zeros = new Float64Array(n);
  const facts = dayFacts(ctx);
  // year → role → remaining (nested maps: no key string built per slot).
  const remaining = new Map<string, Map<string, Remaining>>();
  const remainingOf = (year: string, role: string) => {
    let byRole = remaining.get(year);
    if (!byRole) remaining.set(year, (byRole = new Map()));
    let rem = byRole.get(role);
    if (!rem) {
      rem = { owes: { workday: new Float64Array(n), weekend: new Float64Array(n), holiday: new Float64Array(n) }, positive: { workday: 0, weekend: 0, holiday: 0 } };
      for (const [id, q] of ctx.quotas.get(year)!.get(role)!) {
        const p = ctx.indexOf.get(id)!;
        for (const cat of CATEGORIES) {
          rem.owes[cat][p] = q[cat];
          if (q[cat] > 0) rem.positive[cat] += q[cat];
        }
      }
      byRole.set(role, rem);
    }
    return rem;
  };
  // owedAhead's result per role, reused from day to day (it is read only on its day).
  const scratch = new Map<string, Float64Array>();
  const scratchOf = (role: string) => {
    let a = scratch.get(role);
    if (!a) scratch.set(role, (a = new Float64Array(n)));
    return a;
  };
  const busy = new Uint8Array(n);
  const away = new Uint8Array(n);
  const queues = new Map<string, number[]>();
  const queueOf = (role: string, dn: number) => {
    let q = queues.get(role);
    if (!q) {
      const track = ctx.timeline.role(role);
      const last = (p: number) => lastIn(track, p, dn);
      q = [...ctx.poolOf(role)].sort((a, b) => (last(a) < last(b) ? -1 : last(a) > last(b) ? 1 : 0));
      queues.set(role, q);
    }
    return q;
  };
  /** Move p to the back of the role's queue, in place. */
  const toBack = (role: string, p: number) => {
    const q = queues.get(role);
    const k = q ? q.indexOf(p) : -1;
    if (k < 0) return;
    for (let j = k; j < q!.length - 1; j++) q![j] = q![j + 1]!;
    q![q!.length - 1] = p;
  };
  /** Reused for every slot. */
  const input: PickInput = {
    pool: [],
    mean: 0,
    queue: [],
    dn: 0,
    minRest: ctx.minRest,
    owes: zeros,
    owed: zeros,
    away,
    busy,
    timeline: ctx.timeline,
    gap: new Float64Array(n),
    cls: new Int8Array(n),
    free: 0,
    relaxed: false,
  };
  // owedAhead per role for the current day.
  const ahead = new Map<string, Float64Array>();

  for (let i = 0; i < ctx.days.length; i++) {
    const day = ctx.days[i]!;
    const cat = day.category;
    const dn = facts.dn[i]!;
    const year = facts.year[i]!;
    busy.fill(0);
    away.fill(0);
    for (const a of ctx.keptOn.get(day.date)!) {
      const p = a.staffId === null ? undefined : ctx.indexOf.get(a.staffId);
      if (p === undefined) continue;
      busy[p] = 1;
      queueOf(a.role, dn);
      toBack(a.role, p);
    }
    const leaves = ctx.leaveOn.get(day.date)!;
    if (leaves.size) {
      for (const id of leaves.keys()) {
        const p = ctx.indexOf.get(id);
        if (p !== undefined) away[p] = 1;
      }
    }
    ahead.clear();
    const open = ctx.open.get(day.date)!;
    for (let k = 0; k < open.length; k++) {
      const { role, slot } = open[k]!;
      const pool = ctx.poolOf(role);
      const rem = remainingOf(year, role);
      let owed = ahead.get(role);
      if (!owed) ahead.set(role, (owed = owedAhead(ctx, facts, i, pool, role, rem, zeros, scratchOf(role))));
      const owes = rem.owes[cat];
      input.pool = pool;
      input.mean = rem.positive[cat] / (pool.length || 1);
      input.queue = queueOf(role, dn);
      input.dn = dn;
      input.owes = owes;
      input.owed = owed;
      const best = pick(input);
      if (input.relaxed) {
        const leave = pool.flatMap((p) => (away[p] ? [leaves.get(ctx.staff[p]!.id)!] : []));
        const onDuty = pool.filter((p) => busy[p]).length;
        const shortage = { pool: pool.length, leave, busy: onDuty, rest: input.free, relaxed: best >= 0 };
        warnings.push(describeShortage(day.date, role, ctx.roleName(role), shortage));
      }
      if (best >= 0) {
        busy[best] = 1;
        ctx.timeline.record(best, role, dn);
        toBack(role, best);
        if (owes[best]! > 0) rem.positive[cat]--;
        owes[best]!--;
        ctx.quotas.get(year)!.get(role)!.get(ctx.staff[best]!.id)![cat]--;
      }
      generated.push({ date: day.date, role, slot, staffId: best >= 0 ? ctx.staff[best]!.id : null, source: 'generated' });
    }
  }
  return { generated, warnings };
}
