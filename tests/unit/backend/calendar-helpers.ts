import path from 'node:path';
import Database from 'better-sqlite3';
import { ok, testBackend } from '../../db/helpers';
import { DB_FILE } from '../../../electron/backend/backend';
import type { Staff } from '../../../shared/staff/types';

/** A back end with the sample data loaded and 赵敏 chosen as operator (clock: 2026-11-30 09:00). */
export async function calendarBackend() {
  const t = testBackend();
  await ok(t.backend, 'system.loadSampleData');
  const staff = await ok<Staff[]>(t.backend, 'staff.list', {});
  await ok(t.backend, 'session.setOperator', { staffId: staff[0]!.id });
  return { ...t, operator: staff[0]! };
}

/** A second connection to the back end's data file, to look at rows directly or plant a fault. */
export function peek(dataDir: string): Database.Database {
  return new Database(path.join(dataDir, DB_FILE));
}

export function counts(dataDir: string): { years: number; days: number; periods: number; audit: number } {
  const db = peek(dataDir);
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const r = { years: n('calendar_years'), days: n('calendar_days'), periods: n('important_periods'), audit: n('audit_log') };
  db.close();
  return r;
}
