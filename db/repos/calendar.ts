import type { Db } from '../open';
import type { CivilDate } from '../../shared/time/civil';
import type { StoredDay, YearBasis } from '../../shared/contract/calendar';

/** A year whose arrangement is stored here (imported notice or edited days). */
export interface StoredYear {
  year: number;
  basis: YearBasis;
  issued: CivilDate | null;
  updatedAt: number;
  /** Sorted by date. */
  days: StoredDay[];
}

interface YearRow {
  year: number;
  basis: YearBasis;
  issued: string | null;
  updated_at: number;
}

function daysOf(db: Db, year: number): StoredDay[] {
  return db.prepare('SELECT date, kind, name, source FROM calendar_days WHERE year = ? ORDER BY date').all(year) as StoredDay[];
}

export function getStoredYear(db: Db, year: number): StoredYear | null {
  const r = db.prepare('SELECT * FROM calendar_years WHERE year = ?').get(year) as YearRow | undefined;
  if (!r) return null;
  return { year: r.year, basis: r.basis, issued: r.issued, updatedAt: r.updated_at, days: daysOf(db, year) };
}

/** The stored years among those asked for, by year. */
export function getStoredYears(db: Db, years: readonly number[]): Map<number, StoredYear> {
  const out = new Map<number, StoredYear>();
  for (const y of new Set(years)) {
    const s = getStoredYear(db, y);
    if (s) out.set(y, s);
  }
  return out;
}

export function listStoredYearNumbers(db: Db): number[] {
  return (db.prepare('SELECT year FROM calendar_years ORDER BY year').all() as { year: number }[]).map((r) => r.year);
}

/** Replace a year's whole arrangement (its days and where it came from). */
export function replaceYear(db: Db, year: number, basis: YearBasis, issued: CivilDate | null, days: readonly StoredDay[], now: number): StoredYear {
  db.prepare(
    `INSERT INTO calendar_years (year, basis, issued, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(year) DO UPDATE SET basis = excluded.basis, issued = excluded.issued, updated_at = excluded.updated_at`,
  ).run(year, basis, issued, now);
  db.prepare('DELETE FROM calendar_days WHERE year = ?').run(year);
  const ins = db.prepare('INSERT INTO calendar_days (year, date, kind, name, source) VALUES (?, ?, ?, ?, ?)');
  for (const d of days) ins.run(year, d.date, d.kind, d.name, d.source);
  return getStoredYear(db, year)!;
}

/** Set one day of a stored year (the year must be stored already). */
export function upsertDay(db: Db, year: number, day: StoredDay, now: number): void {
  db.prepare(
    `INSERT INTO calendar_days (year, date, kind, name, source) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(year, date) DO UPDATE SET kind = excluded.kind, name = excluded.name, source = excluded.source`,
  ).run(year, day.date, day.kind, day.name, day.source);
  db.prepare('UPDATE calendar_years SET updated_at = ? WHERE year = ?').run(now, year);
}

/** Remove one day from a stored year: it becomes a plain weekday or weekend. */
export function deleteDay(db: Db, year: number, date: CivilDate, now: number): void {
  db.prepare('DELETE FROM calendar_days WHERE year = ? AND date = ?').run(year, date);
  db.prepare('UPDATE calendar_years SET updated_at = ? WHERE year = ?').run(now, year);
}

/** Forget a year's stored arrangement: it goes back to the shipped data or the estimate. */
export function deleteStoredYear(db: Db, year: number): boolean {
  return db.prepare('DELETE FROM calendar_years WHERE year = ?').run(year).changes > 0;
}
