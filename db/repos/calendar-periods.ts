import type { Db } from '../open';
import type { CivilDate } from '../../shared/time/civil';
import type { ImportantPeriod } from '../../shared/calendar/types';

/** An important period entered here (重要时段). */
export interface StoredPeriod extends Required<Omit<ImportantPeriod, 'id'>> {
  id: number;
  createdAt: number;
  updatedAt: number;
}

export type PeriodData = Omit<StoredPeriod, 'id' | 'createdAt' | 'updatedAt'>;

interface PeriodRow {
  id: number;
  name: string;
  date_from: string;
  date_to: string;
  kind: ImportantPeriod['kind'];
  zero_report: number;
  duty_officers: number;
  note: string;
  created_at: number;
  updated_at: number;
}

function toPeriod(r: PeriodRow): StoredPeriod {
  return {
    id: r.id,
    name: r.name,
    from: r.date_from,
    to: r.date_to,
    kind: r.kind,
    zeroReport: r.zero_report === 1,
    dutyOfficers: r.duty_officers,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const params = (p: PeriodData) => ({
  name: p.name,
  from: p.from,
  to: p.to,
  kind: p.kind,
  zeroReport: p.zeroReport ? 1 : 0,
  dutyOfficers: p.dutyOfficers,
  note: p.note,
});

/** Every stored period overlapping [from, to], by start date; all of them without a range. */
export function listPeriods(db: Db, range?: { from: CivilDate; to: CivilDate }): StoredPeriod[] {
  const rows = range
    ? db.prepare('SELECT * FROM important_periods WHERE date_from <= ? AND date_to >= ? ORDER BY date_from, id').all(range.to, range.from)
    : db.prepare('SELECT * FROM important_periods ORDER BY date_from, id').all();
  return (rows as PeriodRow[]).map(toPeriod);
}

export function getPeriod(db: Db, id: number): StoredPeriod | null {
  const r = db.prepare('SELECT * FROM important_periods WHERE id = ?').get(id) as PeriodRow | undefined;
  return r ? toPeriod(r) : null;
}

export function insertPeriod(db: Db, p: PeriodData, now: number): StoredPeriod {
  const info = db
    .prepare(
      `INSERT INTO important_periods (name, date_from, date_to, kind, zero_report, duty_officers, note, created_at, updated_at)
       VALUES (@name, @from, @to, @kind, @zeroReport, @dutyOfficers, @note, @now, @now)`,
    )
    .run({ ...params(p), now });
  return getPeriod(db, Number(info.lastInsertRowid))!;
}

export function updatePeriod(db: Db, id: number, p: PeriodData, now: number): StoredPeriod {
  db.prepare(
    `UPDATE important_periods SET name = @name, date_from = @from, date_to = @to, kind = @kind, zero_report = @zeroReport,
       duty_officers = @dutyOfficers, note = @note, updated_at = @now WHERE id = @id`,
  ).run({ ...params(p), now, id });
  return getPeriod(db, id)!;
}

export function deletePeriod(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM important_periods WHERE id = ?').run(id).changes > 0;
}

export function countPeriods(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM important_periods').get() as { n: number }).n;
}
