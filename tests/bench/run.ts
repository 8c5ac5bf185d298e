/**
 * `npm run bench`: builds the deterministic data sets and prints one JSON object per line —
 * the metrics (median of n runs), then the baselines, then one line per goal of issue 10.
 * Progress goes to stderr. Not part of `npm test`.
 *
 * FDD_BENCH_KEEP=1 keeps the temporary folders; FDD_BENCH_SKIP_UI=1 leaves out the Chromium part.
 * FDD_BENCH_ONLY_UI=<dataDir> runs only the Chromium part against a data folder kept by an earlier
 * FDD_BENCH_KEEP=1 run (the county's .xlsx is looked for beside it); FDD_BENCH_UI_WORK=0 then also skips
 * the host's re-import and searches before the pages are measured (faster, but a colder back end);
 * FDD_BENCH_RENDERER_DIR=<dir> uses that built renderer instead of building one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { createBackend, DB_FILE, type Backend } from '../../electron/backend/backend';
import { bundledWorker } from './bundle-names';
import { bundleHostChild } from './host-bundle';
import { REGISTERED_RULES } from '../../electron/backend/services/reminder-engine';
import { zeroReportContext, yearSpan } from '../../electron/backend/services/reminder-periods';
import { openDatabase } from '../../db/open';
import { insertOccurrence, writeReminderState } from '../../db/repos/reminders';
import { occurrencesBetween } from '../../shared/reminders/index';
import { routeOf } from '../../electron/backend/services/reminder-engine';
import { manualClock, type ManualClock } from '../../shared/time/clock';
import { instantAt } from '../../shared/time/civil';
import { COUNTY, PERSONS, personRows, phoneOf, personName, searchQueries, writePersonsXlsx } from './data';
import { collectGarbage, failed, figure, log, machine, median, percentile, round, timeAsync, timeSync, type Figure } from './measure';
import { measureUi } from './ui';

const MIGRATIONS_DIR = path.resolve('db/migrations');
const YEAR = 2026;
const KEEP = process.env.FDD_BENCH_KEEP === '1';
const IMPORT_RUNS = Number(process.env.FDD_BENCH_IMPORT_RUNS ?? 3);
const startedAt = Date.now();

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fdd-bench-'));
const metrics: Figure[] = [];
const baselines: Figure[] = [];
const extras: Figure[] = [];

function emit(f: Figure, into: Figure[]): void {
  into.push(f);
  log(`${f.metric} = ${f.value ?? 'null'} ${f.unit}${f.error ? ` (${f.error})` : ''} n=${f.n}`);
}

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** The import worker as the app runs it: bundled, in a process of its own (set by main before any timing). */
let importWorker: string | undefined;

function newBackend(dataDir: string, clock: ManualClock): Backend {
  return createBackend({ dataDir, clock, migrationsDir: MIGRATIONS_DIR, appVersion: 'bench', importWorker });
}

