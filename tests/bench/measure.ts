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
