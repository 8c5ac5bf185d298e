/** Processes seen through /proc (Linux): a back end's import worker, and whether a process has ended. */
import fs from 'node:fs';

/** The processes a process started (children of each of its threads). */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (list) out.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    /* the process (or a thread) ended meanwhile */
  }
  return out;
}

/** The back end's import worker among its child processes (once it runs the worker script), or null. */
export function findWorker(pid: number): number | null {
  for (const c of childPids(pid)) {
    try {
      if (fs.readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('lists-import-worker')) return c;
    } catch {
      /* gone */
    }
  }
  return null;
}

/** Whether a process is still running (a zombie nobody reaped has ended). */
export function running(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

/** Wait until a process has ended: how long it took, or -1 if it still ran after `limitMs`. */
export async function waitForEnd(pid: number, limitMs: number): Promise<number> {
  const t0 = performance.now();
  while (running(pid)) {
    if (performance.now() - t0 > limitMs) return -1;
    await new Promise((r) => setTimeout(r, 10));
  }
  return Math.round(performance.now() - t0);
}
