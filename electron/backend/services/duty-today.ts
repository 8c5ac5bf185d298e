import type { Db } from '../../../db/open';
import type { CivilDate } from '../../../shared/time/civil';

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
 * The duty of one day. Until the roster area stores assignments, no day is rostered;
 * the roster area replaces this body (keeping the signature) to read its assignments.
 */
export function dutyOfDay(_db: Db, date: CivilDate): DutyOfDay {
  return { date, leader: null, officers: [], others: [], rostered: false };
}
