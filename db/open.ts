import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS, LATEST_VERSION, checkMigrationList, type Migration } from './migrations/index';

export type Db = Database.Database;

export type OpenOutcome =
  | { state: 'ok'; db: Db; migratedFrom: number; version: number }
  /** `problem` is for the operator (Chinese only); `detail` is SQLite's own text, for the log. */
  | { state: 'damaged' | 'newer_version' | 'unwritable'; problem: string; version: number; detail?: string };

export interface OpenOptions {
  file: string;
  migrationsDir: string;
  /** Path of a better-sqlite3 addon built for another runtime (Electron). */
  nativeBinding?: string;
  /** Called before pending migrations are applied to a file that already holds data. */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
  migrations?: readonly Migration[];
}

/**
 * `PRAGMA quick_check` for start-up: pages, b-trees, freelist, NOT NULL and STRICT types, but not the
 * CHECK expressions. Those are enforced by SQLite on every write, so re-evaluating them for every row
 * finds no damage the page checks miss, and it was two thirds of the time of opening a large file
 * (issue 10). The setting is restored before anything else runs on the connection.
 */
export function startupCheck(db: Db): unknown {
  db.pragma('ignore_check_constraints = ON');
  try {
    return db.pragma('quick_check', { simple: true });
  } finally {
    db.pragma('ignore_check_constraints = OFF');
  }
}

/** VACUUM after a migration freed much of the file. Only an optimisation: a failure (disk full) is ignored. */
function compactOnce(db: Db): void {
  try {
    const free = Number(db.pragma('freelist_count', { simple: true }));
    if (free > 256 && free > Number(db.pragma('page_count', { simple: true })) / 4) db.exec('VACUUM');
  } catch {
    // The data is intact; the next start-up tries again.
  }
}

/** Open the data file: pragmas, quick_check, version check, pending migrations in one transaction each. */
export function openDatabase(opts: OpenOptions): OpenOutcome {
  const migrations = opts.migrations ?? MIGRATIONS;
  checkMigrationList(migrations);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  let db: Db;
  try {
    db = new Database(opts.file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (e) {
    return { state: 'unwritable', problem: `无法打开数据文件 ${opts.file}：文件或文件夹无法读写，可能是权限不足、被其他程序占用或磁盘已满。`, version: 0, detail: (e as Error).message };
  }
  let version = 0;
  try {
    const check = startupCheck(db);
    if (check !== 'ok') {
      db.close();
      return { state: 'damaged', problem: '数据文件已损坏（完整性检查未通过）。', version: 0, detail: String(check) };
    }
    version = Number(db.pragma('user_version', { simple: true }));
    if (version <= latest) {
      // Only a file we will use gets its mode changed; a newer one is left byte-for-byte alone.
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    }
  } catch (e) {
    try {
      db.close();
    } catch {
      /* already unusable */
    }
    const msg = (e as Error).message;
    if (/readonly|read-only|unable to open|permission/i.test(msg)) {
      return { state: 'unwritable', problem: `数据文件夹不可写：${opts.file}`, version: 0, detail: msg };
    }
    return { state: 'damaged', problem: '数据文件已损坏或不是本程序的数据文件。', version: 0, detail: msg };
  }
  if (version > latest) {
    db.close();
    return {
      state: 'newer_version',
      problem: `此数据文件由更新版本的防汛值班台创建（数据版本 ${version}），当前程序只支持到版本 ${latest}。请升级程序，或从备份恢复。`,
      version,
    };
  }
  const pending = migrations.filter((m) => m.version > version);
  const from = version;
  if (pending.length > 0) {
    try {
      if (version > 0) opts.beforeMigrate?.(db, version);
      for (const m of pending) {
        const sql = fs.readFileSync(path.join(opts.migrationsDir, m.file), 'utf8');
        db.transaction(() => {
          db.exec(sql);
          db.pragma(`user_version = ${m.version}`);
        }).immediate();
        version = m.version;
      }
      // A migration that rebuilt a big table (0080) leaves its old pages free: give them back once,
      // or every later start-up's quick_check would still walk a file of the old size.
      compactOnce(db);
    } catch (e) {
      db.close();
      const msg = (e as Error).message;
      if (/readonly|read-only/i.test(msg)) return { state: 'unwritable', problem: '数据文件夹不可写，无法升级数据文件。', version, detail: msg };
      return { state: 'damaged', problem: '升级数据文件失败，数据未改动。', version, detail: msg };
    }
  }
  return { state: 'ok', db, migratedFrom: from, version };
}

export { LATEST_VERSION };

/** Look at a file without changing it: is it a usable database, and of which version? */
export function inspectDatabase(file: string, nativeBinding?: string): { ok: true; version: number } | { ok: false; problem: string } {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const check = startupCheck(db);
    if (check !== 'ok') return { ok: false, problem: '完整性检查未通过' };
    return { ok: true, version: Number(db.pragma('user_version', { simple: true })) };
  } catch {
    return { ok: false, problem: '不是有效的数据文件' };
  } finally {
    db?.close();
  }
}
