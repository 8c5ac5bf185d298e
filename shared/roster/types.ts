import type { CivilDate } from '../time/civil';

/** A 调休 make-up working day is a 'workday'; a statutory day off (even on a weekday) is a 'holiday'. */
export type DayCategory = 'workday' | 'weekend' | 'holiday';

export const DAY_CATEGORIES: readonly DayCategory[] = ['workday', 'weekend', 'holiday'];

/** How many people a role needs on one duty day. */
export interface RoleSlot {
  role: string;
  count: number;
}

/** One duty day as the caller sees it (category from the holiday calendar, slots from the duty rules). */
export interface RosterDay {
  date: CivilDate;
  category: DayCategory;
  holidayName?: string;
  slots: RoleSlot[];
}

/** A configurable duty role (带班领导, 值班员, 值班长, 驾驶员 …). */
export interface RoleDef {
  key: string;
  name: string;
  /** Duties in a leader role are counted separately for fairness (带班 duty). */
  leader: boolean;
}

export const DEFAULT_ROLES: readonly RoleDef[] = [
  { key: 'leader', name: '带班领导', leader: true },
  { key: 'officer', name: '值班员', leader: false },
];

export interface RosterStaff {
  id: number;
  name: string;
  /** Role keys this person can serve. */
  roles: string[];
  active: boolean;
}

export type AssignmentSource = 'generated' | 'manual' | 'locked';

/** One materialised roster row: one person in one slot of one role on one duty day. */
export interface Assignment {
  date: CivilDate;
  role: string;
  /** 0-based index within the role's count for the day. */
  slot: number;
  staffId: number | null;
  source: AssignmentSource;
}

/** An entry of the leave register (请假/出差 …), both ends inclusive. */
export interface LeaveEntry {
  staffId: number;
  from: CivilDate;
  to: CivilDate;
  kind: '请假' | '出差' | (string & {});
}

/** Per-person duty counts. `leader` counts duties in leader roles; `total` is all duties. */
export interface DutyCounts {
  workday: number;
  weekend: number;
  holiday: number;
  leader: number;
  total: number;
}

export type CountKey = keyof DutyCounts;
export const COUNT_KEYS: readonly CountKey[] = ['workday', 'weekend', 'holiday', 'leader', 'total'];

/** Counts keyed by staff id. */
export type StaffCounts = Record<number, DutyCounts>;

export interface RosterWarning {
  date: CivilDate;
  role: string;
  message: string;
}

/**
 * The rest rule: between two duties of one person there are at least `minRestDays` whole days off.
 * A person on duty on the 1st (duty day 1st 08:30 – 2nd 08:30) with minRestDays = 2 is next
 * eligible on the 4th: diffDays(next, prev) − 1 ≥ minRestDays.
 */
export const DEFAULT_MIN_REST_DAYS = 2;

export function zeroCounts(): DutyCounts {
  return { workday: 0, weekend: 0, holiday: 0, leader: 0, total: 0 };
}
