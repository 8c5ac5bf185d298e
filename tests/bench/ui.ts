import path from 'node:path';
import readline from 'node:readline';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support';
import { bundleHostChild } from './host-bundle';
import { failed, figure, log, median, percentile, quiet, round, timeAsync, type Figure } from './measure';

export interface UiOptions {
  dataDir: string;
  rendererDir: string;
  year: number;
  operator: number;
  now: number;
  /** The county's .xlsx, re-imported by the host before the pages are measured. */
  xlsx: string;
  /** Let the host re-import and search before the pages are measured (default true). */
  work?: boolean;
}

/** The browser host in a child process (tests/bench/host-child.ts), driven by JSON lines. */
interface Child {
  url: string;
  ask(msg: Record<string, unknown>, timeoutMs?: number): Promise<Record<string, unknown>>;
  proc: ChildProcess;
}

/**
 * The host child runs bundled under plain node, as the desktop back end ships; FDD_BENCH_HOST_TSX=1 runs
 * it under tsx instead (as `npm run web` does), for comparison.
 */
async function startChild(dataDir: string, rendererDir: string): Promise<Child> {
  const underTsx = process.env.FDD_BENCH_HOST_TSX === '1';
  const [cmd, script] = underTsx
    ? [path.resolve('node_modules/.bin/tsx'), path.resolve('tests/bench/host-child.ts')]
    : [process.execPath, await bundleHostChild(path.resolve('dist/bench-host'))];
  log(`host child: ${underTsx ? 'tsx tests/bench/host-child.ts' : `node ${path.relative(process.cwd(), script)} (bundled)`}`);
  const proc = spawn(cmd, [script, dataDir, rendererDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: proc.stdout! });
  const waiting: ((o: Record<string, unknown>) => void)[] = [];
  lines.on('line', (l) => {
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(l) as Record<string, unknown>;
    } catch {
      return;
    }
    waiting.shift()?.(o);
  });
  const next = (timeoutMs: number) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('host child did not answer')), timeoutMs);
      waiting.push((o) => {
        clearTimeout(t);
        if (typeof o.error === 'string') reject(new Error(o.error));
        else resolve(o);
      });
    });
  const first = await next(60_000);
  return {
    url: String(first.url),
    proc,
    ask: (msg, timeoutMs = 120_000) => {
      const p = next(timeoutMs);
      proc.stdin!.write(`${JSON.stringify(msg)}\n`);
      return p;
    },
  };
}

const FIRST_RENDER_RUNS = 7;
/** The same, one run straight after another as the bench measured until 2026-11-30: reported in the note. */
const BACK_TO_BACK_RUNS = 5;
const SCROLL_FRAMES = 600;
const SCROLL_PX_PER_FRAME = 120;
const PDF_RUNS = 5;

async function post(url: string, body: unknown): Promise<unknown> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const j = (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!j.ok) throw new Error(`${url}: ${j.error?.message ?? r.status}`);
  return j.value;
}

