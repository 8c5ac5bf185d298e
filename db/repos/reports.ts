import type { Db } from '../open';
import type { DailyReportRecord } from '../../shared/contract/reports';

interface DailyRow {
  date: string;
  text: string;
  submitted_at: number;
  submitted_by_id: number | null;
  submitted_by_name: string;
}

function toRecord(r: DailyRow): DailyReportRecord {
  return { date: r.date, text: r.text, submittedAt: r.submitted_at, submittedByName: r.submitted_by_name };
}

export function getDailyReport(db: Db, date: string): DailyReportRecord | null {
  const r = db.prepare('SELECT * FROM daily_reports WHERE date = ?').get(date) as DailyRow | undefined;
  return r ? toRecord(r) : null;
}

export function insertDailyReport(db: Db, r: DailyReportRecord, byId: number | null): DailyReportRecord {
  db.prepare('INSERT INTO daily_reports (date, text, submitted_at, submitted_by_id, submitted_by_name) VALUES (?, ?, ?, ?, ?)').run(
    r.date,
    r.text,
    r.submittedAt,
    byId,
    r.submittedByName,
  );
  return getDailyReport(db, r.date)!;
}

/** Reports of dates in [from, to], by date. */
export function dailyReportsBetween(db: Db, from: string, to: string): DailyReportRecord[] {
  return (db.prepare('SELECT * FROM daily_reports WHERE date >= ? AND date <= ? ORDER BY date').all(from, to) as DailyRow[]).map(toRecord);
}

/** When the report of `date` was submitted, or null. */
export function dailyReportSubmittedAt(db: Db, date: string): number | null {
  const r = db.prepare('SELECT submitted_at FROM daily_reports WHERE date = ?').get(date) as { submitted_at: number } | undefined;
  return r?.submitted_at ?? null;
}
