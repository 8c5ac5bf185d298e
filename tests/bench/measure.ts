import fs from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';

/** One printed figure: a metric (the median of n runs) or a baseline; value null with `error` when it could not be measured. */
export interface Figure {
  metric: string;
  value: number | null;
  unit: string;
  n: number;
  error?: string;
  /** Extra facts about the runs (spread, counts); printed after the required keys. */
  note?: Record<string, unknown>;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1]!;
}

export const round = (x: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export const now = (): bigint => process.hrtime.bigint();

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = now();
  const value = await fn();
  return { ms: ms(t0), value };
}

export function timeSync<T>(fn: () => T): { ms: number; value: T } {
  const t0 = now();
  const value = fn();
  return { ms: ms(t0), value };
}

export function figure(metric: string, runs: readonly number[], unit = 'ms', note?: Record<string, unknown>): Figure {
  return { metric, value: round(median(runs), 2), unit, n: runs.length, ...(note ? { note } : {}) };
}

export function failed(metric: string, e: unknown, unit = 'ms'): Figure {
  const msg = e instanceof Error ? e.message : String(e);
  return { metric, value: null, unit, n: 0, error: msg.split('\n')[0]!.slice(0, 300) };
}

/** Progress to stderr (stdout carries only the JSON lines). */
export function log(msg: string): void {
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)} load ${load}] ${msg}\n`);
}

let gcFn: (() => void) | null = null;
/** A full garbage collection, without needing `node --expose-gc`. */
export function collectGarbage(): void {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
}

export function machine(): Record<string, unknown> {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    mem_gb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadavg: os.loadavg().map((x) => round(x, 2)),
  };
}

/** The machine's CPU time so far, all CPUs: total and idle ticks (/proc/stat), or null where it cannot be read. */
function cpuTicks(): { total: number; idle: number } | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    return { total: f.reduce((a, b) => a + b, 0), idle: (f[3] ?? 0) + (f[4] ?? 0) };
  } catch {
    return null;
  }
}

/**
 * Wait until the machine is quiet: a window of `windowMs` in which the CPUs were idle at least `idleShare`
 * of the time, at most `maxMs` in all. A new browser context starts renderer processes that take a second
 * of CPU or more on a small PC while they start; a page load measured during that measures them as well.
 * Without /proc/stat it waits one window. Returns how long it waited and the last window's idle share.
 */
export async function quiet(windowMs = 250, idleShare = 0.8, maxMs = 5_000): Promise<{ waited_ms: number; idle: number }> {
  const start = Date.now();
  let idle = 0;
  for (;;) {
    const a = cpuTicks();
    await new Promise((r) => setTimeout(r, windowMs));
    const b = cpuTicks();
    if (!a || !b) return { waited_ms: Date.now() - start, idle: NaN };
    idle = (b.idle - a.idle) / Math.max(1, b.total - a.total);
    if (idle >= idleShare || Date.now() - start >= maxMs) return { waited_ms: Date.now() - start, idle: round(idle, 2) };
  }
}
