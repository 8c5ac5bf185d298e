import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../backend/backend';
import { startScheduler } from '../backend/scheduler';
import { offsetClock, systemClock } from '../../shared/time/clock';
import { createHostServer } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..', '..');

export interface StartOptions {
  dataDir: string;
  port: number;
  testClock?: boolean;
  rendererDir?: string;
  migrationsDir?: string;
  scheduler?: boolean;
  /** The list import worker's script; by default the TypeScript source (the host runs under tsx). */
  importWorker?: string;
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
}

export interface RunningHost {
  url: string;
  port: number;
  backend: Backend;
  stop(): Promise<void>;
}

function appVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** The browser host: the same back end as the desktop app, served over HTTP on 127.0.0.1 only. */
export async function startHost(opts: StartOptions): Promise<RunningHost> {
  const clock = offsetClock(systemClock);
  const backend = createBackend({
    dataDir: opts.dataDir,
    clock,
    migrationsDir: opts.migrationsDir ?? path.join(REPO_ROOT, 'db', 'migrations'),
    appVersion: appVersion(),
    testClock: opts.testClock,
    importWorker: opts.importWorker ?? path.join(REPO_ROOT, 'electron', 'backend', 'services', 'lists-import-worker.ts'),
    log: opts.log,
  });
  const host = createHostServer({
    backend,
    rendererDir: opts.rendererDir ?? path.join(REPO_ROOT, 'dist', 'renderer'),
    port: opts.port,
    testClock: opts.testClock ? clock : undefined,
  });
  const port = await host.listen();
  const sched = opts.scheduler === false ? null : startScheduler(() => backend.dailyDuties());
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    backend,
    stop: async () => {
      sched?.stop();
      await host.close();
      backend.close();
    },
  };
}
