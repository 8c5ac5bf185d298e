import type { Db } from '../../../db/open';
import { listAssignments, listStaffAssignments } from '../../../db/repos/roster';
import { listLeave } from '../../../db/repos/roster-leave';
import { AppError } from '../../../shared/contract/errors';
import type { PersonDuties, RosterStats } from '../../../shared/contract/roster';
import { countDuties, countsByMonth, spreadByRole, zeroCounts, type DutyCounts } from '../../../shared/roster/index';
import { civil, weekdayZh } from '../../../shared/time/civil';
import { canServe, roleNameOf, rosterSetup } from './roster-config';
import { rangeCalendar } from './roster-days';
import { leaveViews } from './roster-leave';

/** Per person, per month and for the year: workday, weekend, holiday, leader and total duties. */
export function rosterStats(db: Db, year: number): RosterStats {
  const setup = rosterSetup(db);
  const from = civil(year, 1, 1);
  const to = civil(year, 12, 31);
  const rc = rangeCalendar(db, from, to);
  const rows = listAssignments(db, from, to);
  const byMonth = countsByMonth(rows, rc.categoryOf, setup.roleDefs);
  const yearCounts = countDuties(rows, rc.categoryOf, setup.roleDefs);
  const people = setup.staff
    .filter((s) => yearCounts[s.id] || (s.active && setup.roles.some((r) => canServe(r, s))))
    .map((s) => ({
      staffId: s.id,
      name: s.name,
      active: s.active,
      roles: setup.roles.filter((r) => canServe(r, s)).map((r) => r.name),
      months: Array.from({ length: 12 }, (_, i): DutyCounts => ({ ...(byMonth[`${year}-${String(i + 1).padStart(2, '0')}`]?.[s.id] ?? zeroCounts()) })),
      year: { ...(yearCounts[s.id] ?? zeroCounts()) },
    }));
  const spreads = spreadByRole(yearCounts, setup.rosterStaff, setup.roleDefs);
  return {
    year,
    people,
    spread: setup.roles.map((r) => ({ role: r.key, name: r.name, summary: spreads[r.key]! })),
  };
}

/** One person's duties of a year, with counts and leave. */
export function personDuties(db: Db, staffId: number, year: number): PersonDuties {
  const setup = rosterSetup(db);
  const person = setup.staffById.get(staffId);
  if (!person) throw new AppError('not_found', `找不到编号为 ${staffId} 的人员`, 'staffId');
  const from = civil(year, 1, 1);
  const to = civil(year, 12, 31);
  const rc = rangeCalendar(db, from, to);
  const rows = listStaffAssignments(db, staffId, from, to);
  return {
    staffId,
    name: person.name,
    phones: person.phones,
    year,
    duties: rows.map((a) => {
      const category = rc.categoryOf(a.date);
      return {
        date: a.date,
        weekday: weekdayZh(a.date),
        category,
        holidayName: category === 'holiday' ? (rc.cal.holidayName(a.date) ?? null) : null,
        role: a.role,
        roleName: roleNameOf(setup, a.role),
        source: a.source,
      };
    }),
    counts: countDuties(rows, rc.categoryOf, setup.roleDefs)[staffId] ?? zeroCounts(),
    leave: leaveViews(setup, listLeave(db, { from, to }).filter((l) => l.staffId === staffId)),
  };
}
