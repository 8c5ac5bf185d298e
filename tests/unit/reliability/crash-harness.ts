/**
 * The crash-safety harness (crash.test.ts, crash-worker.test.ts): a child process (tests/fixtures/reliability/
 * crash-child.ts, bundled once with esbuild) runs one big write and is SIGKILLed when a trigger fires; the data
 * folder must then pass quick_check, open normally, and hold either the whole change or none of it, with no
 * partial backup listed. With the import worker (bundled as the app ships it), the worker or the back end is
 * the one killed.
 *
 * FDD_RELIABILITY_ROWS sets the size of the imported list (default 5,000 rows so that `npm test` stays
 * within its time budget on a 2-core machine; the 200,000 rows: FDD_RELIABILITY_ROWS=200000).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, expect } from 'vitest';
import { inspectDatabase } from '../../../db/open';
import { listBackups } from '../../../db/backup';
import { LATEST_VERSION } from '../../../db/migrations/index';
import { writeListWorkbook } from '../../fixtures/reliability/workbooks';
import { counts, dbPath, openBackend, quickCheck, sampleDataDir, tempDir } from './helpers';
import { findWorker, waitForEnd } from './crash-processes';

export const ROWS = Number(process.env.FDD_RELIABILITY_ROWS ?? 5_000);
export const big = ROWS > 50_000;
const CHILD_TS = path.resolve('tests/fixtures/reliability/crash-child.ts');
const WORKER_TS = path.resolve('electron/backend/services/lists-import-worker.ts');
/** The child, bundled once with esbuild: a plain `node` start is ~1.5 s faster per kill point than `node --import tsx` here. */
let childJs = '';
/** The bundled import worker (as scripts/build-electron.mjs ships it), built once beside the child. */
let workerMjs = '';

export type Scenario = 'import' | 'roster' | 'backup';
export type Trigger = (
  | { label: string; kind: 'none' }
  | { label: string; kind: 'start' }
  | { label: string; kind: 'delay'; ms: number }
  | { label: string; kind: 'watch'; when: () => boolean }
  /** As soon as the back end's import worker process shows (worker runs only). */
  | { label: string; kind: 'worker' }
) & {
  /** Killed in time (before the answer), the folder must then hold all of the change, or none of it (else either will do). */
  expect?: 'complete' | 'absent';
  /** The kill must land before the answer (else a trigger that came too late passes as not killed). */
  lands?: boolean;
  /** Called after the run (a watch's own connection closed). */
  cleanup?: () => void;
};
/**
 * What is SIGKILLed: the child itself (the back end importing on its own connection), or — the back end
 * importing in its worker process — that worker, or the back end while its worker runs.
 */
export type Target = 'child' | 'worker' | 'backend';

export interface Run {
  killed: boolean;
  done: string | null;
  /** What the call answered (the child's RESULT line), null if it never did. */
  result: string | null;
  /** The back end's log (its LOG lines). */
  logs: string[];
  /** The import worker's pid, when one was seen. */
  workerPid: number | null;
  /** The back end did not answer within the time allowed after the worker was killed (it was then killed). */
  hung: boolean;
  /** After the back end was killed: how long its worker took to end; -1 if it was still running at the time limit. */
  workerEndMs: number | null;
  stdout: string;
  stderr: string;
}

/** How long a back end may take to answer once its worker was killed, and a worker to end once its back end was. */
export const limitMs = big ? 600_000 : 30_000;

/**
 * Start the child; kill it (SIGKILL) when the trigger fires after it printed START. With a worker script
 * the child's back end imports in the worker process, and the target is the worker or the back end: the
 * kill then waits until the worker shows (both need its pid), and after a kill of the back end the run
 * ends when the worker has.
 */
