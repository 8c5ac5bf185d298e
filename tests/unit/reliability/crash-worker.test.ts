/**
 * Crash safety of the list import as the app runs it: in the import worker process (the bundled
 * lists-import-worker.mjs, forked by the back end). The worker is SIGKILLed (the back end must answer with
 * its Chinese error, or — killed before it had loaded — import in the back end instead), and the back end
 * is SIGKILLed while its worker runs (the worker must end on its own: abandoning a file it is still
 * reading, finishing a write under way as one transaction). See crash-harness.ts.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dbPath } from './helpers';
import { ROWS, atFractions, big, importMoments, scenario, tallies, templateDir, useCrashHarness } from './crash-harness';

useCrashHarness();

describe('the import as the app runs it, in its worker process: SIGKILL of the worker or of the back end', () => {
  /** Whether the import has committed: its audit row, seen on a connection of the test's own (closed by `cleanup`). */
  const importCommitted = (dir: string) => {
    let db: Database.Database | null = null;
    let before = -1;
    const imports = () => (db!.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'list_import'").get() as { n: number }).n;
    return {
      when: () => {
        db ??= new Database(dbPath(dir), { readonly: true, fileMustExist: true });
        if (before < 0) before = imports();
        return imports() > before;
      },
      cleanup: () => db?.close(),
    };
  };
  const WORKER_KILLED = 'import (worker killed)';
  const BACKEND_KILLED = 'import (back end killed, worker running)';

  it(`the worker killed during a ${ROWS}-row import: the back end answers with its Chinese error (or imports itself), whole change or none`, async () => {
    await scenario(
      'import',
      templateDir,
      (ms, dir) => {
        const m = importMoments(dir);
        return [
          { label: 'the worker started', kind: 'worker', lands: true },
          ...atFractions(ms, [0.3, 0.6]),
          m.backupWriting,
          m.backupDone,
          // The transaction's pages reach the WAL as it commits: these land just before the commit, or just after it.
          m.walPast(1),
          m.walPast(2),
          // Committed, the answer not (always) received yet: the import is there, and the answer must not deny it.
          { label: 'the import committed', kind: 'watch', ...importCommitted(dir), expect: 'complete' },
        ];
      },
      'worker',
      WORKER_KILLED,
    );
    const t = tallies[WORKER_KILLED]!;
    expect(t.tried).toBe(8);
    // Killed as it started (before it had loaded), the import was done by the back end itself…
    expect(t.fellBack).toBeGreaterThan(0);
    // …and killed while it read or wrote, the import was refused with the Chinese error, nothing written.
    expect(t.failedReported).toBeGreaterThanOrEqual(2);
    expect(t.absent).toBe(t.failedReported);
  }, big ? 1_800_000 : 60_000);

  it(`the back end killed while its worker imports ${ROWS} rows: the worker ends by itself, whole change or none`, async () => {
    await scenario(
      'import',
      templateDir,
      (ms, dir) => {
        const m = importMoments(dir);
        return [
          // Before it has the job (or while it reads the file): it ends on the disconnect, nothing written.
          { label: 'the worker started', kind: 'worker', lands: true, expect: 'absent' },
          ...atFractions(ms, [0.3, 0.6]),
          // Once it writes — the backup, then the one transaction, with nothing to wait for in between — it cannot be
          // interrupted by the disconnect: the import lands whole, as if only the answer had been lost.
          ...[m.backupWriting, m.backupDone, m.walPast(1)].map((t) => ({ ...t, expect: 'complete' as const })),
        ];
      },
      'backend',
      BACKEND_KILLED,
    );
    const t = tallies[BACKEND_KILLED]!;
    expect(t.tried).toBe(6);
    expect(t.absent).toBeGreaterThan(0);
    expect(t.complete).toBeGreaterThanOrEqual(2);
  }, big ? 1_800_000 : 60_000);
});
