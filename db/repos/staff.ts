import type { Db } from '../open';
import type { Staff } from '../../shared/staff/types';

interface StaffRow {
  id: number;
  name: string;
  unit: string;
  position: string;
  phones: string;
  can_lead: number;
  can_duty: number;
  active: number;
  note: string;
  created_at: number;
  updated_at: number;
}

function toStaff(r: StaffRow): Staff {
  return {
    id: r.id,
    name: r.name,
    unit: r.unit,
    position: r.position,
    phones: JSON.parse(r.phones) as string[],
    canLead: r.can_lead === 1,
    canDuty: r.can_duty === 1,
    active: r.active === 1,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export type StaffData = Pick<Staff, 'name' | 'unit' | 'position' | 'phones' | 'canLead' | 'canDuty' | 'note'>;

export function listStaff(db: Db, includeInactive: boolean): Staff[] {
  const sql = includeInactive
    ? 'SELECT * FROM staff ORDER BY active DESC, sort_order, id'
    : 'SELECT * FROM staff WHERE active = 1 ORDER BY sort_order, id';
  return (db.prepare(sql).all() as StaffRow[]).map(toStaff);
}

export function getStaff(db: Db, id: number): Staff | null {
  const r = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  return r ? toStaff(r) : null;
}

export function countStaff(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n;
}

export function insertStaff(db: Db, s: StaffData, now: number): Staff {
  const info = db
    .prepare(
      `INSERT INTO staff (name, unit, position, phones, can_lead, can_duty, note, sort_order, created_at, updated_at)
       VALUES (@name, @unit, @position, @phones, @canLead, @canDuty, @note,
               (SELECT coalesce(max(sort_order), 0) + 1 FROM staff), @now, @now)`,
    )
    .run({ ...s, phones: JSON.stringify(s.phones), canLead: s.canLead ? 1 : 0, canDuty: s.canDuty ? 1 : 0, now });
  return getStaff(db, Number(info.lastInsertRowid))!;
}

export function updateStaff(db: Db, id: number, s: StaffData, now: number): Staff {
  db.prepare(
    `UPDATE staff SET name=@name, unit=@unit, position=@position, phones=@phones, can_lead=@canLead,
       can_duty=@canDuty, note=@note, updated_at=@now WHERE id=@id`,
  ).run({ ...s, id, phones: JSON.stringify(s.phones), canLead: s.canLead ? 1 : 0, canDuty: s.canDuty ? 1 : 0, now });
  return getStaff(db, id)!;
}

export function setStaffActive(db: Db, id: number, active: boolean, now: number): Staff {
  db.prepare('UPDATE staff SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, now, id);
  return getStaff(db, id)!;
}
