import type { Db } from '../../../db/open';
import { listAssignments, type StoredAssignment } from '../../../db/repos/roster';
import { listLeave, type StoredLeave } from '../../../db/repos/roster-leave';
import type { RosterDay, RosterSlot, RosterView } from '../../../shared/contract/roster';
import { checkRoster } from '../../../shared/roster/index';
import { dateRange, weekdayZh, type CivilDate } from '../../../shared/time/civil';
import { rosterSetup, type RosterSetup } from './roster-config';
import { periodsOn, rangeCalendar, slotCount, type RangeCalendar } from './roster-days';
import { restWindow } from './roster-input';

function slotView(setup: RosterSetup, a: StoredAssignment): RosterSlot {
  const person = a.staffId === null ? undefined : setup.staffById.get(a.staffId);
  return {
    role: a.role,
    slot: a.slot,
    staffId: a.staffId,
    name: person?.name ?? (a.staffId === null ? '' : `编号${a.staffId}`),
    phones: person?.phones ?? [],
    source: a.source,
    reason: a.reason,
  };
}

/** Conflict messages per date for the rows of [from, to] (rows around it count for the rest rule). */
function conflictsByDate(setup: RosterSetup, rows: readonly StoredAssignment[], leave: readonly StoredLeave[]): Map<CivilDate, string[]> {
  const out = new Map<CivilDate, string[]>();
  const found = checkRoster({
    staff: setup.rosterStaff,
    roles: setup.roleDefs,
    leave: leave.map((l) => ({ staffId: l.staffId, from: l.from, to: l.to, kind: l.kind })),
    assignments: rows,
    minRestDays: setup.settings.minRestDays,
  });
  for (const c of found) {
    const list = out.get(c.date) ?? [];
    if (!list.includes(c.message)) list.push(c.message);
    out.set(c.date, list);
  }
  return out;
}

/** One day as the roster pages show it. */
export function dayView(
  setup: RosterSetup,
  rc: RangeCalendar,
  date: CivilDate,
  rows: readonly StoredAssignment[],
  leave: readonly StoredLeave[],
  conflicts: readonly string[],
): RosterDay {
  const dayType = rc.cal.dayType(date);
  const category = rc.categoryOf(date);
  return {
    date,
    weekday: weekdayZh(date),
    category,
    dayType,
    holidayName: rc.cal.holidayName(date) ?? null,
    periods: periodsOn(rc.cal, date),
    locked: rows.length > 0 && rows.every((a) => a.source === 'locked'),
    needs: setup.roles.map((r) => ({ role: r.key, count: slotCount(r, category, rc.cal.periods, date) })).filter((n) => n.count > 0),
    slots: rows.map((a) => slotView(setup, a)),
    conflicts: [...conflicts],
    away: leave.filter((l) => l.from <= date && date <= l.to).map((l) => `${setup.staffById.get(l.staffId)?.name ?? `编号${l.staffId}`}（${l.kind}）`),
  };
}

/** The stored roster of [from, to], day by day, with the calendar and each day's conflicts. */
export function rosterView(db: Db, from: CivilDate, to: CivilDate): RosterView {
  const setup = rosterSetup(db);
  const rc = rangeCalendar(db, from, to);
  const win = restWindow(from, to, setup.settings.minRestDays);
  const rows = listAssignments(db, win.from, win.to);
  const leave = listLeave(db, win);
  const conflicts = conflictsByDate(setup, rows, leave);
  const byDate = new Map<CivilDate, StoredAssignment[]>();
  for (const a of rows) {
    if (a.date < from || a.date > to) continue;
    const list = byDate.get(a.date) ?? [];
    list.push(a);
    byDate.set(a.date, list);
  }
  const years = new Set(dateRange(from, to).map((d) => Number(d.slice(0, 4))));
  return {
    from,
    to,
    roles: setup.roles.map((r) => ({ key: r.key, name: r.name, leader: r.leader })),
    days: dateRange(from, to).map((d) => dayView(setup, rc, d, byDate.get(d) ?? [], leave, conflicts.get(d) ?? [])),
    estimated: rc.cal.estimatedYears.some((y) => years.has(y)),
  };
}

/** One day of the roster (after an edit). */
export function rosterDay(db: Db, date: CivilDate): RosterDay {
  return rosterView(db, date, date).days[0]!;
}
