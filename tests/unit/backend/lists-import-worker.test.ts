import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import { MIGRATIONS_DIR, ok, tempDir } from '../../db/helpers';
import { manualClock } from '../../../shared/time/clock';
import { instantAt } from '../../../shared/time/civil';
import { commitImport } from '../../../electron/backend/services/lists-import-job';
import { touchYear } from '../../../db/repos/lists';
import type { ImportPreview, ImportResult } from '../../../shared/contract/lists';
import type { Staff } from '../../../shared/staff/types';
import { peek } from './calendar-helpers';
import { b64, listsBackend, messyWorkbook } from './lists-helpers';
import { bundleHostChild } from '../../bench/host-bundle';

const YEAR = 2026;
const WORKER = path.resolve('electron/backend/services/lists-import-worker.ts');

/** The sample data with 赵敏 as operator, on a back end whose list imports run in the worker process. */
async function workerBackend(script = WORKER) {
  const dataDir = tempDir('import-worker');
  const logs: string[] = [];
  const backend = createBackend({
    dataDir,
    clock: manualClock(instantAt('2026-11-30', '09:00')),
    migrationsDir: MIGRATIONS_DIR,
    appVersion: 'test',
    importWorker: script,
    log: (level, msg) => logs.push(`${level} ${msg}`),
  });
  await ok(backend, 'system.loadSampleData');
  const staff = await ok<Staff[]>(backend, 'staff.list', {});
  await ok(backend, 'session.setOperator', { staffId: staff[0]!.id });
  return { backend, dataDir, logs };
}

/** What an import leaves in the data file, ids and instants included. */
function contents(dataDir: string) {
  const db = peek(dataDir);
  const persons = db.prepare('SELECT id, level, region_id, zone_id, name, phones, active, initials, pinyin, updated_at FROM list_persons ORDER BY id').all();
  const audit = db.prepare("SELECT at, operator_name, entity, entity_id, action, summary, before_json, after_json FROM audit_log WHERE entity LIKE 'list%' ORDER BY id").all();
  db.close();
  return { persons, audit };
}

const backups = (dataDir: string) => fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.includes('pre-import'));

