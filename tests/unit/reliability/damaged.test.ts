/**
 * Damaged data: each broken data folder gives a clear Chinese message and a way out (restore from a
 * backup, choose another folder), and no file is overwritten silently (bytes compared before/after).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DB_FILE } from '../../../electron/backend/backend';
import { LATEST_VERSION } from '../../../db/migrations/index';
import type { BackupInfo, SystemStatus } from '../../../shared/contract/index';
import { counts, dbPath, folderHashes, ok, openBackend, quickCheck, sampleDataDir, sha, tempDir } from './helpers';

const ZH = /[\u4e00-\u9fa5]/;

/** Can this process mount a tmpfs (root in a container that allows it)? Used for a real full disk / read-only file system. */
function tryMount(dir: string, opts: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mounted: string[] = [];
afterAll(() => {
  for (const m of mounted.reverse()) {
    try {
      execFileSync('umount', [m], { stdio: 'ignore' });
    } catch {
      /* already gone */
    }
  }
});

/** A sample data folder with one manual backup, closed cleanly (no -wal/-shm left). */
async function withBackup(tag: string): Promise<{ dataDir: string; backup: string }> {
  const dataDir = await sampleDataDir(tag);
  const backend = openBackend(dataDir);
  await ok(backend, 'session.setOperator', { staffId: 1 });
  const b = await ok<BackupInfo>(backend, 'system.backupNow');
  backend.close();
  return { dataDir, backup: b.file };
}

/** Open on a damaged file: recovery state, refusals in Chinese, the file untouched; then restore and find it kept. */
async function expectRecovery(dataDir: string, backup: string, state: SystemStatus['state'], words: RegExp) {
  const file = dbPath(dataDir);
  const before = sha(file);
  const backend = openBackend(dataDir);
  try {
    const st = await ok<SystemStatus>(backend, 'system.status');
    expect(st.state).toBe(state);
    expect(st.problem).toMatch(ZH);
    expect(st.problem).toMatch(words);
    // Chinese only: SQLite's own English goes to the log, not to the operator.
    expect(st.problem!.split(dataDir).join('')).not.toMatch(/[A-Za-z]{3,}/);
    for (const m of ['staff.list', 'lists.overview', 'roster.config', 'system.backupNow']) {
      const r = await backend.dispatch(m, {});
      expect(r.ok, m).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('database_unavailable');
        expect(r.error.message).toMatch(ZH);
      }
    }
    // The way out is offered while the file is unusable: the backups can be listed and restored.
    const list = await ok<BackupInfo[]>(backend, 'system.listBackups');
    expect(list.map((b) => b.file)).toContain(backup);
    expect(sha(file)).toBe(before); // opening it changed nothing
    const restored = await ok<SystemStatus>(backend, 'system.restoreBackup', { file: backup });
    expect(restored.state).toBe('ok');
    expect((await ok<unknown[]>(backend, 'staff.list', {})).length).toBeGreaterThan(0);
  } finally {
    backend.close();
  }
  const kept = fs.readdirSync(dataDir).filter((f) => f.startsWith(`${DB_FILE}.damaged-`));
  expect(kept).toHaveLength(1);
  expect(sha(path.join(dataDir, kept[0]!))).toBe(before); // the damaged file is kept byte for byte
}

describe('damaged or foreign data files', () => {
  it('a truncated database file (cut to half its size)', async () => {
    const { dataDir, backup } = await withBackup('truncated');
    const file = dbPath(dataDir);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    await expectRecovery(dataDir, backup, 'damaged', /损坏/);
  });

  it('a file of random bytes', async () => {
    const { dataDir, backup } = await withBackup('garbage');
    fs.writeFileSync(dbPath(dataDir), crypto.randomBytes(64 * 1024));
    await expectRecovery(dataDir, backup, 'damaged', /损坏|不是本程序的数据文件/);
  });

  it('a file with a valid header and damaged pages', async () => {
    const { dataDir, backup } = await withBackup('pages');
    const file = dbPath(dataDir);
    const buf = fs.readFileSync(file);
    // Keep page 1 (header and schema), overwrite the rest with noise.
    crypto.randomFillSync(buf, 4096);
    fs.writeFileSync(file, buf);
    await expectRecovery(dataDir, backup, 'damaged', /损坏/);
  });

  it('a database from a newer version of the app (WAL mode, with data), left byte for byte alone', async () => {
    const { dataDir, backup } = await withBackup('newer');
    const d = new Database(dbPath(dataDir));
    d.pragma('journal_mode = WAL');
    d.exec('CREATE TABLE future_feature (x TEXT); INSERT INTO future_feature VALUES (\'新版本的数据\');');
    d.pragma(`user_version = ${LATEST_VERSION + 5}`);
    d.close();
    await expectRecovery(dataDir, backup, 'newer_version', /更新版本.*升级程序|从备份恢复/);
  });
});

