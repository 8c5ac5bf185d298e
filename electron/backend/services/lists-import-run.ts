import { fork, type ChildProcess } from 'node:child_process';
import { AppError, type ApiError } from '../../../shared/contract/errors';
import type { CommitInput, PreviewInput } from './lists-import-job';

export interface ImportWorkerConfig {
  /** lists-import-worker.ts under tsx, its bundle (dist/electron/lists-import-worker.mjs) in the app. */
  script: string;
  dbPath: string;
  backupDir: string;
  nativeBinding?: string;
}

/** What the worker is sent (its first message). */
export type ImportJob = { config: ImportWorkerConfig; now: number; operator: { id: number | null; name: string } } & (
  | { kind: 'preview'; input: PreviewInput }
  | { kind: 'commit'; input: CommitInput }
);

/** What the worker sends: `ready` once its code has loaded, log lines, then one answer. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; msg: string }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: ApiError }
  | { type: 'crashed'; detail: string };

type LogFn = (level: 'info' | 'warn' | 'error', msg: string) => void;

const CRASHED = '导入未能完成：后台处理意外中止，名单未作任何修改。请重试；如仍失败，请把日志发给维护人员';

function start(script: string): ChildProcess {
  // Under tsx (the browser host, tests) the worker needs tsx's loader to read TypeScript; in the desktop
  // app the process is Electron's own binary, run as plain Node.
  const execArgv = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const env = process.versions.electron ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env;
  return fork(script, [], { execArgv, env, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
}

/**
 * Run a list import (preview or commit) in a worker process of its own. A 200,000-row sheet takes
 * hundreds of megabytes while it is read and checked; a thread's heap would be returned, but not the
 * memory its native allocations leave behind, while a process gives back everything when it ends. The
 * back end keeps answering meanwhile. A commit is one transaction on the worker's connection: if the
 * worker dies, SQLite rolls it back — nothing half-imported. A worker that cannot load (a damaged
 * installation) leaves the job to `inProcess`, on the back end's own connection.
 */
export function runImportJob<T>(job: ImportJob, inProcess: () => Promise<T>, log?: LogFn): Promise<T> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = start(job.config.script);
    } catch (e) {
      log?.('warn', `import worker did not start, importing in the back end: ${(e as Error).message}`);
      inProcess().then(resolve, reject);
      return;
    }
    // What the worker printed (a module that failed to load, a crash), for the log.
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => {
      stderr = (stderr + b.toString()).slice(-2000);
    });
    let ready = false;
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    /** Before `ready` the job has not started: nothing was read or written, so it can run here instead. */
    const fail = (why: string) => {
      if (settled) return;
      const detail = stderr.trim() ? `${why}\n${stderr.trim()}` : why;
      if (!ready) {
        log?.('warn', `import worker did not load, importing in the back end: ${detail}`);
        settle(() => inProcess().then(resolve, reject));
        return;
      }
      log?.('error', `import worker failed: ${detail}`);
      settle(() => reject(new AppError('internal', CRASHED)));
    };
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') {
        ready = true;
        child.send(job);
      } else if (m.type === 'log') log?.(m.level, m.msg);
      else if (m.type === 'done') settle(() => resolve(m.value as T));
      else if (m.type === 'failed') settle(() => reject(new AppError(m.error.code, m.error.message, m.error.field)));
      else fail(m.detail);
    });
    child.on('error', (e) => fail(e.stack ?? e.message));
    // 'close', not 'exit': 'exit' can come before the last message on the channel has been read, and a
    // worker that answered would be taken for one that died; 'close' waits for its pipes and channel.
    child.on('close', (code, signal) => fail(`exited (${signal ?? code}) before answering`));
  });
}
