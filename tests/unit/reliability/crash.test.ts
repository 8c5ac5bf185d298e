/**
 * Crash safety: a child process runs one big write (a list import, a year's roster, a backup) and is
 * SIGKILLed at many points; the data folder must then pass quick_check, open normally, and hold either
 * the whole change or none of it, with no partial backup listed.
 *
 * FDD_RELIABILITY_ROWS sets the size of the imported list (default 5,000 rows so that `npm test` stays
 * within its time budget on a 2-core machine; the 200,000 rows: FDD_RELIABILITY_ROWS=200000).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDatabase } from '../../../db/open';
import { listBackups } from '../../../db/backup';
import { LATEST_VERSION } from '../../../db/migrations/index';
import { writeListWorkbook } from '../../fixtures/reliability/workbooks';
import { counts, dbPath, openBackend, quickCheck, sampleDataDir, tempDir } from './helpers';

const ROWS = Number(process.env.FDD_RELIABILITY_ROWS ?? 5_000);
const CHILD_TS = path.resolve('tests/fixtures/reliability/crash-child.ts');
/** The child, bundled once with esbuild: a plain `node` start is ~1.5 s faster per kill point than `node --import tsx` here. */
let childJs = '';
const big = ROWS > 50_000;

type Scenario = 'import' | 'roster' | 'backup';
type Trigger = { label: string; kind: 'none' } | { label: string; kind: 'start' } | { label: string; kind: 'delay'; ms: number } | { label: string; kind: 'watch'; when: () => boolean };

interface Run {
  killed: boolean;
  done: string | null;
  stdout: string;
  stderr: string;
}

/** Start the child; kill it (SIGKILL) when the trigger fires after it printed START. */
function runChild(dataDir: string, scenario: Scenario, trigger: Trigger, xlsx = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, dataDir, scenario, xlsx], { cwd: path.resolve('.'), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    let poll: NodeJS.Timeout | undefined;
    const kill = () => {
      if (killed || child.exitCode !== null) return;
      killed = child.kill('SIGKILL');
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (stderr += s));
    child.stdout.on('data', (s: string) => {
      const started = !stdout.includes('START') && (stdout + s).includes('START');
      stdout += s;
      if (!started) return;
      if (trigger.kind === 'start') kill();
      else if (trigger.kind === 'delay') setTimeout(kill, trigger.ms);
      else if (trigger.kind === 'watch') {
        poll = setInterval(() => {
          if (trigger.when()) kill();
        }, 1);
      }
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      const done = /DONE (.*)/.exec(stdout)?.[1] ?? null;
      resolve({ killed: killed && done === null, done, stdout, stderr });
    });
  });
}

const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : -1);
const partials = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.partial')) : []);

interface Tally {
  tried: number;
  absent: number;
  complete: number;
  killedBeforeDone: number;
  partialFilesLeft: number;
}
const tallies: Record<string, Tally> = {};

/** Everything a restarted app needs: quick_check ok, status ok, and every listed backup usable. */
function checkFolder(dataDir: string): void {
  expect(quickCheck(dbPath(dataDir))).toBe('ok');
  const backend = openBackend(dataDir);
  try {
    const st = backend.status();
    expect(st.state, st.problem ?? '').toBe('ok');
  } finally {
    backend.close();
  }
  const backupDir = path.join(dataDir, 'backups');
  for (const b of listBackups(backupDir)) {
    expect(b.file).not.toMatch(/partial/);
    const probe = inspectDatabase(path.join(backupDir, b.file));
    expect(probe, b.file).toEqual({ ok: true, version: LATEST_VERSION });
  }
}

let template = '';
let xlsx = '';

beforeAll(async () => {
  // Inside the checkout (node_modules/.cache) so that the bundle's bare imports (better-sqlite3, exceljs) resolve.
  const cache = path.resolve('node_modules/.cache/fdd-reliability');
  fs.mkdirSync(cache, { recursive: true });
  childJs = path.join(fs.mkdtempSync(path.join(cache, 'child-')), 'crash-child.mjs');
  buildSync({ entryPoints: [CHILD_TS], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: childJs, packages: 'external', logLevel: 'warning' });
  template = await sampleDataDir('crash-template');
  xlsx = path.join(tempDir('crash-xlsx'), `list-${ROWS}.xlsx`);
  await writeListWorkbook(xlsx, ROWS);
}, 120_000);

afterAll(() => {
  const lines = Object.entries(tallies).map(
    ([s, t]) => `${s}: ${t.tried} kill points, ${t.killedBeforeDone} killed before DONE → ${t.absent} without the change, ${t.complete} with all of it; ${t.partialFilesLeft} stray *.partial file(s) on disk (never listed)`,
  );
  console.log(`crash safety (${ROWS} rows):\n  ${lines.join('\n  ')}`);
});

