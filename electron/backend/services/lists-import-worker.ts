/**
 * The import worker process (see lists-import-run.ts): one job on a connection of its own, then it ends.
 * Bundled for the app as dist/electron/lists-import-worker.mjs (scripts/build-electron.mjs).
 */
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { backupOrFail } from './backup-now';
import { commitImport, previewImport, type ImportEnv } from './lists-import-job';
import type { ImportJob, WorkerMessage } from './lists-import-run';

const send = (m: WorkerMessage) => new Promise<void>((resolve) => process.send!(m, undefined, undefined, () => resolve()));
const log: ImportEnv['log'] = (level, msg) => void send({ type: 'log', level, msg });

async function run(job: ImportJob): Promise<unknown> {
  const { config } = job;
  const db = new Database(config.dbPath, config.nativeBinding ? { nativeBinding: config.nativeBinding } : {});
  try {
    // The file is already open, checked and migrated by the back end (WAL is the file's own setting).
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const env: ImportEnv = { db, now: job.now, operator: job.operator, log, backup: () => backupOrFail(db, config.backupDir, job.now, 'pre-import', log).file };
    return job.kind === 'preview' ? await previewImport(env, job.input) : await commitImport(env, job.input);
  } finally {
    db.close();
  }
}

// The back end gone (the app closed or crashed): an import still reading its file is abandoned. One already
// writing cannot be interrupted (the write is synchronous) and lands whole — its one transaction with the
// audit row, after its backup — as if only the answer had been lost.
process.once('disconnect', () => process.exit(1));

process.once('message', (job: ImportJob) => {
  void (async () => {
    let answer: WorkerMessage;
    try {
      answer = { type: 'done', value: await run(job) };
    } catch (e) {
      answer = e instanceof AppError ? { type: 'failed', error: e.toApiError() } : { type: 'crashed', detail: (e as Error).stack ?? String(e) };
    }
    await send(answer);
    process.removeAllListeners('disconnect');
    process.disconnect();
  })();
});
void send({ type: 'ready' });