function runChild(dataDir: string, scenario: Scenario, trigger: Trigger, xlsx = '', target: Target = 'child'): Promise<Run> {
  const worker = target === 'child' ? '' : workerMjs;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, dataDir, scenario, xlsx, worker], { cwd: path.resolve('.'), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    let hung = false;
    let workerPid: number | null = null;
    let poll: NodeJS.Timeout | undefined;
    let hang: NodeJS.Timeout | undefined;
    const kill = () => {
      if (killed || child.exitCode !== null) return;
      killed = child.kill('SIGKILL');
    };
    /** Kill the worker or the back end once the worker is known; false if it is not (yet). */
    const killWith = (): boolean => {
      if (killed || child.exitCode !== null) return true;
      if (workerPid === null) return false;
      if (target === 'backend') {
        killed = child.kill('SIGKILL');
        return true;
      }
      try {
        process.kill(workerPid, 'SIGKILL');
        killed = true;
      } catch {
        /* it had ended */
      }
      // The back end must answer (an error, or the import done in its place) — not wait forever.
      hang = setTimeout(() => {
        hung = child.exitCode === null;
        child.kill('SIGKILL');
      }, limitMs);
      return true;
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (stderr += s));
    child.stdout.on('data', (s: string) => {
      const started = !stdout.includes('START') && (stdout + s).includes('START');
      stdout += s;
      if (!started) return;
      if (worker) {
        const t0 = performance.now();
        let fired = trigger.kind === 'none';
        poll = setInterval(() => {
          workerPid ??= findWorker(child.pid!);
          if (fired) return;
          const due =
            trigger.kind === 'start' ||
            (trigger.kind === 'worker' && workerPid !== null) ||
            (trigger.kind === 'delay' && performance.now() - t0 >= trigger.ms) ||
            (trigger.kind === 'watch' && trigger.when());
          if (due) fired = killWith();
        }, 1);
      } else if (trigger.kind === 'start') kill();
      else if (trigger.kind === 'delay') setTimeout(kill, trigger.ms);
      else if (trigger.kind === 'watch') {
        poll = setInterval(() => {
          if (trigger.when()) kill();
        }, 1);
      }
    });
    child.on('error', reject);
    // 'close', not 'exit': all of the child's output read.
    child.on('close', () => {
      clearInterval(poll);
      clearTimeout(hang);
      const done = /^DONE (.*)$/m.exec(stdout)?.[1] ?? null;
      const result = /^RESULT (.*)$/m.exec(stdout)?.[1] ?? null;
      const logs = [...stdout.matchAll(/^LOG (.*)$/gm)].map((m) => m[1]!);
      const run = { done, result, logs, workerPid, hung, stdout, stderr };
      if (target === 'worker') {
        // Killed in time if the worker had not answered: the back end reports the failure, or imported in its place.
        const effective = killed && (result !== 'ok' || logs.some((l) => l.includes('import worker did not load')));
        resolve({ ...run, killed: effective, workerEndMs: null });
      } else if (target === 'backend' && workerPid !== null) {
        const pid = workerPid;
        void waitForEnd(pid, limitMs).then((workerEndMs) => {
          if (workerEndMs < 0) process.kill(pid, 'SIGKILL');
          resolve({ ...run, killed: killed && done === null, workerEndMs });
        });
      } else resolve({ ...run, killed: killed && done === null, workerEndMs: null });
    });
  });
}

export const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : -1);
export const partials = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.partial')) : []);

const wal = (dir: string) => `${dbPath(dir)}-wal`;
export const backups = (dir: string) => path.join(dir, 'backups');
const preImport = (dir: string) => fs.existsSync(backups(dir)) && fs.readdirSync(backups(dir)).some((f) => f.includes('pre-import'));

/** The moments of an import in its data folder, as kill triggers. */
export function importMoments(dir: string) {
  return {
    backupWriting: { label: 'pre-import backup being written', kind: 'watch', when: () => partials(backups(dir)).length > 0 } satisfies Trigger,
    backupDone: { label: 'pre-import backup done', kind: 'watch', when: () => preImport(dir) && !partials(backups(dir)).length } satisfies Trigger,
    walPast: (mb: number): Trigger => ({ label: `WAL past ${mb} MB`, kind: 'watch', when: () => size(wal(dir)) > mb * 1024 * 1024 }),
  };
}

/** Kills at fractions of a run's measured duration `ms`. */
export const atFractions = (ms: number, fractions: number[]): Trigger[] => fractions.map((f) => ({ label: `${Math.round(f * 100)}% of ${ms} ms`, kind: 'delay', ms: Math.round(f * ms) }));

