/**
 * Hostile files through lists.import.preview and lists.import.commit: each is refused with a clear
 * Chinese message or handled, within bounded time and memory, and a refused file writes nothing
 * (audit rows, persons, regions and backups unchanged).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { ImportPreview } from '../../../shared/contract/lists';
import { hostileFiles } from '../../fixtures/reliability/hostile';
import { counts, folderHashes, MB, ok, openBackend, sampleDataDir } from './helpers';

const ZH = /[\u4e00-\u9fa5]/;
// Sizes kept modest for `npm test`; raise them by hand to see how the importer scales.
const BOMB_MB = Number(process.env.FDD_RELIABILITY_BOMB_MB ?? 16);
const ROW_BOMB_MB = Number(process.env.FDD_RELIABILITY_ROW_BOMB_MB ?? 3);
/** Limits each file must stay within (per call). */
const MAX_MS = 20_000;
const MAX_RSS = 1024 * MB;

let backend: Backend;
let dataDir = '';
const report: string[] = [];

beforeAll(async () => {
  dataDir = await sampleDataDir('hostile');
  backend = openBackend(dataDir);
  await ok(backend, 'session.setOperator', { staffId: 1 });
});

afterAll(() => {
  backend?.close();
  console.log(`hostile files (${report.length}):\n  ${report.join('\n  ')}`);
});

/** Run one call, sampling RSS growth while it runs. */
async function measured(method: string, input: unknown) {
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const r = await backend.dispatch(method, input);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { r, ms, rss: peak - rss0, heap: process.memoryUsage().heapUsed - heap0, size: JSON.stringify(r).length };
}

const stored = () => ({ ...counts(dataDir), backups: Object.keys(folderHashes(path.join(dataDir, 'backups'))).length });

describe('hostile files through lists.import.preview / lists.import.commit', () => {
  it.each(hostileFiles({ bombMb: BOMB_MB, rowBombMb: ROW_BOMB_MB }).map((h) => [h.name, h] as const))('%s', async (_name, h) => {
    const buf = await h.build();
    const input = { year: 2026, fileName: `${h.name}.xlsx`, dataBase64: buf.toString('base64'), createRegions: true, deleteScope: 'none' };
    const before = stored();

    const p = await measured('lists.import.preview', input);
    expect(p.ms, 'preview time').toBeLessThan(MAX_MS);
    expect(p.rss, 'preview RSS growth').toBeLessThan(MAX_RSS);
    if (p.r.ok) {
      const v = p.r.value as ImportPreview;
      // A preview that reads the sheet names its problems in Chinese.
      if (v.problem) expect(v.problem).toMatch(ZH);
      for (const i of v.issues) expect(i.message).toMatch(ZH);
    } else {
      expect(p.r.error.code).toBe('invalid_input');
      expect(p.r.error.message).toMatch(ZH);
      expect(p.r.error.message).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }

    const c = await measured('lists.import.commit', input);
    expect(c.ms, 'commit time').toBeLessThan(MAX_MS);
    expect(c.rss, 'commit RSS growth').toBeLessThan(MAX_RSS);
    const after = stored();
    if (c.r.ok) {
      // Only a file whose rows are valid gets in, and then without formula text or control characters.
      const db = (await import('better-sqlite3')).default;
      const d = new db(path.join(dataDir, 'duty-desk.sqlite'), { readonly: true });
      const names = d.prepare('SELECT name, phones FROM list_persons WHERE updated_at >= 0').all() as { name: string; phones: string }[];
      d.close();
      const control = (t: string) => [...t].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f' || ch === '\u202e');
      for (const n of names) {
        expect(n.name).not.toMatch(/^[=+@-]/);
        expect(control(n.name), n.name).toBe(false);
        expect(control(n.phones), n.phones).toBe(false);
      }
    } else {
      expect(c.r.error.message).toMatch(ZH);
      expect(c.r.error.code).not.toBe('internal');
      expect(after).toEqual(before); // nothing written: no audit row, no person, no region, no backup
    }
    const outcome = (r: typeof p.r) => (r.ok ? ((r.value as ImportPreview).problem ?? `ok, ${(r.value as ImportPreview).errors} row errors`) : r.error.message);
    report.push(
      `${h.name} (${(buf.length / 1024).toFixed(0)} KB): preview ${p.ms.toFixed(0)} ms, RSS +${(p.rss / MB).toFixed(0)} MB, reply ${(p.size / 1024).toFixed(0)} KB → ${outcome(p.r).slice(0, 80)}; commit ${c.ms.toFixed(0)} ms → ${c.r.ok ? 'imported' : c.r.error.message.slice(0, 60)}; written: ${JSON.stringify(after) === JSON.stringify(before) ? 'nothing' : 'rows'}`,
    );
  }, 90_000);
});

describe('the request size limit', () => {
  it('refuses a file over 50 MB before decoding it', async () => {
    const r = await backend.dispatch('lists.import.preview', { year: 2026, fileName: 'big.xlsx', dataBase64: 'A'.repeat(Math.ceil((50 * MB * 4) / 3) + 8) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/50 MB/);
  });

  it('refuses text that is not base64 with a Chinese message', async () => {
    const r = await backend.dispatch('lists.import.preview', { year: 2026, fileName: 'x.xlsx', dataBase64: '!!!!' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(ZH);
  });
});

it('keeps the fixture folder small (large files are generated at test time)', () => {
  const dir = path.resolve('tests/fixtures/reliability');
  for (const f of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, f)).size, f).toBeLessThan(64 * 1024);
});
