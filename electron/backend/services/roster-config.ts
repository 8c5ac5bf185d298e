import type { Db } from '../../../db/open';
import { listRoles, readRosterSettingsRaw, type StoredRole } from '../../../db/repos/roster-roles';
import { listStaff } from '../../../db/repos/staff';
import type { RosterConfig, RosterSettings } from '../../../shared/contract/roster';
import { DEFAULT_MIN_REST_DAYS, type RoleDef, type RosterStaff } from '../../../shared/roster/types';
import type { Staff } from '../../../shared/staff/types';

export const DEFAULT_ROSTER_SETTINGS: RosterSettings = { minRestDays: DEFAULT_MIN_REST_DAYS, preparer: '', reviewer: '' };

export function readRosterSettings(db: Db): RosterSettings {
  const raw = readRosterSettingsRaw(db);
  const rest = raw.minRestDays;
  return {
    minRestDays: typeof rest === 'number' && Number.isInteger(rest) && rest >= 0 ? rest : DEFAULT_ROSTER_SETTINGS.minRestDays,
    preparer: typeof raw.preparer === 'string' ? raw.preparer : '',
    reviewer: typeof raw.reviewer === 'string' ? raw.reviewer : '',
  };
}

/** Whether a person can serve a role: built-in roles from the staff directory, others from their member list. */
export function canServe(role: StoredRole, s: Staff): boolean {
  if (role.key === 'leader') return s.canLead;
  if (role.key === 'officer') return s.canDuty;
  return role.staffIds.includes(s.id);
}

/** What the roster needs about roles and people, read once per call. */
export interface RosterSetup {
  settings: RosterSettings;
  roles: StoredRole[];
  roleDefs: RoleDef[];
  /** Everybody, active or not, in rotation order (the staff directory's order). */
  staff: Staff[];
  staffById: Map<number, Staff>;
  rosterStaff: RosterStaff[];
}

export function rosterSetup(db: Db): RosterSetup {
  const roles = listRoles(db);
  const staff = listStaff(db, true);
  return {
    settings: readRosterSettings(db),
    roles,
    roleDefs: roles.map((r) => ({ key: r.key, name: r.name, leader: r.leader })),
    staff,
    staffById: new Map(staff.map((s) => [s.id, s])),
    rosterStaff: staff.map((s) => ({ id: s.id, name: s.name, active: s.active, roles: roles.filter((r) => canServe(r, s)).map((r) => r.key) })),
  };
}

export function rosterConfig(db: Db): RosterConfig {
  const setup = rosterSetup(db);
  return {
    settings: setup.settings,
    roles: setup.roles.map((r) => ({ ...r, eligible: setup.staff.filter((s) => s.active && canServe(r, s)).length })),
  };
}

export function roleNameOf(setup: RosterSetup, key: string): string {
  return setup.roles.find((r) => r.key === key)?.name ?? key;
}

export function staffName(setup: RosterSetup, id: number | null): string {
  if (id === null) return '';
  return setup.staffById.get(id)?.name ?? `编号${id}`;
}
