import type { Db } from '../open';
import type { CivilDate } from '../../shared/time/civil';

/** An entry of the 请假/出差 register, both ends inclusive. */
export interface StoredLeave {
  id: number;
  staffId: number;
  from: CivilDate;
  to: CivilDate;
  kind: string;
  note: string;
  createdAt: number;
  updatedAt: number;
}

export type LeaveData = Pick<StoredLeave, 'staffId' | 'from' | 'to' | 'kind' | 'note'>;

interface Row {
  id: number;
  staff_id: number;
  date_from: string;
  date_to: string;
  kind: string;
  note: string;
  created_at: number;
  updated_at: number;
}

const toLeave = (r: Row): StoredLeave => ({
  id: r.id,
  staffId: r.staff_id,
  from: r.date_from,
  to: r.date_to,
  kind: r.kind,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Entries overlapping [from, to] (all without a range), latest first. */
export function listLeave(db: Db, range?: { from: CivilDate; to: CivilDate }): StoredLeave[] {
  const rows = range
    ? db.prepare('SELECT * FROM roster_leave WHERE date_from <= ? AND date_to >= ? ORDER BY date_from DESC, id DESC').all(range.to, range.from)
    : db.prepare('SELECT * FROM roster_leave ORDER BY date_from DESC, id DESC').all();
  return (rows as Row[]).map(toLeave);
}

export function getLeave(db: Db, id: number): StoredLeave | null {
  const r = db.prepare('SELECT * FROM roster_leave WHERE id = ?').get(id) as Row | undefined;
  return r ? toLeave(r) : null;
}

export function insertLeave(db: Db, d: LeaveData, now: number): StoredLeave {
  const info = db
    .prepare(
      `INSERT INTO roster_leave (staff_id, date_from, date_to, kind, note, created_at, updated_at)
       VALUES (@staffId, @from, @to, @kind, @note, @now, @now)`,
    )
    .run({ ...d, now });
  return getLeave(db, Number(info.lastInsertRowid))!;
}

export function updateLeave(db: Db, id: number, d: LeaveData, now: number): StoredLeave {
  db.prepare(
    `UPDATE roster_leave SET staff_id = @staffId, date_from = @from, date_to = @to, kind = @kind, note = @note,
       updated_at = @now WHERE id = @id`,
  ).run({ ...d, now, id });
  return getLeave(db, id)!;
}

export function deleteLeave(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM roster_leave WHERE id = ?').run(id).changes > 0;
}