export interface Tally {
  tried: number;
  absent: number;
  complete: number;
  killedBeforeDone: number;
  partialFilesLeft: number;
  /**
   * Worker killed: the back end answered with its error (nothing imported) / with its error saying the import
   * was done (the worker killed after its commit, before its answer) / imported in the worker's place (killed
   * before it had loaded).
   */
  failedReported?: number;
  landedReported?: number;
  fellBack?: number;
  /** Back end killed: the longest its worker took to end afterwards. */
  workerEndMaxMs?: number;
}
export const tallies: Record<string, Tally> = {};

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
/** The sample data folder every scenario starts from (after the harness's beforeAll). */
export const templateDir = () => template;

/** Build the child and the worker, write the list, and print the tallies at the end: once per test file. */
export function useCrashHarness(): void {
  beforeAll(async () => {
    // Inside the checkout (node_modules/.cache) so that the bundle's bare imports (better-sqlite3, exceljs) resolve.
    const cache = path.resolve('node_modules/.cache/fdd-reliability');
    fs.mkdirSync(cache, { recursive: true });
    childJs = path.join(fs.mkdtempSync(path.join(cache, 'child-')), 'crash-child.mjs');
    buildSync({ entryPoints: [CHILD_TS], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: childJs, packages: 'external', logLevel: 'warning' });
    // The import worker as the app ships it (scripts/build-electron.mjs): one ESM file, only better-sqlite3 outside.
    workerMjs = path.join(path.dirname(childJs), 'lists-import-worker.mjs');
    buildSync({
      entryPoints: [WORKER_TS],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: workerMjs,
      external: ['electron', 'better-sqlite3'],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      logLevel: 'warning',
    });
    template = await sampleDataDir('crash-template');
    xlsx = path.join(tempDir('crash-xlsx'), `list-${ROWS}.xlsx`);
    await writeListWorkbook(xlsx, ROWS);
  }, 120_000);
  afterAll(() => {
    const extra = (t: Tally) =>
      (t.failedReported !== undefined
        ? `; the back end answered ${t.failedReported} with its error (nothing imported), ${t.landedReported} with “导入已完成…” (killed after its commit), imported ${t.fellBack} itself (killed before it loaded)`
        : '') +
      (t.workerEndMaxMs !== undefined ? `; the worker ended by itself within ${t.workerEndMaxMs} ms every time` : '');
    const lines = Object.entries(tallies).map(
      ([s, t]) =>
        `${s}: ${t.tried} kill points, ${t.killedBeforeDone} killed before ${t.failedReported !== undefined ? 'the worker answered' : 'DONE'} → ${t.absent} without the change, ${t.complete} with all of it; ${t.partialFilesLeft} stray *.partial file(s) on disk (never listed)${extra(t)}`,
    );
    console.log(`crash safety (${ROWS} rows):\n  ${lines.join('\n  ')}`);
  });
}

/** What the back end answers when its import worker died after loading (lists-import-run.ts). */
export const WORKER_DIED = /^error internal 导入未能完成：后台处理意外中止，名单未作任何修改。/;
/** …and when it died after its commit, before its answer (handlers/lists-import.ts). */
export const WORKER_DIED_AFTER_COMMIT = /^error internal 导入已完成，名单已更新（导入2026年名单“list-\d+\.xlsx”：.+）；但后台处理随后意外中止，未能显示导入结果。/;
const workerLog = (run: Run) => run.logs.filter((l) => l.includes('import worker'));

/**
 * Run the scenario to the end once (its duration and the “after” counts), then kill it at every trigger.
 * `target` other than 'child': the import in the back end's worker process, that worker or the back end killed.
 */
