import { dayNumber, type CivilDate } from '../time/civil';
import { addDuty, categoryLookup } from './fairness';
import { fillDays, type OpenSlot } from './fill';
import { isSorted } from './order';
import { planQuotas, rotationShares, type PlanRole, type Quota } from './plan';
import { repairToPlan } from './repair';
import { DutyTimeline, lastIn, leaveIndex } from './state';
import {
  DEFAULT_MIN_REST_DAYS,
  zeroCounts,
  type Assignment,
  type DayCategory,
  type LeaveEntry,
  type RoleDef,
  type RoleSlot,
  type RosterDay,
  type RosterStaff,
  type RosterWarning,
  type StaffCounts,
} from './types';

export interface GenerateInput {
  days: readonly RosterDay[];
  roles: readonly RoleDef[];
  /** In rotation order (排班顺序): the order breaks the last ties. */
  staff: readonly RosterStaff[];
  leave: readonly LeaveEntry[];
  /**
   * Stored rows: history before the range (rotation, rest rule, counts), rows in the range ('manual'
   * and 'locked' ones are kept and counted, 'generated' ones are replaced) and rows after it (rest rule).
   */
  existing: readonly Assignment[];
  /** Whole days off required between two duties of one person (default 2); see DEFAULT_MIN_REST_DAYS. */
  minRestDays?: number;
  /**
   * Counts for the year of the first day, covering every duty of that year before the range. When
   * given, history rows are used for rotation and rest only; when omitted, history rows of that year
   * are counted, their categories taken from `days` or else from the weekday.
   */
  yearCounts?: StaffCounts;
}

export interface GenerateResult {
  /** The range only, sorted by date, role order and slot; kept manual/locked rows included. */
  assignments: Assignment[];
  warnings: RosterWarning[];
  /** Year-to-date counts at the end of the range, for the year of its last day. */
  counts: StaffCounts;
}

const cmp = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
const yearOf = (date: CivilDate) => date.slice(0, 4);

/**
 * Fill every open slot of the range.
 *
 * 1. Plan (per year of the range): how many workday, weekend and holiday duties each person of each
 *    role pool gets so that the year-to-date counts end the range level (planQuotas).
 * 2. Fill the days in date order (fillDays): among people able to serve, active, not on leave, not
 *    already on duty that day and rested, pick one who still owes a duty of the day's category,
 *    preferring whoever is behind the plan, then the least recently on duty in this role (so the
 *    rotation continues from the history: 接着上月最后一人), then staff order. With nobody rested,
 *    relax the rest rule (longest rest first) and warn; with nobody at all, leave the slot empty and warn.
 * 3. Repair: where someone ended up short of the plan because the right person was resting or away,
 *    move or swap duties where every rule still holds (repairToPlan).
 */
