import type { Db } from '../open';
import type { Assignment, AssignmentSource } from '../../shared/roster/types';
import type { CivilDate } from '../../shared/time/civil';

/** A stored roster row: the domain's assignment plus why it was last set by hand. */
export interface StoredAssignment extends Assignment {
  reason: string;
  updatedAt: number;
}

interface Row {
  date: string;
  role: string;
  slot: number;
  staff_id: number | null;
  source: AssignmentSource;
  reason: string;
  updated_at: number;
}

const toAssignment = (r: Row): StoredAssignment => ({
  date: r.date,
  role: r.role,
  slot: r.slot,
  staffId: r.staff_id,
  source: r.source,
  reason: r.reason,
  updatedAt: r.updated_at,
});

/** Rows with from ≤ date ≤ to, by date, role order and slot. */
export function listAssignments(db: Db, from: CivilDate, to: CivilDate): StoredAssignment[] {
  const rows = db
    .prepare(
      `SELECT a.* FROM roster_assignments a JOIN roster_roles r ON r.key = a.role
       WHERE a.date BETWEEN ? AND ? ORDER BY a.date, r.sort_order, a.slot`,
    )
    .all(from, to) as Row[];
  return rows.map(toAssignment);
}

/** One person's rows with from ≤ date ≤ to. */
export function listStaffAssignments(db: Db, staffId: number, from: CivilDate, to: CivilDate): StoredAssignment[] {
  const rows = db
    .prepare(
      `SELECT a.* FROM roster_assignments a JOIN roster_roles r ON r.key = a.role
       WHERE a.staff_id = ? AND a.date BETWEEN ? AND ? ORDER BY a.date, r.sort_order, a.slot`,
    )
    .all(staffId, from, to) as Row[];
  return rows.map(toAssignment);
}

export function getAssignment(db: Db, date: CivilDate, role: string, slot: number): StoredAssignment | null {
  const r = db.prepare('SELECT * FROM roster_assignments WHERE date = ? AND role = ? AND slot = ?').get(date, role, slot) as Row | undefined;
  return r ? toAssignment(r) : null;
}

/** Insert or replace one row. */
export function putAssignment(db: Db, a: Assignment & { reason?: string }, now: number): void {
  db.prepare(
    `INSERT INTO roster_assignments (date, role, slot, staff_id, source, reason, updated_at)
     VALUES (@date, @role, @slot, @staffId, @source, @reason, @now)
     ON CONFLICT (date, role, slot) DO UPDATE SET staff_id = excluded.staff_id, source = excluded.source,
       reason = excluded.reason, updated_at = excluded.updated_at`,
  ).run({ date: a.date, role: a.role, slot: a.slot, staffId: a.staffId, source: a.source, reason: a.reason ?? '', now });
}

/**
 * Replace the generated rows of [from, to] by the given ones. Manual and locked rows, and every row of
 * the `keep` days, are left alone.
 */
export function replaceGenerated(
  db: Db,
  from: CivilDate,
  to: CivilDate,
  rows: readonly Assignment[],
  now: number,
  keep: ReadonlySet<CivilDate> = new Set(),
): void {
  // One statement for the range (a regenerated year used to run one DELETE per date).
  db.prepare(
    `DELETE FROM roster_assignments WHERE date BETWEEN ? AND ? AND source = 'generated'
     AND date NOT IN (SELECT value FROM json_each(?))`,
  ).run(from, to, JSON.stringify([...keep]));
  // Many rows per statement: a year of two roles is some 800 rows, and each statement run costs more than its row.
  const generated = rows.filter((a) => a.source === 'generated');
  // Full batches, then the rest in power-of-two parts, so that only a few statements are ever prepared.
  for (let k = 0; k < generated.length; ) {
    const left = generated.length - k;
    const n = left >= INSERT_BATCH ? INSERT_BATCH : 2 ** Math.floor(Math.log2(left));
    const params: unknown[] = [];
    for (let j = k; j < k + n; j++) {
      const a = generated[j]!;
      params.push(a.date, a.role, a.slot, a.staffId, now);
    }
    insertOf(db, n).run(params);
    k += n;
  }
}

/** The multi-row INSERT statements per data file and row count, prepared once each (preparing 100 rows' worth is not free). */
const insertStatements = new WeakMap<Db, Map<number, ReturnType<Db['prepare']>>>();

function insertOf(db: Db, n: number): ReturnType<Db['prepare']> {
  let perDb = insertStatements.get(db);
  if (!perDb) insertStatements.set(db, (perDb = new Map()));
  let st = perDb.get(n);
  if (!st) {
    st = db.prepare(
      `INSERT INTO roster_assignments (date, role, slot, staff_id, source, reason, updated_at)
       VALUES ${Array.from({ length: n }, () => "(?, ?, ?, ?, 'generated', '', ?)").join(', ')}`,
    );
    perDb.set(n, st);
  }
  return st;
}

/** Rows per INSERT in replaceGenerated (5 parameters each; far below SQLite's limit of 32,766). */
const INSERT_BATCH = 100;

/** Set the source of every row of a day (lock: 'locked'; unlock: 'manual'). Returns how many rows. */
export function setDaySource(db: Db, date: CivilDate, source: AssignmentSource, now: number): number {
  return db.prepare('UPDATE roster_assignments SET source = ?, updated_at = ? WHERE date = ?').run(source, now, date).changes;
}

export function countAssignmentsOfRole(db: Db, role: string): number {
  return (db.prepare('SELECT count(*) AS n FROM roster_assignments WHERE role = ?').get(role) as { n: number }).n;
}