// ---------------------------------------------------------------------------------------------
// Renderer build (before any timing, so it does not compete with the measurements).
function buildRenderer(): string {
  const out = path.resolve('dist/renderer-bench');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', '../dist/renderer-bench', '--emptyOutDir'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Import of 200,000 persons and its two baselines.

interface ImportRun {
  dataDir: string;
  backend: Backend;
  clock: ManualClock;
}

async function importOnce(base64: string, keep: boolean, previewRuns: number[], commitRuns: number[]): Promise<ImportRun | null> {
  const dataDir = fs.mkdtempSync(path.join(root, 'data-'));
  const clock = manualClock(instantAt(`${YEAR}-03-16`, '09:00'));
  const backend = newBackend(dataDir, clock);
  await call(backend, 'lists.years.create', { year: YEAR, countyName: COUNTY });
  const input = { year: YEAR, fileName: `${COUNTY}${YEAR}年责任人名单.xlsx`, dataBase64: base64, createRegions: true };
  const p = await timeAsync(() => call<{ personsRead: number; errors: number; problem: string | null; newRegions: unknown[] }>(backend, 'lists.import.preview', input));
  if (p.value.problem || p.value.personsRead !== PERSONS || p.value.errors) {
    throw new Error(`preview: read ${p.value.personsRead} persons, ${p.value.errors} errors, problem ${p.value.problem ?? '—'}`);
  }
  previewRuns.push(p.ms);
  collectGarbage();
  const c = await timeAsync(() => call<{ summary: { added: number }[]; regionsAdded: number }>(backend, 'lists.import.commit', input));
  const added = c.value.summary.reduce((n, s) => n + s.added, 0);
  if (added !== PERSONS) throw new Error(`commit added ${added} persons, expected ${PERSONS}`);
  commitRuns.push(c.ms);
  log(`import run: preview ${round(p.ms)} ms, commit ${round(c.ms)} ms, ${c.value.regionsAdded} regions added`);
  if (keep) return { dataDir, backend, clock };
  backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return null;
}

async function exceljsRead(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore', entries: 'emit' });
  let rows = 0;
  for await (const ws of reader) {
    for await (const row of ws) {
      if (row.values) rows++;
    }
  }
  return rows;
}

function sqliteInsert(file: string): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE persons (id INTEGER PRIMARY KEY, township TEXT NOT NULL, village TEXT NOT NULL, grp TEXT NOT NULL, zone TEXT NOT NULL,
    level TEXT NOT NULL, name TEXT NOT NULL, position TEXT NOT NULL, phones TEXT NOT NULL, households INTEGER) STRICT`);
  const ins = db.prepare('INSERT INTO persons (township, village, grp, zone, level, name, position, phones, households) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  let n = 0;
  db.transaction(() => {
    for (const r of personRows()) {
      ins.run(r.township, r.village, r.group, r.zone, r.level, r.name, r.position, r.phone, r.households);
      n++;
    }
  })();
  db.close();
  return n;
}

// ---------------------------------------------------------------------------------------------

interface StaffLike {
  id: number;
}

async function addStaffAndRoster(run: ImportRun): Promise<{ firstStaff: number }> {
  const { backend } = run;
  const ids: number[] = [];
  for (let k = 0; k < 60; k++) {
    const s = await call<StaffLike>(backend, 'staff.create', {
      name: personName(900_000 + k),
      unit: k < 12 ? '局领导' : '应急指挥中心',
      position: k < 12 ? '副局长' : '科员',
      phones: [phoneOf(900_000 + k)],
      canLead: k < 12,
      canDuty: true,
    });
    ids.push(s.id);
    if (k === 0) await call(backend, 'session.setOperator', { staffId: s.id });
  }
  await call(backend, 'roster.saveRole', { key: 'leader', name: '带班领导', leader: true, counts: { workday: 1, weekend: 1, holiday: 1 }, staffIds: ids.slice(0, 12) });
  await call(backend, 'roster.saveRole', { key: 'officer', name: '值班员', leader: false, followsPeriods: true, counts: { workday: 1, weekend: 1, holiday: 2 }, staffIds: ids.slice(12) });
  return { firstStaff: ids[0]! };
}

/** Ten years of roster (2017–2026), each year generated in December of the year before: one run per year. */
async function rosterYears(run: ImportRun): Promise<number[]> {
  const times: number[] = [];
  for (let y = YEAR - 9; y <= YEAR; y++) {
    run.clock.set(instantAt(`${y - 1}-12-01`, '09:00'));
    const r = await timeAsync(() => call<{ generatedSlots: number; warnings: unknown[] }>(run.backend, 'roster.generate', { from: `${y}-01-01`, to: `${y}-12-31` }));
    if (r.value.generatedSlots < 365) throw new Error(`roster ${y}: only ${r.value.generatedSlots} slots generated`);
    times.push(r.ms);
  }
  return times;
}

/** Ten years of reminder occurrences (what a desk running since mid-2016 has stored), all acknowledged. */
function storeTenYearsOfReminders(dbFile: string, until: number): number {
  const out = openDatabase({ file: dbFile, migrationsDir: MIGRATIONS_DIR });
  if (out.state !== 'ok') throw new Error(out.problem);
  const db = out.db;
  const from = instantAt(`${YEAR - 10}-06-01`, '00:00');
  const ctx = zeroReportContext(db, yearSpan(YEAR - 10, YEAR + 1));
  const occ = occurrencesBetween(REGISTERED_RULES, from, until, { periods: ctx.periods, isWorkday: ctx.isWorkday });
  db.transaction(() => {
    for (const o of occ) {
      insertOccurrence(db, {
        key: o.key,
        ruleId: o.ruleId,
        kind: o.kind,
        ...(o.role ? { role: o.role } : {}),
        ...(o.subject !== undefined ? { subject: o.subject } : {}),
        date: o.date,
        dueAt: o.dueAt,
        title: o.title,
        body: o.body,
        route: routeOf(o.kind),
        outcome: 'delivered',
        catchUp: false,
        tickAt: o.dueAt,
      });
    }
    db.prepare("UPDATE reminder_occurrences SET ack_at = due_at + 60000, ack_by_name = '值班员'").run();
    writeReminderState(db, { lastTick: until, startedOn: `${YEAR - 10}-06-01` });
  })();
  db.close();
  return occ.length;
}

// ---------------------------------------------------------------------------------------------

async function measureSearch(run: ImportRun): Promise<void> {
  const first = await timeAsync(() => call(run.backend, 'lists.persons.search', { year: YEAR, q: '王', limit: 200 }));
  emit(figure('persons.search_first_ms', [first.ms], 'ms', { what: 'first search of the year, building the search index' }), extras);
  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  let empty = 0;
  for (const { kind, q } of searchQueries()) {
    const r = await timeAsync(() => call<{ rows: unknown[] }>(run.backend, 'lists.persons.search', { year: YEAR, q, limit: 200 }));
    if (r.value.rows.length === 0) empty++;
    times.push(r.ms);
    byKind.set(kind, [...(byKind.get(kind) ?? []), r.ms]);
  }
  const note: Record<string, unknown> = { median: round(median(times), 2), empty_results: empty };
  for (const [k, xs] of byKind) note[`p95_${k}`] = round(percentile(xs, 95), 2);
  metrics.push({ metric: 'persons.search_p95_ms', value: round(percentile(times, 95), 2), unit: 'ms', n: times.length, note });
  log(`persons.search_p95_ms = ${round(percentile(times, 95), 2)} ${JSON.stringify(note)}`);
}

function measureTick(run: ImportRun): void {
  const start = instantAt(`${YEAR}-06-01`, '10:50');
  // Warm-up wake (not timed): the day's first wake also takes the daily backup of the whole file.
  run.clock.set(start);
  const warm = timeSync(() => run.backend.dailyDuties());
  emit(figure('reminders.first_wake_of_day_ms', [warm.ms], 'ms', { what: 'first wake of the day: tick + the daily backup' }), extras);
  const times: number[] = [];
  for (let k = 1; k <= 40; k++) {
    run.clock.set(start + k * 60_000);
    times.push(timeSync(() => run.backend.dailyDuties()).ms);
  }
  emit(figure('reminders.tick_ms', times, 'ms', { p95: round(percentile(times, 95), 2), max: round(Math.max(...times), 2), span: '10:51–11:30, one wake a minute' }), metrics);
}

function measureOpen(dataDir: string): void {
  const file = path.join(dataDir, DB_FILE);
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const r = timeSync(() => openDatabase({ file, migrationsDir: MIGRATIONS_DIR }));
    if (r.value.state !== 'ok') throw new Error(r.value.problem);
    r.value.db.close();
    times.push(r.ms);
  }
  emit(figure('db.open_ms', times, 'ms', { file_mb: round(fs.statSync(file).size / 2 ** 20, 1) }), metrics);
}

// ---------------------------------------------------------------------------------------------

const GOALS: { goal: string; metric: string; target: (get: (m: string) => number | null) => number | null }[] = [
  {
    goal: 'persons.import_xlsx_200k_ms <= 1.5 x (baseline.exceljs_read_200k_ms + baseline.sqlite_insert_200k_ms)',
    metric: 'persons.import_xlsx_200k_ms',
    target: (get) => {
      const a = get('baseline.exceljs_read_200k_ms');
      const b = get('baseline.sqlite_insert_200k_ms');
      return a === null || b === null ? null : round(1.5 * (a + b), 1);
    },
  },
  { goal: 'persons.search_p95_ms <= 20', metric: 'persons.search_p95_ms', target: () => 20 },
  { goal: 'roster.generate_year_60_ms <= 50', metric: 'roster.generate_year_60_ms', target: () => 50 },
  { goal: 'reminders.tick_ms <= 5', metric: 'reminders.tick_ms', target: () => 5 },
  { goal: 'db.open_ms <= 300', metric: 'db.open_ms', target: () => 300 },
  { goal: 'ui.persons_first_render_ms <= 1000', metric: 'ui.persons_first_render_ms', target: () => 1000 },
  { goal: 'ui.persons_scroll_frame_p95_ms <= 16.7', metric: 'ui.persons_scroll_frame_p95_ms', target: () => 16.7 },
  { goal: 'print.month_pdf_ms <= 1500', metric: 'print.month_pdf_ms', target: () => 1500 },
  { goal: 'host.rss_mb <= 300', metric: 'host.rss_mb', target: () => 300 },
];

const ORDER = [
  'persons.import_xlsx_200k_ms',
  'persons.search_p95_ms',
  'roster.generate_year_60_ms',
  'reminders.tick_ms',
  'db.open_ms',
  'ui.persons_first_render_ms',
  'ui.persons_scroll_frame_p95_ms',
  'print.month_pdf_ms',
  'host.rss_mb',
];

function print(f: Figure): void {
  const { note, error, ...rest } = f;
  const line = error !== undefined ? { metric: f.metric, value: null, error, unit: f.unit, n: f.n } : { ...rest, ...(note ? { note } : {}) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** FDD_BENCH_ONLY_UI: the UI figures alone, against an existing extreme data set. */
async function onlyUi(dataDir: string): Promise<void> {
  const dbFile = path.join(dataDir, DB_FILE);
  if (!fs.existsSync(dbFile)) throw new Error(`no ${DB_FILE} in ${dataDir}`);
  const db = new Database(dbFile, { readonly: true });
  const staff = db.prepare('SELECT min(id) AS id FROM staff').get() as { id: number | null };
  db.close();
  if (staff.id === null) throw new Error('no staff in the data set');
  const xlsx = path.join(path.dirname(dataDir), `${COUNTY}${YEAR}年责任人名单.xlsx`);
  if (!fs.existsSync(xlsx)) throw new Error(`no ${xlsx}`);
  // FDD_BENCH_RENDERER_DIR: an already built renderer (e.g. to compare two builds).
  const given = process.env.FDD_BENCH_RENDERER_DIR;
  const b = given ? { value: path.resolve(given), ms: 0 } : timeSync(() => buildRenderer());
  log(`renderer ${given ? `from ${b.value}` : `built in ${round(b.ms)} ms`}`);
  const ui = await measureUi({ dataDir, rendererDir: b.value, year: YEAR, operator: staff.id, now: instantAt(`${YEAR}-06-01`, '11:30'), xlsx, work: process.env.FDD_BENCH_UI_WORK !== '0' });
  for (const f of ui) {
    log(`${f.metric} = ${f.value ?? 'null'} ${f.unit}${f.error ? ` (${f.error})` : ''} n=${f.n}`);
    print(f);
  }
}

async function main(): Promise<void> {
  const only = process.env.FDD_BENCH_ONLY_UI;
  if (only) {
    fs.rmSync(root, { recursive: true, force: true });
    return onlyUi(path.resolve(only));
  }
  process.stdout.write(`${JSON.stringify({ machine: machine(), started: new Date(startedAt).toISOString() })}\n`);
  log(`working folder ${root}`);
  importWorker = bundledWorker(await bundleHostChild(path.resolve('dist/bench-host')));
  log(`list imports run in ${path.relative(process.cwd(), importWorker)} (bundled, a process of its own)`);

  let rendererDir: string | null = null;
  if (process.env.FDD_BENCH_SKIP_UI !== '1') {
    try {
      const b = timeSync(() => buildRenderer());
      rendererDir = b.value;
      log(`renderer built in ${round(b.ms)} ms`);
    } catch (e) {
      log(`renderer build failed: ${(e as Error).message}`);
    }
  }

  // Data set: the county's 200,000 persons as an .xlsx.
  const xlsx = path.join(root, `${COUNTY}${YEAR}年责任人名单.xlsx`);
  const w = await timeAsync(() => writePersonsXlsx(xlsx));
  const size = fs.statSync(xlsx).size;
  log(`wrote ${w.value} rows to ${xlsx} (${round(size / 2 ** 20, 1)} MB) in ${round(w.ms)} ms`);
  const base64 = fs.readFileSync(xlsx).toString('base64');

  // Import runs; the last one's data folder becomes the extreme data set.
  const previewRuns: number[] = [];
  const commitRuns: number[] = [];
  let run: ImportRun | null = null;
  try {
    for (let k = 0; k < IMPORT_RUNS; k++) {
      collectGarbage();
      run = await importOnce(base64, k === IMPORT_RUNS - 1, previewRuns, commitRuns);
    }
    emit(figure('persons.import_xlsx_200k_ms', commitRuns, 'ms', { runs: commitRuns.map((x) => round(x)), file_mb: round(size / 2 ** 20, 1), what: 'lists.import.commit (parse+validate+diff+backup+commit) into an empty year, in the import worker process as the app runs it' }), metrics);
    emit(figure('persons.import_preview_200k_ms', previewRuns, 'ms', { runs: previewRuns.map((x) => round(x)) }), extras);
  } catch (e) {
    emit(failed('persons.import_xlsx_200k_ms', e), metrics);
  }

  // Baselines, same file, same rows.
  try {
    const runs: number[] = [];
    for (let k = 0; k < IMPORT_RUNS; k++) {
      collectGarbage();
      const r = await timeAsync(() => exceljsRead(xlsx));
      if (r.value < PERSONS) throw new Error(`exceljs read only ${r.value} rows`);
      runs.push(r.ms);
    }
    emit(figure('baseline.exceljs_read_200k_ms', runs, 'ms', { runs: runs.map((x) => round(x)), reader: 'exceljs streaming WorkbookReader, every row visited' }), baselines);
  } catch (e) {
    emit(failed('baseline.exceljs_read_200k_ms', e), baselines);
  }
  try {
    const runs: number[] = [];
    for (let k = 0; k < IMPORT_RUNS; k++) {
      const file = path.join(root, `baseline-${k}.sqlite`);
      runs.push(timeSync(() => sqliteInsert(file)).ms);
      for (const ext of ['', '-wal', '-shm']) fs.rmSync(file + ext, { force: true });
    }
    emit(figure('baseline.sqlite_insert_200k_ms', runs, 'ms', { runs: runs.map((x) => round(x)) }), baselines);
  } catch (e) {
    emit(failed('baseline.sqlite_insert_200k_ms', e), baselines);
  }

  if (!run) {
    for (const m of ORDER.slice(1)) emit(failed(m, new Error('no extreme data set: the import failed')), metrics);
  } else {
    const extreme = run;
    try {
      await measureSearch(extreme);
    } catch (e) {
      emit(failed('persons.search_p95_ms', e), metrics);
    }
    let firstStaff: number | null = null;
    try {
      firstStaff = (await addStaffAndRoster(extreme)).firstStaff;
      const times = await rosterYears(extreme);
      emit(figure('roster.generate_year_60_ms', times, 'ms', { runs: times.map((x) => round(x)), what: 'roster.generate for one year, 12 leaders + 48 officers; years 2017–2026 each once' }), metrics);
    } catch (e) {
      emit(failed('roster.generate_year_60_ms', e), metrics);
    }
    try {
      extreme.backend.close();
      const until = instantAt(`${YEAR}-06-01`, '10:50');
      const n = storeTenYearsOfReminders(path.join(extreme.dataDir, DB_FILE), until);
      log(`stored ${n} reminder occurrences (ten years)`);
      extreme.backend = newBackend(extreme.dataDir, extreme.clock);
      if (firstStaff !== null) await call(extreme.backend, 'session.setOperator', { staffId: firstStaff });
      measureTick(extreme);
    } catch (e) {
      emit(failed('reminders.tick_ms', e), metrics);
    }
    extreme.backend.close();
    try {
      measureOpen(extreme.dataDir);
    } catch (e) {
      emit(failed('db.open_ms', e), metrics);
    }
    try {
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        const r = timeSync(() => newBackend(extreme.dataDir, extreme.clock));
        r.value.close();
        times.push(r.ms);
      }
      emit(figure('backend.start_ms', times, 'ms', { what: 'createBackend on the extreme data set: open + migrate check + quick_check + first reminder tick' }), extras);
    } catch (e) {
      emit(failed('backend.start_ms', e), extras);
    }

    collectGarbage();
    emit({ metric: 'bench.process_rss_mb', value: round(process.memoryUsage().rss / 2 ** 20, 1), unit: 'MB', n: 1, note: { what: 'this bench process after three imports, search, roster and ticks (after a full GC); not the goal figure' } }, extras);
    // Chromium against the browser host, run as a child process so that its memory is the back end's alone.
    if (rendererDir && firstStaff !== null) {
      try {
        const ui = await measureUi({ dataDir: extreme.dataDir, rendererDir, year: YEAR, operator: firstStaff, now: instantAt(`${YEAR}-06-01`, '11:30'), xlsx });
        for (const f of ui) emit(f, f.metric.startsWith('ui.') || f.metric.startsWith('print.') || f.metric.startsWith('host.') ? metrics : extras);
      } catch (e) {
        for (const m of ['ui.persons_first_render_ms', 'ui.persons_scroll_frame_p95_ms', 'print.month_pdf_ms', 'host.rss_mb']) emit(failed(m, e, m === 'host.rss_mb' ? 'MB' : 'ms'), metrics);
      }
    } else {
      const why = rendererDir ? 'no staff for the operator' : process.env.FDD_BENCH_SKIP_UI === '1' ? 'skipped (FDD_BENCH_SKIP_UI=1)' : 'renderer build failed';
      for (const m of ['ui.persons_first_render_ms', 'ui.persons_scroll_frame_p95_ms', 'print.month_pdf_ms']) emit(failed(m, new Error(why)), metrics);
      emit(failed('host.rss_mb', new Error(why), 'MB'), metrics);
    }
  }

  // Output: metrics in the issue's order, extras, baselines, goals.
  const byName = new Map(metrics.map((m) => [m.metric, m]));
  for (const name of ORDER) print(byName.get(name) ?? { metric: name, value: null, unit: 'ms', n: 0, error: 'not measured' });
  for (const f of extras) print(f);
  for (const f of baselines) print(f);
  const all = new Map([...metrics, ...baselines].map((m) => [m.metric, m.value]));
  const get = (m: string) => all.get(m) ?? null;
  for (const g of GOALS) {
    const target = g.target(get);
    const value = get(g.metric);
    process.stdout.write(`${JSON.stringify({ goal: g.goal, target, value, met: target !== null && value !== null && value <= target })}\n`);
  }
  process.stdout.write(`${JSON.stringify({ finished: new Date().toISOString(), total_s: round((Date.now() - startedAt) / 1000, 1), loadavg_end: machine().loadavg })}\n`);
}

main()
  .catch((e) => {
    log(`bench failed: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  })
  .finally(() => {
    if (process.env.FDD_BENCH_ONLY_UI) return;
    if (!KEEP) fs.rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  });
