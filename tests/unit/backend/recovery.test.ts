import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../../electron/backend/backend';
import { ok, PERSON, tempDir, testBackend } from '../../db/helpers';
import type { BackupInfo, SystemStatus } from '../../../shared/contract/index';
import type { Staff } from '../../../shared/staff/types';
import type { AuditEntry } from '../../../shared/audit/types';
import { LATEST_VERSION } from '../../../db/migrations/index';

describe('backup and restore through the API', () => {
  it('backs up now, changes data, restores, and keeps a pre-restore copy', async () => {
    const { backend, clock } = testBackend();
    await ok(backend, 'system.loadSampleData');
    const staff = await ok<Staff[]>(backend, 'staff.list', {});
    await ok(backend, 'session.setOperator', { staffId: staff[0]!.id });
    const b = await ok<BackupInfo>(backend, 'system.backupNow');
    clock.advance(1000);
    await ok(backend, 'staff.create', PERSON);
    expect((await ok<Staff[]>(backend, 'staff.list', {})).length).toBe(staff.length + 1);
    clock.advance(1000);
    const st = await ok<SystemStatus>(backend, 'system.restoreBackup', { file: b.file });
    expect(st.state).toBe('ok');
    expect((await ok<Staff[]>(backend, 'staff.list', {})).length).toBe(staff.length);
    const list = await ok<BackupInfo[]>(backend, 'system.listBackups');
    expect(list.map((x) => x.reason)).toEqual(expect.arrayContaining(['manual', 'pre-restore']));
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'backup' });
    expect(audit.rows[0]).toMatchObject({ action: 'restore', operatorName: staff[0]!.name });
  });

  it('rejects a backup name that tries to leave the folder', async () => {
    const { backend } = testBackend();
    const r = await backend.dispatch('system.restoreBackup', { file: '../duty-desk.sqlite' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid_input');
  });

  it('makes a daily backup once a day when there is data', async () => {
    const { backend, clock } = testBackend();
    backend.dailyDuties();
    expect(await ok<BackupInfo[]>(backend, 'system.listBackups')).toHaveLength(0); // empty file: nothing to keep
    await ok(backend, 'system.loadSampleData');
    backend.dailyDuties();
    backend.dailyDuties();
    expect((await ok<BackupInfo[]>(backend, 'system.listBackups')).filter((b) => b.reason === 'daily')).toHaveLength(1);
    clock.advance(24 * 3600_000);
    backend.dailyDuties();
    expect((await ok<BackupInfo[]>(backend, 'system.listBackups')).filter((b) => b.reason === 'daily')).toHaveLength(2);
  });
});

describe('a damaged data file', () => {
  it('opens in recovery mode, refuses normal methods, and restores without destroying the damaged file', async () => {
    const dataDir = tempDir('damaged');
    const first = testBackend(dataDir);
    await ok(first.backend, 'system.loadSampleData');
    await ok(first.backend, 'session.setOperator', { staffId: 1 });
    const b = await ok<BackupInfo>(first.backend, 'system.backupNow');
    first.backend.close();
    const dbPath = path.join(dataDir, DB_FILE);
    for (const ext of ['-wal', '-shm']) fs.rmSync(dbPath + ext, { force: true });
    fs.writeFileSync(dbPath, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0xab)]));

    const { backend } = testBackend(dataDir);
    const st = await ok<SystemStatus>(backend, 'system.status');
    expect(st.state).toBe('damaged');
    expect(st.problem).toContain('损坏');
    const refused = await backend.dispatch('staff.list', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('database_unavailable');
    const restored = await ok<SystemStatus>(backend, 'system.restoreBackup', { file: b.file });
    expect(restored.state).toBe('ok');
    expect((await ok<Staff[]>(backend, 'staff.list', {})).length).toBeGreaterThan(0);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith(`${DB_FILE}.damaged-`))).toBe(true);
  });

  it('refuses a file from a newer version and says so', async () => {
    const dataDir = tempDir('newer');
    const d = new Database(path.join(dataDir, DB_FILE));
    d.pragma(`user_version = ${LATEST_VERSION + 10}`);
    d.close();
    const { backend } = testBackend(dataDir);
    const st = await ok<SystemStatus>(backend, 'system.status');
    expect(st.state).toBe('newer_version');
    expect(st.problem).toContain('更新版本');
  });

  it('reports an unwritable data folder', async () => {
    const parent = tempDir('ro');
    const file = path.join(parent, 'file');
    fs.writeFileSync(file, 'x');
    const { backend } = testBackend(path.join(file, 'data'));
    const st = await ok<SystemStatus>(backend, 'system.status');
    expect(st.state).toBe('unwritable');
    expect(st.problem).toContain('不可写');
  });
});
