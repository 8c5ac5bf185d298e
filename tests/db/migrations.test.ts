import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { checkMigrationList, LATEST_VERSION, MIGRATIONS } from '../../db/migrations/index';
import { MIGRATIONS_DIR, tempDir } from './helpers';

describe('openDatabase', () => {
  it('creates a new file at the latest version with WAL and foreign keys', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const r = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    expect(r.state).toBe('ok');
    if (r.state !== 'ok') return;
    expect(r.version).toBe(LATEST_VERSION);
    expect(r.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(r.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(r.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = (r.db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['settings', 'staff', 'audit_log']));
    r.db.close();
  });

  it('leaves CHECK constraints enforced after the start-up check skipped evaluating them', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const first = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    if (first.state === 'ok') first.db.close();
    const again = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    if (again.state !== 'ok') throw new Error(again.state);
    expect(again.db.pragma('ignore_check_constraints', { simple: true })).toBe(0);
    expect(() =>
      again.db.prepare("INSERT INTO reminder_rules (id, kind, name, time, enabled, updated_at) VALUES ('x', 'custom', 'x', '09:00', 7, 0)").run(),
    ).toThrow(/CHECK constraint failed/);
    again.db.close();
  });

  it('reopens without migrating again', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const first = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    if (first.state === 'ok') first.db.close();
    let called = false;
    const again = openDatabase({ file, migrationsDir: MIGRATIONS_DIR, beforeMigrate: () => (called = true) });
    expect(again.state).toBe('ok');
    expect(called).toBe(false);
    if (again.state === 'ok') expect(again.migratedFrom).toBe(LATEST_VERSION);
    if (again.state === 'ok') again.db.close();
  });

  it('refuses a file from a newer version with a clear message and leaves it alone', () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const d = new Database(file);
    d.pragma(`user_version = ${LATEST_VERSION + 100}`);
    d.close();
    const before = fs.readFileSync(file);
    const r = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    expect(r.state).toBe('newer_version');
    if (r.state !== 'ok') expect(r.problem).toContain('更新版本');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a garbage file as damaged without touching it', () => {
    const file = path.join(tempDir(), 'junk.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    const before = fs.readFileSync(file);
    const r = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    expect(r.state).toBe('damaged');
    if (r.state !== 'ok') expect(r.problem).toContain('损坏');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('applies a failing migration not at all (one transaction each)', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(MIGRATIONS_DIR, '0010-init.sql'), path.join(dir, '0010-init.sql'));
    fs.writeFileSync(path.join(dir, '0020-bad.sql'), 'CREATE TABLE half_done (x INTEGER);\nTHIS IS NOT SQL;');
    const file = path.join(dir, 'm.sqlite');
    const first = openDatabase({ file, migrationsDir: dir, migrations: [{ version: 10, file: '0010-init.sql' }] });
    if (first.state === 'ok') first.db.close();
    const backups: number[] = [];
    const r = openDatabase({
      file,
      migrationsDir: dir,
      migrations: [
        { version: 10, file: '0010-init.sql' },
        { version: 20, file: '0020-bad.sql' },
      ],
      beforeMigrate: (_db, from) => backups.push(from),
    });
    expect(r.state).toBe('damaged');
    expect(backups).toEqual([10]);
    const d = new Database(file);
    expect(d.pragma('user_version', { simple: true })).toBe(10);
    expect(d.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name='half_done'").get()).toEqual({ n: 0 });
    d.close();
  });

  it('checks the migration list order', () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    expect(() => checkMigrationList([{ version: 20, file: '0020-a.sql' }, { version: 10, file: '0010-b.sql' }])).toThrow(/order/);
    expect(() => checkMigrationList([{ version: 10, file: '0020-a.sql' }])).toThrow(/match/);
  });
});
