import type { Db } from '../open';
import type { DayCategory } from '../../shared/roster/types';

/** A configured duty role as stored. Built-in roles take their people from the staff directory. */
export interface StoredRole {
  key: string;
  name: string;
  leader: boolean;
  builtin: boolean;
  followsPeriods: boolean;
  counts: Record<DayCategory, number>;
  /** People able to serve a custom role (empty for built-in roles). */
  staffIds: number[];
}

export type RoleData = Omit<StoredRole, 'key' | 'builtin'>;

interface Row {
  key: string;
  name: string;
  leader: number;
  builtin: number;
  follows_periods: number;
  count_workday: number;
  count_weekend: number;
  count_holiday: number;
}

export function listRoles(db: Db): StoredRole[] {
  const rows = db.prepare('SELECT * FROM roster_roles ORDER BY sort_order, key').all() as Row[];
  const members = db.prepare('SELECT role_key, staff_id FROM roster_role_staff ORDER BY staff_id').all() as { role_key: string; staff_id: number }[];
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    leader: r.leader === 1,
    builtin: r.builtin === 1,
    followsPeriods: r.follows_periods === 1,
    counts: { workday: r.count_workday, weekend: r.count_weekend, holiday: r.count_holiday },
    staffIds: members.filter((m) => m.role_key === r.key).map((m) => m.staff_id),
  }));
}

export function getRole(db: Db, key: string): StoredRole | null {
  return listRoles(db).find((r) => r.key === key) ?? null;
}

function setMembers(db: Db, key: string, staffIds: readonly number[]): void {
  db.prepare('DELETE FROM roster_role_staff WHERE role_key = ?').run(key);
  const add = db.prepare('INSERT OR IGNORE INTO roster_role_staff (role_key, staff_id) VALUES (?, ?)');
  for (const id of staffIds) add.run(key, id);
}

const params = (d: RoleData) => ({
  name: d.name,
  leader: d.leader ? 1 : 0,
  followsPeriods: d.followsPeriods ? 1 : 0,
  workday: d.counts.workday,
  weekend: d.counts.weekend,
  holiday: d.counts.holiday,
});

/** A new custom role at the end of the order, keyed `role<n>`. */
export function insertRole(db: Db, d: RoleData, now: number): StoredRole {
  const keys = new Set((db.prepare('SELECT key FROM roster_roles').all() as { key: string }[]).map((r) => r.key));
  let n = keys.size + 1;
  while (keys.has(`role${n}`)) n++;
  const key = `role${n}`;
  db.prepare(
    `INSERT INTO roster_roles (key, name, leader, builtin, follows_periods, count_workday, count_weekend, count_holiday, sort_order, updated_at)
     VALUES (@key, @name, @leader, 0, @followsPeriods, @workday, @weekend, @holiday,
             (SELECT coalesce(max(sort_order), 0) + 1 FROM roster_roles), @now)`,
  ).run({ ...params(d), key, now });
  setMembers(db, key, d.staffIds);
  return getRole(db, key)!;
}

/** Update a role; a built-in role keeps its leader flag and takes no member list. */
export function updateRole(db: Db, key: string, d: RoleData, now: number): StoredRole {
  db.prepare(
    `UPDATE roster_roles SET name = @name, leader = CASE builtin WHEN 1 THEN leader ELSE @leader END,
       follows_periods = @followsPeriods, count_workday = @workday, count_weekend = @weekend, count_holiday = @holiday,
       updated_at = @now WHERE key = @key`,
  ).run({ ...params(d), key, now });
  const role = getRole(db, key)!;
  setMembers(db, key, role.builtin ? [] : d.staffIds);
  return getRole(db, key)!;
}

export function deleteRole(db: Db, key: string): boolean {
  return db.prepare('DELETE FROM roster_roles WHERE key = ? AND builtin = 0').run(key).changes > 0;
}

export function readRosterSettingsRaw(db: Db): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM roster_settings').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export function writeRosterSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO roster_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
