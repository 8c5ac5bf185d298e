import type { Db } from '../../../db/open';
import { listAssignments } from '../../../db/repos/roster';
import type { CivilDate } from '../../../shared/time/civil';
import { rosterSetup } from './roster-config';

export interface DutyPerson {
  staffId: number;
  name: string;
  phones: string[];
}

/** Who is on duty on a duty day: the stable interface the dashboard, daily report and notices read. */
export interface DutyOfDay {
  date: CivilDate;
  leader: DutyPerson | null;
  officers: DutyPerson[];
  /** Other configured roles (e.g. 驾驶员), by role name. */
  others: { role: string; people: DutyPerson[] }[];
  /** False when no roster has been made for that day yet. */
  rostered: boolean;
}

/**
 * The duty of one day from the stored roster: the 带班领导 (first filled slot of the built-in leader
 * role), the 值班员 in slot order, and the other roles that have someone that day. A day is rostered
 * once it has any stored row, even one the generator could not fill.
 */
export function dutyOfDay(db: Db, date: CivilDate): DutyOfDay {
  const rows = listAssignments(db, date, date);
  if (rows.length === 0) return { date, leader: null, officers: [], others: [], rostered: false };
  const setup = rosterSetup(db);
  const people = (role: string): DutyPerson[] =>
    rows.flatMap((a) => {
      const s = a.role === role && a.staffId !== null ? setup.staffById.get(a.staffId) : undefined;
      return s ? [{ staffId: s.id, name: s.name, phones: s.phones }] : [];
    });
  const others = setup.roles
    .filter((r) => r.key !== 'leader' && r.key !== 'officer')
    .map((r) => ({ role: r.name, people: people(r.key) }))
    .filter((o) => o.people.length > 0);
  return { date, leader: people('leader')[0] ?? null, officers: people('officer'), others, rostered: true };
}