export async function scenario(name: Scenario, from: () => string, triggers: (ms: number, dataDir: string) => Trigger[], target: Target = 'child', tally: string = name) {
  const full = tempDir(`crash-${name}-full`);
  fs.cpSync(from(), full, { recursive: true });
  const before = counts(full);
  const absent = { ...before, audit: before.audit + 1 }; // the child's session.setOperator writes one audit row
  const calib = await runChild(full, name, { label: 'none', kind: 'none' }, xlsx, target);
  expect(calib.done, calib.stdout + calib.stderr).toMatch(/ ok$/);
  expect(calib.result).toBe('ok');
  if (target !== 'child') {
    // The import did run in the worker: it was seen, and the back end did not have to import itself.
    expect(calib.workerPid, calib.stdout + calib.stderr).not.toBeNull();
    expect(workerLog(calib), calib.stdout).toEqual([]);
  }
  const ms = Number(calib.done!.split(' ')[0]);
  checkFolder(full);
  const after = counts(full);
  expect(after).not.toEqual(absent);
  const t: Tally = { tried: 0, absent: 0, complete: 0, killedBeforeDone: 0, partialFilesLeft: 0 };
  if (target === 'worker') Object.assign(t, { failedReported: 0, landedReported: 0, fellBack: 0 });
  if (target === 'backend') t.workerEndMaxMs = 0;
  tallies[tally] = t;
  for (let i = 0; ; i++) {
    const dir = tempDir(`crash-${name}-${i}`);
    fs.cpSync(from(), dir, { recursive: true });
    const list = triggers(ms, dir);
    if (i >= list.length) break;
    const trig = list[i]!;
    const run = await runChild(dir, name, trig, xlsx, target).finally(() => trig.cleanup?.());
    const what = `${tally} killed at ${trig.label}`;
    expect(run.stdout, run.stderr).toContain('START');
    t.tried++;
    if (run.killed) t.killedBeforeDone++;
    if (target !== 'child') expect(run.workerPid, `${what}: the worker was never seen\n${run.stdout}${run.stderr}`).not.toBeNull();
    if (trig.lands) expect(run.killed, `${what}: the kill came after the answer\n${run.stdout}`).toBe(true);
    if (target === 'worker') {
      // The back end answers — it neither hangs nor dies with the worker — and prints no stack to the operator.
      expect(run.hung, what).toBe(false);
      expect(run.result, `${what}\n${run.stdout}${run.stderr}`).not.toBeNull();
      expect(run.done, what).not.toBeNull();
      if (run.result !== 'ok') {
        // The operator's words only: no English, no stack, one message.
        expect(run.result!.replace(/^error internal /, '').replace(/“list-\d+\.xlsx”/, ''), what).not.toMatch(/[A-Za-z]{3,}|\|/);
        expect(workerLog(run)[0], what).toMatch(/^error import worker failed: exited \(SIGKILL\) before answering/);
        if (WORKER_DIED_AFTER_COMMIT.test(run.result!)) t.landedReported!++;
        else {
          expect(run.result, what).toMatch(WORKER_DIED);
          t.failedReported!++;
        }
      } else if (workerLog(run).length) {
        // Killed before it had loaded (nothing read or written yet): the back end imported in its place.
        expect(workerLog(run).join('\n'), what).toMatch(/^warn import worker did not load, importing in the back end: exited \(SIGKILL\) before answering/);
        t.fellBack!++;
      }
    }
    if (target === 'backend' && run.killed) {
      // The worker does not outlive its back end for long: it abandons the file it reads, or finishes its write.
      expect(run.workerEndMs, `${what}: the worker still ran ${limitMs} ms after its back end was killed`).toBeGreaterThanOrEqual(0);
      t.workerEndMaxMs = Math.max(t.workerEndMaxMs!, run.workerEndMs!);
    }
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
      expect([absent, after], what).toContainEqual(now);
      const complete = JSON.stringify(now) === JSON.stringify(after);
      if (complete) t.complete++;
      else t.absent++;
      // The answer tells the truth: “名单未作任何修改” only when nothing was imported, the import done when it says so.
      if (target === 'worker') expect(complete ? 'complete' : 'absent', `${what}: answered ${run.result}`).toBe(WORKER_DIED.test(run.result ?? '') ? 'absent' : 'complete');
      if (trig.expect && run.killed) expect(complete ? 'complete' : 'absent', what).toBe(trig.expect);
    }
    t.partialFilesLeft += partials(path.join(dir, 'backups')).length;
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { full, ms };
}

