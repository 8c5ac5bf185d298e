import path from 'node:path';
import Database from 'better-sqlite3';
import { ok, testBackend } from '../../db/helpers';
import { DB_FILE } from '../../../electron/backend/backend';
import type { Backend } from '../../../electron/backend/backend';
import type { RosterDay, RosterView } from '../../../shared/contract/roster';
import type { Staff } from '../../../shared/staff/types';
import { instantAt } from '../../../shared/time/civil';
import { manualClock } from '../../../shared/time/clock';

/**
 * A back end with the sample data (clock 2026-11-30 09:00: a roster for November and December 2026,
 * 赵敏 出差 2026-12-05 – 12-09) and 赵敏 as operator.
 */
export async function rosterBackend(now = instantAt('2026-11-30', '09:00')) {
  const t = testBackend(undefined, manualClock(now));
  await ok(t.backend, 'system.loadSampleData');
  const staff = await ok<Staff[]>(t.backend, 'staff.list', { includeInactive: true });
  const byName = (name: string) => staff.find((s) => s.name === name)!;
  await ok(t.backend, 'session.setOperator', { staffId: byName('赵敏').id });
  return { ...t, staff, byName };
}

/** A second connection to the back end's data file. */
export function peek(dataDir: string): Database.Database {
  return new Database(path.join(dataDir, DB_FILE));
}

export function tableCount(dataDir: string, table: string): number {
  const db = peek(dataDir);
  const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  db.close();
  return n;
}

export async function view(backend: Backend, from: string, to = from): Promise<RosterView> {
  return ok<RosterView>(backend, 'roster.view', { from, to });
}

export async function day(backend: Backend, date: string): Promise<RosterDay> {
  return (await view(backend, date)).days[0]!;
}

/** Names per role key on a day, joined with 、. */
export function names(d: RosterDay): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of d.slots) out[s.role] = out[s.role] ? `${out[s.role]}、${s.name || '（空缺）'}` : s.name || '（空缺）';
  return out;
}

export async function failure(backend: Backend, method: string, input: unknown) {
  const r = await backend.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error;
}