/** Run the scenario to the end once (its duration and the “after” counts), then kill it at every trigger. */
async function scenario(name: Scenario, from: () => string, triggers: (ms: number, dataDir: string) => Trigger[]) {
  const full = tempDir(`crash-${name}-full`);
  fs.cpSync(from(), full, { recursive: true });
  const before = counts(full);
  const absent = { ...before, audit: before.audit + 1 }; // the child's session.setOperator writes one audit row
  const calib = await runChild(full, name, { label: 'none', kind: 'none' }, xlsx);
  expect(calib.done, calib.stdout + calib.stderr).toMatch(/ ok$/);
  const ms = Number(calib.done!.split(' ')[0]);
  checkFolder(full);
  const after = counts(full);
  expect(after).not.toEqual(absent);
  const t: Tally = { tried: 0, absent: 0, complete: 0, killedBeforeDone: 0, partialFilesLeft: 0 };
  tallies[name] = t;
  for (let i = 0; ; i++) {
    const dir = tempDir(`crash-${name}-${i}`);
    fs.cpSync(from(), dir, { recursive: true });
    const list = triggers(ms, dir);
    if (i >= list.length) break;
    const trig = list[i]!;
    const run = await runChild(dir, name, trig, xlsx);
    expect(run.stdout, run.stderr).toContain('START');
    t.tried++;
    if (run.killed) t.killedBeforeDone++;
    checkFolder(dir);
    const now = counts(dir);
    if (name === 'backup') {
      // The data itself is untouched; the backup (and its audit row) is either there and usable, or not listed.
      expect({ ...now, audit: 0 }).toEqual({ ...absent, audit: 0 });
      expect([absent.audit, absent.audit + 1]).toContain(now.audit);
      const listed = listBackups(path.join(dir, 'backups')).filter((b) => b.reason === 'manual').length;
      if (listed) t.complete++;
      else t.absent++;
      if (now.audit > absent.audit) expect(listed, trig.label).toBe(1);
    } else {
      expect([absent, after], `${name} killed at ${trig.label}`).toContainEqual(now);
      if (JSON.stringify(now) === JSON.stringify(after)) t.complete++;
      else t.absent++;
    }
    t.partialFilesLeft += partials(path.join(dir, 'backups')).length;
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { full, ms };
}

let imported = '';

describe('SIGKILL in the middle of a write leaves the whole change or none of it', () => {
  it(`a ${ROWS}-row list import (lists.import.commit)`, async () => {
    const wal = (dir: string) => `${dbPath(dir)}-wal`;
    const backups = (dir: string) => path.join(dir, 'backups');
    const preImport = (dir: string) => fs.existsSync(backups(dir)) && fs.readdirSync(backups(dir)).some((f) => f.includes('pre-import'));
    const { full } = await scenario('import', () => template, (ms, dir) => [
      { label: 'at START', kind: 'start' },
      ...[0.3, 0.6, 0.9].map((f) => ({ label: `${Math.round(f * 100)}% of ${ms} ms`, kind: 'delay' as const, ms: Math.round(f * ms) })),
      { label: 'pre-import backup being written', kind: 'watch', when: () => partials(backups(dir)).length > 0 },
      { label: 'pre-import backup done', kind: 'watch', when: () => preImport(dir) && !partials(backups(dir)).length },
      { label: 'WAL past 1 MB', kind: 'watch', when: () => size(wal(dir)) > 1024 * 1024 },
      { label: 'WAL past 2 MB', kind: 'watch', when: () => size(wal(dir)) > 2 * 1024 * 1024 },
    ]);
    imported = full;
    expect(tallies.import!.tried).toBe(8);
    expect(tallies.import!.absent).toBeGreaterThan(0);
  }, big ? 1_800_000 : 90_000);

  it('a whole year of roster generation (roster.generate 2027)', async () => {
    await scenario('roster', () => template, (ms) => [
      { label: 'at START', kind: 'start' },
      ...[0.25, 0.5, 0.75, 1, 3].map((f) => ({ label: `${Math.round(f * 100)}% of ${ms} ms`, kind: 'delay' as const, ms: Math.round(f * ms) })),
    ]);
    expect(tallies.roster!.tried).toBe(6);
  }, 60_000);

  it('a backup of the imported data (system.backupNow)', async () => {
    expect(imported).not.toBe('');
    const backups = (dir: string) => path.join(dir, 'backups');
    const partialSize = (dir: string) => partials(backups(dir)).reduce((n, f) => n + size(path.join(backups(dir), f)), 0);
    const dbSize = size(dbPath(imported));
    await scenario('backup', () => imported, (ms, dir) => [
      { label: 'at START', kind: 'start' },
      { label: '*.partial created', kind: 'watch', when: () => partials(backups(dir)).length > 0 },
      { label: '*.partial past half the file', kind: 'watch', when: () => partialSize(dir) > dbSize / 2 },
      ...[0.5, 1.5, 3].map((f) => ({ label: `${Math.round(f * 100)}% of ${ms} ms`, kind: 'delay' as const, ms: Math.round(f * ms) })),
    ]);
    expect(tallies.backup!.tried).toBe(6);
    // A backup killed half-way must never be offered for restore.
    expect(tallies.backup!.absent).toBeGreaterThan(0);
  }, 60_000);
});