async function freshPage(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

/** A person's name link in a row of the 责任人 table: the first rows are on screen. */
const FIRST_ROW = 'section[aria-label="责任人"] [role="row"] a';
/** The region tree, shown after the first rows. */
const TREE = 'section[aria-label="地区树"] [role="tree"]';

/**
 * Scroll the virtual table by a fixed step each animation frame and collect the frame intervals
 * (requestAnimationFrame timestamps). Rows not yet loaded show 加载中 and are fetched as they appear.
 */
/**
 * Scroll the virtual table by a fixed step each animation frame and collect the frame intervals
 * (requestAnimationFrame timestamps). Rows not yet loaded show 加载中 and are fetched as they appear.
 * Plain JavaScript in a string: tsx would wrap a compiled function with helpers the page does not have.
 */
const SCROLL_SCRIPT = `(({ frames, step }) => {
  const section = document.querySelector('section[aria-label="责任人"]');
  if (!section) throw new Error('no 责任人 section');
  const candidates = [section.querySelector('.ant-table-tbody-virtual-holder, [role="table"]'), ...section.querySelectorAll('*')]
    .filter((e) => e instanceof HTMLElement && e.scrollHeight > e.clientHeight + 100);
  const holder = candidates[0];
  if (!holder) throw new Error('no scrollable table body');
  const deltas = [];
  const start = holder.scrollTop;
  return new Promise((resolve) => {
    let last = 0;
    let i = 0;
    const tick = (t) => {
      if (last) deltas.push(t - last);
      last = t;
      holder.scrollTop += step;
      if (++i < frames) requestAnimationFrame(tick);
      else setTimeout(() => {
        const pending = [...section.querySelectorAll('[role="cell"], .ant-typography')].filter((e) => e.textContent === '加载中…').length;
        resolve({ deltas, scrolled: holder.scrollTop - start, pendingAtEnd: pending, holder: holder.className });
      }, 50);
    };
    requestAnimationFrame(tick);
  });
})(${JSON.stringify({ frames: SCROLL_FRAMES, step: SCROLL_PX_PER_FRAME })})`;

function frameStats(s: { deltas: number[]; scrolled: number; pendingAtEnd: number }) {
  return {
    median: round(percentile(s.deltas, 50), 2),
    p99: round(percentile(s.deltas, 99), 2),
    max: round(Math.max(...s.deltas), 2),
    over_16_7: s.deltas.filter((d) => d > 16.7).length,
    over_33_4: s.deltas.filter((d) => d > 33.4).length,
    scrolled_px: s.scrolled,
    px_per_frame: SCROLL_PX_PER_FRAME,
    pending_rows_at_end: s.pendingAtEnd,
  };
}

async function scrollFrames(page: Page): Promise<{ deltas: number[]; scrolled: number; pendingAtEnd: number; holder: string }> {
  return page.evaluate(SCROLL_SCRIPT) as Promise<{ deltas: number[]; scrolled: number; pendingAtEnd: number; holder: string }>;
}

export async function measureUi(o: UiOptions): Promise<Figure[]> {
  const out: Figure[] = [];
  const host = await startChild(o.dataDir, o.rendererDir);
  let browser: Browser | null = null;
  let measuredRss = false;
  try {
    if (o.work !== false) {
      const w = await timeAsync(() => host.ask({ cmd: 'work', xlsx: o.xlsx, year: o.year, now: o.now, operator: o.operator }, 300_000));
      log(`host child: re-import, 200 searches, roster view and 10 wakes in ${round(w.ms)} ms`);
    }
    await post(`${host.url}__test/clock`, { now: o.now });
    await post(`${host.url}api/session.setOperator`, { staffId: o.operator });
    browser = await launchBrowser();

    // First render of the list page: a fresh browser context each run (no cached queries), opened once the
    // machine is quiet — a new context's renderer processes take a second of CPU or more while they start,
    // on two cores as much as the page itself (measure.ts `quiet`). The runs straight one after another
    // are measured too, for the note.
    const firsts: number[] = [];
    const waits: number[] = [];
    const backToBack: number[] = [];
    /** From the first row to the region tree shown (it is asked for once the rows are there). */
    const treeAfter: number[] = [];
    let last: Page | null = null;
    let timeline: Record<string, number> = {};
    try {
      for (let k = 0; k < FIRST_RENDER_RUNS + BACK_TO_BACK_RUNS; k++) {
        const settled = k < FIRST_RENDER_RUNS;
        if (last) await last.context().close();
        const page = await freshPage(browser);
        if (settled) waits.push((await quiet()).waited_ms);
        const api: Record<string, number> = {};
        const started = Date.now();
        page.on('requestfinished', (req) => {
          const t = req.timing();
          const name = new URL(req.url()).pathname.replace(/^\/api\//, '').replace(/^\/assets\/.*\.(js|css)$/, 'asset.$1');
          api[name] = round(t.startTime - started + t.responseEnd, 0);
        });
        const r = await timeAsync(async () => {
          await page.goto(`${host.url}#/lists`);
          await page.locator(FIRST_ROW).first().waitFor({ state: 'visible' });
        });
        (settled ? firsts : backToBack).push(r.ms);
        if (settled) treeAfter.push((await timeAsync(() => page.locator(TREE).waitFor({ state: 'visible' }))).ms);
        if (settled) timeline = { ...api, dom_content_loaded: round(await page.evaluate('performance.timing.domContentLoadedEventEnd - performance.timing.navigationStart') as number, 0) };
        last = page;
      }
      out.push(
        figure('ui.persons_first_render_ms', firsts, 'ms', {
          runs: firsts.map((x) => round(x)),
          waited_for_quiet_ms: waits,
          tree_after_first_row_ms: { median: round(median(treeAfter)), runs: treeAfter.map((x) => round(x)) },
          back_to_back: { what: 'the same, each run straight after the previous one (a new context’s renderer processes still starting)', median: round(median(backToBack)), runs: backToBack.map((x) => round(x)) },
          last_run_finished_at_ms: timeline,
          what: 'goto #/lists until the first person row (whole county, 200,000 persons) is visible, in a fresh browser context opened once the machine is quiet; runs after the first reuse the back end’s year view',
        }),
      );
      log(`first render ${firsts.map((x) => round(x)).join(', ')} ms (waited ${waits.join(', ')} ms for quiet); back to back ${backToBack.map((x) => round(x)).join(', ')} ms`);
    } catch (e) {
      out.push(failed('ui.persons_first_render_ms', e));
    }

    // Scroll through the county's list: at the display's rate (60 Hz), then with frames unthrottled. The
    // page is opened whole first: the region tree (asked for once the first rows are there) shown.
    try {
      if (!last) throw new Error('the list page did not render');
      await last.locator(TREE).waitFor({ state: 'visible' });
      await last.waitForTimeout(300);
      const locked = await scrollFrames(last);
      log(`scroll at 60 Hz: ${locked.deltas.length} frames, scrolled ${locked.scrolled}px, p95 ${round(percentile(locked.deltas, 95), 2)} ms, holder ${locked.holder}`);
      await last.context().close();
      last = null;
      // At 60 Hz every interval is 16.7 ms or a multiple of it, give or take the timer's jitter, so a p95 of
      // 16.7 or 16.8 says nothing but the jitter. Unthrottled (no vsync, no frame-rate limit), the time from
      // one animation frame to the next is what the frame itself costs: script, layout, paint, composite.
      const fast = await launchBrowser(['--disable-frame-rate-limit', '--disable-gpu-vsync']);
      try {
        const page = await freshPage(fast);
        await page.goto(`${host.url}#/lists`);
        await page.locator(TREE).waitFor({ state: 'visible' });
        await page.waitForTimeout(300);
        const s = await scrollFrames(page);
        out.push({
          metric: 'ui.persons_scroll_frame_p95_ms',
          value: round(percentile(s.deltas, 95), 2),
          unit: 'ms',
          n: s.deltas.length,
          note: {
            what: 'requestAnimationFrame intervals while scrolling the county list by a fixed step per frame, in Chromium with frames unthrottled (--disable-frame-rate-limit --disable-gpu-vsync): each interval is the frame’s own cost',
            ...frameStats(s),
            at_60_hz: { what: 'the same scroll at the display rate: intervals are multiples of 16.7 ms; over 33.4 = frames dropped', p95: round(percentile(locked.deltas, 95), 2), ...frameStats(locked) },
          },
        });
        log(`scroll unthrottled: ${s.deltas.length} frames, scrolled ${s.scrolled}px, p95 ${round(percentile(s.deltas, 95), 2)} ms`);
      } finally {
        await fast.close();
      }
    } catch (e) {
      out.push(failed('ui.persons_scroll_frame_p95_ms', e));
    }
    await last?.context().close();

    // The month's roster print view to PDF.
    try {
      const pdfs: number[] = [];
      let bytes = 0;
      const [y, m] = [new Date(o.now).getUTCFullYear(), 6];
      for (let k = 0; k < PDF_RUNS; k++) {
        const p = await freshPage(browser);
        await quiet();
        const r = await timeAsync(async () => {
          await p.goto(`${host.url}#/print/roster/${y}/${m}`);
          await p.locator('h1', { hasText: '值班表' }).first().waitFor({ state: 'visible' });
          return p.pdf({ format: 'A4', printBackground: true });
        });
        bytes = r.value.length;
        pdfs.push(r.ms);
        await p.context().close();
      }
      out.push(figure('print.month_pdf_ms', pdfs, 'ms', { runs: pdfs.map((x) => round(x)), pdf_kb: round(bytes / 1024, 1), what: `goto #/print/roster/${y}/${m} until the title shows, then page.pdf A4; each in a fresh browser context opened once the machine is quiet` }));
    } catch (e) {
      out.push(failed('print.month_pdf_ms', e));
    }
    const mem = await host.ask({ cmd: 'rss' });
    measuredRss = true;
    out.push({
      metric: 'host.rss_mb',
      value: Number(mem.rss_mb),
      unit: 'MB',
      n: 1,
      note: { ...mem, run: process.env.FDD_BENCH_HOST_TSX === '1' ? 'tsx (as npm run web)' : 'bundled, plain node (as the desktop back end ships)', what: 'rss of the browser host process (back end) after opening the extreme data set, a re-import of the 200,000-row file, the 200 searches, a roster view, 10 reminder wakes, the list page, scrolling and 5 PDFs; no forced GC' },
    });
  } finally {
    await browser?.close();
    if (!measuredRss) out.push({ metric: 'host.rss_mb', value: null, unit: 'MB', n: 0, error: 'host child failed before the memory was read' });
    await host.ask({ cmd: 'stop' }, 30_000).catch(() => host.proc.kill());
  }
  return out;
}
