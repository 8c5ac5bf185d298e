import { isWeekend, type CivilDate } from '../time/civil';
import {
  COUNT_KEYS,
  zeroCounts,
  type Assignment,
  type CountKey,
  type DayCategory,
  type DutyCounts,
  type RoleDef,
  type RosterStaff,
  type StaffCounts,
} from './types';

export type CategoryOf = (date: CivilDate) => DayCategory;

/** A category lookup from known days; unknown dates fall back to weekend/workday by weekday. */
export function categoryLookup(days: readonly { date: CivilDate; category: DayCategory }[]): CategoryOf {
  const known = new Map(days.map((d) => [d.date, d.category]));
  return (date) => known.get(date) ?? (isWeekend(date) ? 'weekend' : 'workday');
}

export function addDuty(counts: DutyCounts, category: DayCategory, leader: boolean, n = 1): void {
  counts[category] += n;
  counts.total += n;
  if (leader) counts.leader += n;
}

export function addCounts(into: DutyCounts, more: DutyCounts): void {
  for (const k of COUNT_KEYS) into[k] += more[k];
}

function leaderKeys(roles: readonly RoleDef[]): Set<string> {
  return new Set(roles.filter((r) => r.leader).map((r) => r.key));
}

/** Per-person counts of the given (non-empty) assignments. */
export function countDuties(
  assignments: readonly Assignment[],
  categoryOf: CategoryOf,
  roles: readonly RoleDef[],
): StaffCounts {
  const leaders = leaderKeys(roles);
  const out: StaffCounts = {};
  for (const a of assignments) {
    if (a.staffId === null) continue;
    const c = (out[a.staffId] ??= zeroCounts());
    addDuty(c, categoryOf(a.date), leaders.has(a.role));
  }
  return out;
}

function countsByPeriod(
  assignments: readonly Assignment[],
  categoryOf: CategoryOf,
  roles: readonly RoleDef[],
  periodOf: (date: CivilDate) => string,
): Record<string, StaffCounts> {
  const groups = new Map<string, Assignment[]>();
  for (const a of assignments) {
    const key = periodOf(a.date);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const out: Record<string, StaffCounts> = {};
  for (const key of [...groups.keys()].sort()) out[key] = countDuties(groups.get(key)!, categoryOf, roles);
  return out;
}

/** Counts per month, keyed `YYYY-MM`. */
export function countsByMonth(
  assignments: readonly Assignment[],
  categoryOf: CategoryOf,
  roles: readonly RoleDef[],
): Record<string, StaffCounts> {
  return countsByPeriod(assignments, categoryOf, roles, (d) => d.slice(0, 7));
}

/** Counts per year, keyed `YYYY`. */
export function countsByYear(
  assignments: readonly Assignment[],
  categoryOf: CategoryOf,
  roles: readonly RoleDef[],
): Record<string, StaffCounts> {
  return countsByPeriod(assignments, categoryOf, roles, (d) => d.slice(0, 4));
}

export interface Spread {
  min: number;
  max: number;
  /** max − min */
  spread: number;
}

export type SpreadSummary = Record<CountKey, Spread>;

/** Spread of each count over the given people (people without duties count as zero). */
export function spreadOf(counts: StaffCounts, staffIds: readonly number[]): SpreadSummary {
  const out = {} as SpreadSummary;
  for (const k of COUNT_KEYS) {
    const values = staffIds.map((id) => counts[id]?.[k] ?? 0);
    const min = values.length ? Math.min(...values) : 0;
    const max = values.length ? Math.max(...values) : 0;
    out[k] = { min, max, spread: max - min };
  }
  return out;
}

/** Spread among the active people able to serve each role: the balance feedback per duty pool. */
export function spreadByRole(
  counts: StaffCounts,
  staff: readonly RosterStaff[],
  roles: readonly RoleDef[],
): Record<string, SpreadSummary> {
  const out: Record<string, SpreadSummary> = {};
  for (const r of roles) {
    const ids = staff.filter((s) => s.active && s.roles.includes(r.key)).map((s) => s.id);
    out[r.key] = spreadOf(counts, ids);
  }
  return out;
}