describe('a data folder that cannot be written', () => {
  it('a data folder whose parent is a regular file: “不可写” and “选择其他数据文件夹”', async () => {
    const parent = tempDir('ro-parent');
    fs.writeFileSync(path.join(parent, 'file'), 'x');
    const backend = openBackend(path.join(parent, 'file', 'data'));
    const st = await ok<SystemStatus>(backend, 'system.status');
    expect(st.state).toBe('unwritable');
    expect(st.problem).toMatch(/不可写.*选择其他数据文件夹/);
    const r = await backend.dispatch('staff.list', {});
    expect(r.ok).toBe(false);
    backend.close();
    expect(fs.readFileSync(path.join(parent, 'file'), 'utf8')).toBe('x');
  });

  // chmod-only read-only folders are not tested: the suite runs as root in CI, and root ignores permission bits.
  // The read-only file system below and the parent-is-a-file case above give the same state the same way.

  it('a data folder on a read-only file system (tmpfs remounted ro; falls back to the parent-is-a-file case without mount rights)', async () => {
    const { dataDir } = await withBackup('rofs');
    const mnt = tempDir('rofs-mnt');
    if (!tryMount(mnt, 'size=16m')) {
      const parent = tempDir('rofs-fallback');
      fs.writeFileSync(path.join(parent, 'file'), 'x');
      const fallback = openBackend(path.join(parent, 'file', 'data'));
      const st = fallback.status();
      fallback.close();
      expect(st.state).toBe('unwritable');
      return;
    }
    mounted.push(mnt);
    fs.cpSync(dataDir, mnt, { recursive: true });
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    const before = folderHashes(mnt);
    const backend = openBackend(mnt);
    const st = backend.status();
    backend.close();
    expect(st.state).toBe('unwritable');
    expect(st.problem).toMatch(/不可写.*选择其他数据文件夹/);
    expect(folderHashes(mnt)).toEqual(before);
  });
});

describe('a full disk during a backup', () => {
  /** A sample folder whose backups/ holds one older backup, on a tmpfs too small for a second (or a fault injected). */
  async function fullDisk(tag: string) {
    const { dataDir, backup } = await withBackup(tag);
    const backupDir = path.join(dataDir, 'backups');
    const saved = tempDir(`${tag}-saved`);
    fs.cpSync(backupDir, saved, { recursive: true });
    const one = fs.statSync(path.join(backupDir, backup)).size;
    const real = tryMount(backupDir, `size=${Math.ceil((one * 1.5) / 4096) * 4096}`);
    let restore = () => {};
    if (real) {
      mounted.push(backupDir);
      fs.cpSync(path.join(saved, backup), path.join(backupDir, backup));
    } else {
      // No mount rights: make SQLite's VACUUM INTO fail as it does on a full disk.
      const orig = Database.prototype.prepare;
      const spy = vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
        if (/^VACUUM INTO/i.test(sql)) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        return orig.call(this, sql);
      } as typeof orig);
      restore = () => spy.mockRestore();
    }
    return { dataDir, backupDir, backup, real, restore };
  }

  it('system.backupNow says 磁盘空间不足, leaves no partial file, overwrites no older backup, keeps the data', async () => {
    const { dataDir, backupDir, restore } = await fullDisk('full');
    try {
      const backups = folderHashes(backupDir);
      const backend = openBackend(dataDir);
      await ok(backend, 'session.setOperator', { staffId: 1 });
      const rows = counts(dataDir);
      const r = await backend.dispatch('system.backupNow', {});
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('backup_failed');
        expect(r.error.message).toBe('备份失败：磁盘空间不足。原数据未受影响。');
      }
      expect(folderHashes(backupDir)).toEqual(backups);
      expect((await ok<SystemStatus>(backend, 'system.status')).state).toBe('ok');
      backend.close();
      expect(counts(dataDir)).toEqual(rows);
      expect(quickCheck(dbPath(dataDir))).toBe('ok');
    } finally {
      restore();
    }
  });

  it('a list import whose pre-import backup fails is refused with the same message and writes nothing', async () => {
    const { dataDir, backupDir, restore } = await fullDisk('full-import');
    try {
      const backups = folderHashes(backupDir);
      const backend = openBackend(dataDir);
      await ok(backend, 'session.setOperator', { staffId: 1 });
      const rows = counts(dataDir);
      const xlsx = fs.readFileSync(path.resolve('tests/unit/lists/fixtures/shimen-small.xlsx')).toString('base64');
      const r = await backend.dispatch('lists.import.commit', { year: 2026, fileName: 'shimen-small.xlsx', dataBase64: xlsx, createRegions: true });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toBe('备份失败：磁盘空间不足。原数据未受影响。');
      backend.close();
      expect(counts(dataDir)).toEqual(rows);
      expect(folderHashes(backupDir)).toEqual(backups);
    } finally {
      restore();
    }
  });

  it('a backups path that is not a folder gives a clear Chinese backup message and the app still starts', async () => {
    const dataDir = await sampleDataDir('backups-file');
    const backupDir = path.join(dataDir, 'backups');
    fs.rmSync(backupDir, { recursive: true, force: true });
    fs.writeFileSync(backupDir, 'not a folder');
    const backend = openBackend(dataDir);
    await ok(backend, 'session.setOperator', { staffId: 1 });
    const r = await backend.dispatch('system.backupNow', {});
    backend.close();
    expect(fs.readFileSync(backupDir, 'utf8')).toBe('not a folder');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/^备份失败/);
      expect(r.error.code).toBe('backup_failed');
    }
  });
});