describe('list imports in a worker process (memory returned when the job ends)', { timeout: 60_000 }, () => {
  it('previews and commits exactly as on the back end’s own connection: same rows, audit and backup', async () => {
    const file = { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()) };
    const inWorker = await workerBackend();
    const here = await listsBackend();
    const [pw, ph] = [await ok<ImportPreview>(inWorker.backend, 'lists.import.preview', file), await ok<ImportPreview>(here.backend, 'lists.import.preview', file)];
    expect(pw).toEqual(ph);
    expect(pw.changesTotal).toBeGreaterThan(0);
    const [cw, ch] = [await ok<ImportResult>(inWorker.backend, 'lists.import.commit', file), await ok<ImportResult>(here.backend, 'lists.import.commit', file)];
    expect(cw).toEqual(ch);
    expect(cw.backup).toMatch(/pre-import/);
    expect(backups(inWorker.dataDir)).toEqual([cw.backup]);
    expect(contents(inWorker.dataDir)).toEqual(contents(here.dataDir));
    expect(inWorker.logs.filter((l) => l.includes('import worker'))).toEqual([]);
    // The back end's own view follows the worker's write.
    const page = await ok<{ rows: { name: string }[] }>(inWorker.backend, 'lists.persons.search', { year: YEAR, q: '王五' });
    expect(page.rows.map((r) => r.name)).toEqual(['王五']);
  });

  it('the bundled worker (as the app ships it, run by plain Node) imports too', async () => {
    const dir = path.resolve('dist/test-import-worker');
    await bundleHostChild(dir);
    const { backend, dataDir, logs } = await workerBackend(path.join(dir, 'lists-import-worker.mjs'));
    const c = await ok<ImportResult>(backend, 'lists.import.commit', { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()) });
    expect(c.text).toMatch(/新增/);
    expect(backups(dataDir)).toEqual([c.backup]);
    expect(logs.filter((l) => l.includes('import worker'))).toEqual([]);
  });

  it('a refusal in the worker reaches the operator as the same Chinese message, and nothing changes', async () => {
    const { backend, dataDir } = await workerBackend();
    const before = contents(dataDir);
    const r = await backend.dispatch('lists.import.commit', { year: YEAR, fileName: '坏.xlsx', dataBase64: b64(Buffer.from('not a workbook at all')) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toMatch(/坏\.xlsx|xlsx|文件/);
      expect(r.error.message).not.toMatch(/[A-Za-z]{6,}(?<!xlsx)/);
    }
    expect(contents(dataDir)).toEqual(before);
  });

  it('a worker that cannot load leaves the import to the back end itself (logged)', async () => {
    const { backend, dataDir, logs } = await workerBackend(path.join(tempDir('no-worker'), 'missing-worker.mjs'));
    const file = { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()) };
    const c = await ok<ImportResult>(backend, 'lists.import.commit', file);
    expect(c.backup).toMatch(/pre-import/);
    expect(backups(dataDir)).toEqual([c.backup]);
    expect(logs.some((l) => l.startsWith('warn import worker did not load'))).toBe(true);
  });

  it('a worker killed after its commit, before its answer: the operator is told the import was done, not that nothing changed', async () => {
    const { backend, dataDir, logs } = await workerBackend(path.resolve('tests/fixtures/reliability/worker-killed-before-answer.ts'));
    const before = contents(dataDir);
    const areas: string[] = [];
    backend.subscribe((e) => {
      if (e.type === 'changed') areas.push(...e.areas);
    });
    const r = await backend.dispatch('lists.import.commit', { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('internal');
      expect(r.error.message).toMatch(/^导入已完成，名单已更新（导入2026年名单“石门镇\.xlsx”：.*新增.*）；但后台处理随后意外中止，未能显示导入结果。请在名单中核对，无需重新导入$/);
      expect(r.error.message).not.toMatch(/未作任何修改/);
    }
    // It was imported: the rows, its audit row and its backup; and the list's views are told to refresh.
    const after = contents(dataDir);
    expect(after.persons).not.toEqual(before.persons);
    const imports = (c: typeof after) => (c.audit as { entity: string }[]).filter((a) => a.entity === 'list_import').length;
    expect(imports(after)).toBe(imports(before) + 1);
    expect(backups(dataDir)).toHaveLength(1);
    expect(areas).toEqual(expect.arrayContaining(['lists', 'backups']));
    expect(logs.filter((l) => l.includes('import worker'))).toEqual([
      expect.stringMatching(/^error import worker failed: exited \(SIGKILL\) before answering/),
      expect.stringMatching(/^warn import worker ended without answering after its import was committed/),
    ]);
    // The same worker killed as it answers a preview (nothing written by a preview): the plain error.
    const p = await backend.dispatch('lists.import.preview', { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()) });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.message).toMatch(/^导入未能完成：后台处理意外中止，名单未作任何修改/);
    expect(contents(dataDir)).toEqual(after);
  });

  it('a list changed between the check and the write is not overwritten: conflict, nothing written', async () => {
    const { dataDir } = await listsBackend();
    const db = peek(dataDir);
    db.pragma('busy_timeout = 5000');
    const before = contents(dataDir);
    const input = { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()), sheet: undefined, mapping: undefined, township: undefined, createRegions: false, deleteScope: 'township' as const, skipErrorRows: false, rememberMapping: true };
    // Another connection (the back end, while the worker read the file) changes the list just before the write.
    const backup = () => {
      touchYear(db, YEAR, instantAt('2026-11-30', '09:04'));
      return 'x.sqlite';
    };
    const env = { db, now: instantAt('2026-11-30', '09:05'), operator: { id: 1, name: '赵敏' }, backup };
    await expect(commitImport(env, input)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('导入期间2026年名单已被修改') });
    db.close();
    const after = contents(dataDir);
    expect(after.persons).toEqual(before.persons);
    expect(after.audit).toEqual(before.audit);
  });
});