export function generateRoster(input: GenerateInput): GenerateResult {
  const minRest = input.minRestDays ?? DEFAULT_MIN_REST_DAYS;
  const byDate = (a: RosterDay, b: RosterDay) => cmp(a.date, b.date);
  const days = isSorted(input.days, byDate) ? input.days : [...input.days].sort(byDate);
  const dates = days.map((d) => d.date);
  const inRange = new Set(dates);
  if (inRange.size !== dates.length) throw new RangeError('排班日期有重复');
  const roleIndex = new Map(input.roles.map((r, i) => [r.key, i]));
  const roleRank = (a: string, b: string) => (roleIndex.get(a) ?? 1e9) - (roleIndex.get(b) ?? 1e9) || cmp(a, b);
  const roleDef = (key: string): RoleDef => input.roles.find((r) => r.key === key) ?? { key, name: key, leader: false };
  const leaderRoles = new Set(input.roles.filter((r) => r.leader).map((r) => r.key));
  const categoryOf = categoryLookup(days);
  const indexOf = new Map<number, number>();
  input.staff.forEach((s, i) => indexOf.set(s.id, indexOf.get(s.id) ?? i));
  const pools = new Map<string, number[]>();
  const poolOf = (role: string) => {
    let p = pools.get(role);
    if (!p) {
      p = input.staff.flatMap((s, i) => (s.active && s.roles.includes(role) && indexOf.get(s.id) === i ? [i] : []));
      pools.set(role, p);
    }
    return p;
  };

  const kept = input.existing.filter((a) => inRange.has(a.date) && a.source !== 'generated');
  const outside = input.existing.filter((a) => !inRange.has(a.date));
  const keptOn = new Map<CivilDate, Assignment[]>(dates.map((d) => [d, []]));
  for (const a of kept) keptOn.get(a.date)!.push(a);
  const timeline = new DutyTimeline([...outside, ...kept], input.staff.length, indexOf);
  const leaveOn = leaveIndex(input.leave, dates);

  const byRole = (a: RoleSlot, b: RoleSlot) => roleRank(a.role, b.role);
  const open = new Map<CivilDate, OpenSlot[]>();
  for (const day of days) {
    const keptToday = keptOn.get(day.date)!;
    // Most days keep nothing and list their roles in order already: no set, no sorted copy.
    const taken = keptToday.length ? new Set(keptToday.map((a) => `${a.role}#${a.slot}`)) : undefined;
    const slots = isSorted(day.slots, byRole) ? day.slots : [...day.slots].sort(byRole);
    const list: OpenSlot[] = [];
    for (const { role, count } of slots) {
      for (let slot = 0; slot < count; slot++) if (!taken?.has(`${role}#${slot}`)) list.push({ role, slot });
    }
    open.set(day.date, list);
  }

  // 1. Plan, per year of the range: duties still to do, per role → person → category.
  const baseCounts = startCounts(input, dates, kept, outside, categoryOf, leaderRoles);
  const quotas = new Map<string, Map<string, Map<number, Quota>>>();
  for (const [year, base] of baseCounts) {
    const yearDays = days.filter((d) => yearOf(d.date) === year);
    const startDn = dayNumber(yearDays[0]!.date);
    const plan = new Map<string, PlanRole>();
    // Indexed loops here and below: they go over every slot, in code that runs once per generation.
    for (let d = 0; d < yearDays.length; d++) {
      const day = yearDays[d]!;
      const slots = open.get(day.date)!;
      for (let k = 0; k < slots.length; k++) {
        const { role } = slots[k]!;
        let r = plan.get(role);
        if (!r) {
          // Ties go to the least recently on duty in the role, so the rotation continues.
          const track = timeline.role(role);
          const pool = [...poolOf(role)].sort((a, b) => cmp(lastIn(track, a, startDn), lastIn(track, b, startDn)));
          const ids = pool.map((i) => input.staff[i]!.id);
          r = { role, leader: roleDef(role).leader, pool: ids, slots: { workday: 0, weekend: 0, holiday: 0 } };
          plan.set(role, r);
        }
        r.slots[day.category]++;
      }
    }
    const shares = rotationShares(
      yearDays,
      (date) => open.get(date)!.map((o) => o.role),
      new Map([...plan].map(([role, r]) => [role, r.pool])),
      (id, date) => leaveOn.get(date)!.has(id),
    );
    for (const r of plan.values()) r.rotation = shares.get(r.role);
    quotas.set(year, planQuotas(base, [...plan.values()]));
  }

  // 2. Fill.
  const { generated, warnings } = fillDays({
    days,
    minRest,
    open,
    keptOn,
    leaveOn,
    staff: input.staff,
    indexOf,
    timeline,
    poolOf,
    quotas,
    roleName: (role) => roleDef(role).name,
  });

  // 3. Repair, year by year.
  for (const [year, byRole] of quotas) {
    repairToPlan(
      generated.filter((a) => yearOf(a.date) === year),
      byRole,
      {
        minRest,
        categoryOf,
        onLeave: (id, date) => leaveOn.get(date)?.has(id) ?? false,
        duties: [...outside, ...kept, ...generated],
      },
    );
  }

  const lastYear = dates.length ? yearOf(dates[dates.length - 1]!) : undefined;
  const counts = lastYear ? baseCounts.get(lastYear)! : {};
  for (let k = 0; k < generated.length; k++) {
    const a = generated[k]!;
    if (a.staffId !== null && yearOf(a.date) === lastYear) {
      addDuty((counts[a.staffId] ??= zeroCounts()), categoryOf(a.date), leaderRoles.has(a.role));
    }
  }
  const byRow = (a: Assignment, b: Assignment) => cmp(a.date, b.date) || roleRank(a.role, b.role) || a.slot - b.slot;
  const assignments = [...kept, ...generated];
  if (!isSorted(assignments, byRow)) assignments.sort(byRow);
  return { assignments, warnings, counts };
}

/** Year-to-date counts at the start of the range, kept rows in the range included, per year of the range. */
function startCounts(
  input: GenerateInput,
  dates: readonly CivilDate[],
  kept: readonly Assignment[],
  outside: readonly Assignment[],
  categoryOf: (date: CivilDate) => DayCategory,
  leaderRoles: ReadonlySet<string>,
): Map<string, StaffCounts> {
  const first = dates[0] ?? '';
  const out = new Map<string, StaffCounts>();
  for (const year of new Set(dates.map(yearOf))) {
    const base: StaffCounts = {};
    const carried = year === yearOf(first) ? input.yearCounts : undefined;
    if (carried) for (const [id, c] of Object.entries(carried)) base[Number(id)] = { ...c };
    const history = carried ? [] : outside.filter((a) => a.date < first && yearOf(a.date) === year);
    for (const a of [...history, ...kept.filter((k) => yearOf(k.date) === year)]) {
      if (a.staffId !== null) addDuty((base[a.staffId] ??= zeroCounts()), categoryOf(a.date), leaderRoles.has(a.role));
    }
    out.set(year, base);
  }
  return out;
}
