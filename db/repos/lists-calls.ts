import type { Db } from '../open';
import type { CallResult, PhoneCall } from '../../shared/lists/types';

interface CallRow {
  id: number;
  person_id: number;
  lineage: number;
  at: number;
  phone: string;
  result: CallResult;
  note: string;
  operator_name: string;
}
const toCall = (r: CallRow): PhoneCall & { phone: string } => ({
  id: r.id,
  personId: r.person_id,
  lineage: r.lineage,
  at: r.at,
  phone: r.phone,
  result: r.result,
  note: r.note,
  operatorName: r.operator_name,
});

export function insertCall(db: Db, c: { personId: number; lineage: number; year: number; at: number; phone: string; result: CallResult; note: string; operatorName: string }): PhoneCall & { phone: string } {
  const info = db
    .prepare('INSERT INTO list_calls (person_id, lineage, year, at, phone, result, note, operator_name) VALUES (@personId, @lineage, @year, @at, @phone, @result, @note, @operatorName)')
    .run(c);
  return toCall(db.prepare('SELECT * FROM list_calls WHERE id = ?').get(Number(info.lastInsertRowid)) as CallRow);
}

/** A person's calls across years (by lineage), newest first. */
export function callsOf(db: Db, lineage: number, limit = 50): (PhoneCall & { phone: string })[] {
  return (db.prepare('SELECT * FROM list_calls WHERE lineage = ? ORDER BY at DESC, id DESC LIMIT ?').all(lineage, limit) as CallRow[]).map(toCall);
}

/** The latest call per lineage, for every person that has one. */
export function lastCalls(db: Db): Map<number, PhoneCall & { phone: string }> {
  const rows = db
    .prepare('SELECT c.* FROM list_calls c JOIN (SELECT lineage, max(id) AS id FROM list_calls GROUP BY lineage) l ON l.id = c.id')
    .all() as CallRow[];
  return new Map(rows.map((r) => [r.lineage, toCall(r)]));
}

/** Calls made in a year's list, newest first. */
export function recentCalls(db: Db, year: number, limit: number): (PhoneCall & { phone: string })[] {
  return (db.prepare('SELECT * FROM list_calls WHERE year = ? ORDER BY at DESC, id DESC LIMIT ?').all(year, limit) as CallRow[]).map(toCall);
}
