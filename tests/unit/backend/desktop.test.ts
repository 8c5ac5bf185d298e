/**
 * What only the desktop shell offers, through a fake Desktop: opening an attachment with the system viewer
 * and choosing another data folder. The browser host (no Desktop) refuses both with a Chinese message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend, DB_FILE } from '../../../electron/backend/backend';
import type { Desktop } from '../../../electron/backend/ports';
import { checkDataFolder, LOCATION_FILE, resolveDataDir, saveDataDir } from '../../../electron/shell/data-location';
import { openableCopy } from '../../../electron/backend/services/plans-files';
import { manualClock } from '../../../shared/time/clock';
import { instantAt } from '../../../shared/time/civil';
import type { AttachmentAdded, PlanRegister } from '../../../shared/contract/plans';
import type { SystemStatus } from '../../../shared/contract/system';
import { ok } from '../../db/helpers';

const MIGRATIONS_DIR = path.resolve('db/migrations');
const tmp = (tag: string) => fs.mkdtempSync(path.join(os.tmpdir(), `fdd-desktop-${tag}-`));
const DOCX = Buffer.from('PK\u0003\u0004 石门镇防汛应急预案（修订稿）');

function fakeDesktop(over: Partial<Desktop> = {}) {
  const opened: string[] = [];
  const switched: string[] = [];
  const desktop: Desktop = {
    openFile: async (f) => {
      opened.push(f);
      return '';
    },
    chooseFolder: async () => null,
    switchDataDir: (d) => switched.push(d),
    ...over,
  };
  return { desktop, opened, switched };
}

async function backendWith(desktop?: Desktop, dataDir = tmp('data')) {
  const backend = createBackend({ dataDir, clock: manualClock(instantAt('2026-11-30', '09:00')), migrationsDir: MIGRATIONS_DIR, appVersion: 'test', desktop });
  if ((await ok<SystemStatus>(backend, 'system.status')).isEmpty) await ok(backend, 'system.loadSampleData');
  await ok(backend, 'session.setOperator', { staffId: 1 });
  return { backend, dataDir };
}

async function attach(backend: Awaited<ReturnType<typeof backendWith>>['backend'], name: string, bytes: Buffer) {
  const planId = (await ok<PlanRegister>(backend, 'plans.list')).rows[0]!.id;
  return (await ok<AttachmentAdded>(backend, 'plans.attachments.add', { planId, name, dataBase64: bytes.toString('base64') })).attachment;
}

describe('opening an attachment with the system viewer', () => {
  it('opens a read-only copy under the original name, with the same bytes', async () => {
    const fake = fakeDesktop();
    const { backend } = await backendWith(fake.desktop);
    expect((await ok<SystemStatus>(backend, 'system.status')).desktop).toEqual({ openFiles: true, chooseDataFolder: true });
    const a = await attach(backend, '石门镇防汛应急预案（修订稿）.docx', DOCX);
    expect(await ok(backend, 'plans.attachments.open', { attachmentId: a.id })).toEqual({ opened: true });
    expect(fake.opened).toHaveLength(1);
    const file = fake.opened[0]!;
    expect(path.basename(file)).toBe('石门镇防汛应急预案（修订稿）.docx');
    expect(fs.readFileSync(file)).toEqual(DOCX);
    expect(fs.statSync(file).mode & 0o222).toBe(0); // the viewer cannot change it
    // Opening again (the copy is read-only) works and gives the same file.
    await ok(backend, 'plans.attachments.open', { attachmentId: a.id });
    expect(fake.opened[1]).toBe(file);
    backend.close();
  });

  it('keeps a hostile name inside the copy folder', () => {
    const root = tmp('open');
    const file = openableCopy(DOCX, { sha256: 'ab'.repeat(32), name: '../../etc/CON.docx' }, root);
    expect(path.dirname(path.dirname(file))).toBe(root);
    expect(path.basename(file)).toBe('_CON.docx');
  });

  it('refuses an altered file, says so in Chinese, and opens nothing', async () => {
    const fake = fakeDesktop();
    const { backend, dataDir } = await backendWith(fake.desktop);
    const a = await attach(backend, '评审意见.pdf', DOCX);
    const blob = path.join(dataDir, 'attachments', a.sha256.slice(0, 2), a.sha256);
    fs.writeFileSync(blob, Buffer.concat([DOCX, Buffer.from('x')]));
    const r = await backend.dispatch('plans.attachments.open', { attachmentId: a.id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/评审意见\.pdf/);
    expect(fake.opened).toHaveLength(0);
    backend.close();
  });

  it('reports a file the system cannot open, in Chinese', async () => {
    const { backend } = await backendWith(fakeDesktop({ openFile: async () => 'Failed to open path' }).desktop);
    const a = await attach(backend, '现场照片.heic', DOCX);
    const r = await backend.dispatch('plans.attachments.open', { attachmentId: a.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'open_failed', message: expect.stringMatching(/无法打开“现场照片\.heic”.*下载/) } });
    expect(JSON.stringify(r)).not.toMatch(/Failed to open/);
    backend.close();
  });

  it('is not offered by the browser host', async () => {
    const { backend } = await backendWith(undefined);
    expect((await ok<SystemStatus>(backend, 'system.status')).desktop).toEqual({ openFiles: false, chooseDataFolder: false });
    const a = await attach(backend, '预案.pdf', DOCX);
    const r = await backend.dispatch('plans.attachments.open', { attachmentId: a.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/下载/) } });
    backend.close();
  });
});

describe('choosing another data folder', () => {
  it('checks the folder, records the change in the audit log, then restarts on it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const target = tmp('target');
      const fake = fakeDesktop({ chooseFolder: async () => target });
      const { backend, dataDir } = await backendWith(fake.desktop);
      expect(await ok(backend, 'system.chooseDataFolder')).toEqual({ dataDir: target, hasData: false });
      expect(fake.switched).toEqual([]); // the answer goes out first
      vi.advanceTimersByTime(400);
      expect(fake.switched).toEqual([target]);
      const audit = await ok<{ rows: { summary: string; before: string | null; after: string | null }[] }>(backend, 'audit.list', {});
      const row = audit.rows.find((x) => x.summary.includes('更改数据文件夹'))!;
      expect(JSON.stringify(row)).toContain(dataDir.replace(/\\/g, '\\\\'));
      backend.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing when the operator cancels, and refuses the current folder or one that cannot be written', async () => {
    const current = tmp('cur');
    const cancelled = fakeDesktop();
    const a = await backendWith(cancelled.desktop, current);
    expect(await ok(a.backend, 'system.chooseDataFolder')).toEqual({ dataDir: null, hasData: false });
    a.backend.close();

    const same = fakeDesktop({ chooseFolder: async () => current });
    const b = await backendWith(same.desktop, current);
    const r = await b.backend.dispatch('system.chooseDataFolder', {});
    expect(r).toMatchObject({ ok: false, error: { message: '所选文件夹就是当前的数据文件夹。' } });
    b.backend.close();

    const file = path.join(tmp('file'), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const bad = fakeDesktop({ chooseFolder: async () => file });
    const c = await backendWith(bad.desktop);
    const r2 = await c.backend.dispatch('system.chooseDataFolder', {});
    expect(r2).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
    expect(bad.switched).toEqual([]);
    c.backend.close();
  });

  it('is refused by the browser host, whose folder comes from DATA_DIR', async () => {
    const { backend } = await backendWith(undefined);
    const r = await backend.dispatch('system.chooseDataFolder', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/DATA_DIR/) } });
    backend.close();
  });
});

describe('the remembered data folder (Electron-free shell logic)', () => {
  it('falls back to the default until a folder is saved, then opens the saved one while it exists', () => {
    const config = tmp('config');
    const def = tmp('default');
    const chosen = tmp('chosen');
    expect(resolveDataDir(config, def)).toBe(def);
    saveDataDir(config, chosen);
    expect(JSON.parse(fs.readFileSync(path.join(config, LOCATION_FILE), 'utf8'))).toEqual({ dataDir: chosen });
    expect(resolveDataDir(config, def)).toBe(chosen);
    fs.rmSync(chosen, { recursive: true });
    expect(resolveDataDir(config, def)).toBe(def); // a removed disk: start on the default, do not crash
    fs.writeFileSync(path.join(config, LOCATION_FILE), '{not json');
    expect(resolveDataDir(config, def)).toBe(def);
  });

  it('says whether a folder already holds a data file', () => {
    const dir = tmp('check');
    expect(checkDataFolder(dir, DB_FILE)).toEqual({ ok: true, problem: null, hasData: false });
    fs.writeFileSync(path.join(dir, DB_FILE), '');
    expect(checkDataFolder(dir, DB_FILE).hasData).toBe(true);
    expect(checkDataFolder('relative/dir', DB_FILE)).toMatchObject({ ok: false, problem: expect.stringMatching(/完整的文件夹路径/) });
  });
});

describe('清除示例数据', () => {
  it('backs the sample up, starts on an empty file with the clearing in its audit log, and can be undone from the backup', async () => {
    const { backend, dataDir } = await backendWith(undefined);
    const saved = await ok<{ file: string; reason: string }>(backend, 'system.clearSampleData');
    expect(saved.reason).toBe('before-clear');
    expect(fs.existsSync(path.join(dataDir, 'backups', saved.file))).toBe(true);
    const status = await ok<SystemStatus>(backend, 'system.status');
    expect(status).toMatchObject({ state: 'ok', isEmpty: true, sampleData: false });
    const audit = await ok<{ rows: { summary: string }[] }>(backend, 'audit.list', {});
    expect(audit.rows.map((r) => r.summary)).toEqual([`清除示例数据，开始正式使用（原数据已备份为 ${saved.file}）`]);
    expect(await ok<unknown[]>(backend, 'staff.list', {})).toEqual([]);
    expect((await ok<{ operator: unknown }>(backend, 'session.get')).operator).toBeNull();
    await ok(backend, 'system.restoreBackup', { file: saved.file });
    expect((await ok<SystemStatus>(backend, 'system.status')).sampleData).toBe(true);
    backend.close();
  });

  it('refuses a data file that is not the sample, and changes nothing', async () => {
    const { backend, dataDir } = await backendWith(undefined);
    await ok(backend, 'system.clearSampleData');
    const before = fs.readdirSync(path.join(dataDir, 'backups')).length;
    const r = await backend.dispatch('system.clearSampleData', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/不是示例数据/) } });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).length).toBe(before);
    backend.close();
  });
});
