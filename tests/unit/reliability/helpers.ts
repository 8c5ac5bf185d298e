import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend, DB_FILE, type Backend } from '../../../electron/backend/backend';
import { manualClock } from '../../../shared/time/clock';
import { instantAt } from '../../../shared/time/civil';

export const MIGRATIONS_DIR = path.resolve('db/migrations');
export const NOW = instantAt('2026-11-30', '10:00');

export function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `fdd-rel-${tag}-`));
}

export function openBackend(dataDir: string): Backend {
  return createBackend({ dataDir, clock: manualClock(NOW), migrationsDir: MIGRATIONS_DIR, appVersion: 'reliability' });
}

/** Call and unwrap. */
export async function ok<T = unknown>(backend: Backend, method: string, input: unknown = {}): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** A data folder with the sample data, 赵敏 as operator and today's daily backup already made. */
export async function sampleDataDir(tag: string): Promise<string> {
  const dir = tempDir(tag);
  const backend = openBackend(dir);
  await ok(backend, 'system.loadSampleData');
  backend.dailyDuties();
  backend.close();
  return dir;
}

export function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** sha256 of every file in a folder (recursively), by relative path. */
export function folderHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out[path.relative(dir, full)] = sha(full);
  }
  return out;
}

export function dbPath(dataDir: string): string {
  return path.join(dataDir, DB_FILE);
}

/** Row counts that tell whether a change is there: persons, regions, roster, audit, … */
export interface Counts {
  persons: number;
  regions: number;
  roster2027: number;
  audit: number;
  staff: number;
}

export function counts(dataDir: string): Counts {
  const db = new Database(dbPath(dataDir), { readonly: true, fileMustExist: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      persons: n('SELECT count(*) AS n FROM list_persons'),
      regions: n('SELECT count(*) AS n FROM list_regions'),
      roster2027: n("SELECT count(*) AS n FROM roster_assignments WHERE date BETWEEN '2027-01-01' AND '2027-12-31'"),
      audit: n('SELECT count(*) AS n FROM audit_log'),
      staff: n('SELECT count(*) AS n FROM staff'),
    };
  } finally {
    db.close();
  }
}

/** PRAGMA quick_check on a read-write connection (which also replays a WAL left by a crash). */
export function quickCheck(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return String(db.pragma('quick_check', { simple: true }));
  } finally {
    db.close();
  }
}

export function memory(): { heap: number; rss: number } {
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

export const MB = 1024 * 1024;
