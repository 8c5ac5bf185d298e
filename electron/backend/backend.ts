import fs from 'node:fs';
import path from 'node:path';
import { inspectDatabase, openDatabase, type Db } from '../../db/open';
import { backupTo, hasBackupFor, removePartialBackups } from '../../db/backup';
import { backupOrFail } from './services/backup-now';
import { insertAudit } from '../../db/repos/audit';
import { countStaff } from '../../db/repos/staff';
import { readSettingsRaw } from '../../db/repos/settings';
import { LATEST_VERSION } from '../../db/migrations/index';
import { AppError, type PushEvent, type Result, type SystemStatus, type DataState, type BackupInfo } from '../../shared/contract/index';
import { civilDateOf, stampOf } from '../../shared/time/civil';
import type { Clock } from '../../shared/time/clock';
import { dispatch } from './dispatch';
import { handlers } from './handlers/index';
import { createEventHub } from './events';
import { createReminderEngine } from './services/reminder-engine';
import { pushOnlyNotifier, type Desktop, type Notifier } from './ports';
import type { BackendControl, HandlerContext, Operator } from './types';

export interface BackendOptions {
  dataDir: string;
  clock: Clock;
  migrationsDir: string;
  appVersion: string;
  nativeBinding?: string;
  testClock?: boolean;
  /** Native delivery of reminders (Electron); the `reminder` push event is always sent. */
  notifier?: Notifier;
  /** Opening files and choosing the data folder (Electron only). */
  desktop?: Desktop;
  /**
   * The import worker's script (lists-import-worker.ts, or its bundle): list imports then read and write
   * in a process and on a connection of their own, and their memory is returned when they end. Without it
   * (tests), imports run on the back end's connection.
   */
  importWorker?: string;
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
}

export interface Backend {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(fn: (e: PushEvent) => void): () => void;
  status(): SystemStatus;
  /** Run periodic duties (reminder tick, daily backup); called by the scheduler, at start-up and when the test clock moves. */
  dailyDuties(): void;
  readonly clock: Clock;
  close(): void;
}

export const DB_FILE = 'duty-desk.sqlite';

export function createBackend(opts: BackendOptions): Backend {
  const { clock } = opts;
  const dbPath = path.join(opts.dataDir, DB_FILE);
  const backupDir = path.join(opts.dataDir, 'backups');
  const log = opts.log ?? (() => {});
  const hub = createEventHub();
  let db: Db | null = null;
  let state: DataState = 'ok';
  let problem: string | null = null;
  let version = 0;
  let operator: Operator | null = null;
  const notifier = opts.notifier ?? pushOnlyNotifier;
  const reminders = createReminderEngine({
    db: () => db,
    log,
    deliver: (alerts, unacknowledged) => {
      for (const alert of alerts) {
        hub.emit({ type: 'reminder', alert, unacknowledged });
        notifier.notify(alert, unacknowledged);
      }
      hub.emit({ type: 'changed', areas: ['reminders'] });
    },
  });
  hub.subscribe((e) => {
    if (e.type === 'status' || (e.type === 'changed' && (e.areas.includes('calendar') || e.areas.includes('plans') || e.areas.includes('*')))) reminders.invalidate();
  });

  function open(): void {
    try {
      fs.mkdirSync(opts.dataDir, { recursive: true });
      fs.accessSync(opts.dataDir, fs.constants.W_OK);
    } catch (e) {
      db = null;
      state = 'unwritable';
      problem = `数据文件夹不可写：${opts.dataDir}。请检查权限，或选择其他数据文件夹。`;
      log('error', `${problem} (${(e as Error).message})`);
      return;
    }
    const outcome = openDatabase({
      file: dbPath,
      migrationsDir: opts.migrationsDir,
      nativeBinding: opts.nativeBinding,
      beforeMigrate: (d) => {
        backupTo(d, backupDir, stampOf(clock.now()), 'pre-migrate');
      },
    });
    version = outcome.version;
    if (outcome.state === 'ok') {
      db = outcome.db;
      state = 'ok';
      problem = null;
    } else {
      db = null;
      state = outcome.state;
      problem = outcome.problem;
      log('error', outcome.detail ? `${problem} (${outcome.detail})` : problem);
    }
  }

  function requireDb(): Db {
    if (!db) throw new AppError('database_unavailable', problem ?? '数据文件当前不可用。');
    return db;
  }

  function status(): SystemStatus {
    let isEmpty = false;
    let sampleData = false;
    if (db) {
      isEmpty = countStaff(db) === 0;
      sampleData = readSettingsRaw(db).sampleData === true;
    }
    return {
      state,
      problem,
      appVersion: opts.appVersion,
      schemaVersion: version || LATEST_VERSION,
      dataDir: opts.dataDir,
      dbPath,
      backupDir,
      isEmpty,
      sampleData,
      testClock: opts.testClock === true,
      desktop: { openFiles: opts.desktop !== undefined, chooseDataFolder: opts.desktop !== undefined },
      now: clock.now(),
    };
  }

  function backupNow(reason: string) {
    return backupOrFail(requireDb(), backupDir, clock.now(), reason, log);
  }

  function restore(file: string, op: Operator | null): void {
    const src = path.join(backupDir, path.basename(file));
    if (!fs.existsSync(src)) throw new AppError('not_found', `找不到备份文件 ${file}`, 'file');
    const probe = inspectDatabase(src, opts.nativeBinding);
    if (!probe.ok) throw new AppError('conflict', `备份文件 ${file} 无法使用：${probe.problem}`, 'file');
    if (probe.version > LATEST_VERSION) throw new AppError('conflict', `备份文件 ${file} 来自更新版本的程序，无法恢复。`, 'file');
    const stamp = stampOf(clock.now());
    if (db) {
      backupNow('pre-restore');
      db.close();
      db = null;
    } else if (fs.existsSync(dbPath)) {
      // Never overwrite a damaged file silently: keep it beside the new one.
      fs.renameSync(dbPath, `${dbPath}.damaged-${stamp}`);
    }
    for (const ext of ['-wal', '-shm']) fs.rmSync(dbPath + ext, { force: true });
    const tmp = `${dbPath}.restoring`;
    fs.copyFileSync(src, tmp);
    fs.renameSync(tmp, dbPath);
    open();
    if (db) {
      insertAudit(db, {
        at: clock.now(),
        operatorId: op?.id ?? null,
        operatorName: op?.name ?? '（恢复数据）',
        entity: 'backup',
        entityId: file,
        action: 'restore',
        summary: `从备份 ${file} 恢复数据`,
      });
    }
    hub.emit({ type: 'status', state });
  }

  /** Put the current data file into the backups and start on an empty one (after the sample data). */
  function startEmpty(op: Operator | null): BackupInfo {
    const saved = backupNow('before-clear');
    requireDb().close();
    db = null;
    for (const ext of ['', '-wal', '-shm']) fs.rmSync(dbPath + ext, { force: true });
    open();
    if (db) {
      insertAudit(db, {
        at: clock.now(),
        operatorId: null,
        operatorName: op?.name ?? '（初始设置）',
        entity: 'sample',
        entityId: saved.file,
        action: 'delete',
        summary: `清除示例数据，开始正式使用（原数据已备份为 ${saved.file}）`,
        before: { backup: saved.file },
      });
    }
    operator = null;
    hub.emit({ type: 'status', state });
    return saved;
  }

  const control: BackendControl = {
    status,
    startEmpty,
    setOperator: (op) => {
      operator = op;
    },
    backupNow,
    restore,
    paths: () => ({ dataDir: opts.dataDir, dbPath, backupDir }),
    desktop: () => opts.desktop ?? null,
    importWorker: () => {
      if (!opts.importWorker) return null;
      requireDb(); // the data file must be usable (a Chinese database_unavailable error otherwise)
      return { script: opts.importWorker, dbPath, backupDir, nativeBinding: opts.nativeBinding };
    },
  };

  function context(): HandlerContext {
    return {
      get db() {
        return requireDb();
      },
      clock,
      get operator() {
        return operator;
      },
      audit: (rec) =>
        insertAudit(requireDb(), { ...rec, at: clock.now(), operatorId: operator?.id ?? null, operatorName: operator?.name ?? '（初始设置）' }),
      changed: (...areas) => hub.emit({ type: 'changed', areas: [...areas, 'audit'] }),
      log,
      backend: control,
    };
  }

  let lastBackupFailure = -Infinity;
  /** Every wake: reminders first (they matter most), then the daily backup; neither may stop the other or the app. */
  function dailyDuties(): void {
    if (!db) return;
    try {
      reminders.tick(clock.now());
    } catch (e) {
      log('error', `提醒计算失败：${(e as Error).stack ?? String(e)}`);
    }
    try {
      const now = clock.now();
      const day = civilDateOf(now).replace(/-/g, '');
      // A failing backup (full disk, broken folder) is retried hourly, not every minute.
      if (countStaff(db) === 0 || now - lastBackupFailure < 3600_000) return;
      if (!hasBackupFor(backupDir, day, 'daily')) {
        backupNow('daily');
        hub.emit({ type: 'changed', areas: ['backups'] });
      }
    } catch (e) {
      lastBackupFailure = clock.now();
      log('error', (e as Error).message);
    }
  }

  open();
  removePartialBackups(backupDir);
  dailyDuties();

  return {
    clock,
    dispatch: (method, input) =>
      dispatch(
        {
          handlers,
          context,
          available: () => db !== null,
          allowWithoutOperator: (m) => m === 'system.loadSampleData' || m === 'system.restoreBackup' || m === 'session.setOperator' || (db !== null && countStaff(db) === 0),
          logError: (m, e) => log('error', `${m}: ${(e as Error).stack ?? String(e)}`),
        },
        method,
        input,
      ),
    subscribe: hub.subscribe,
    status,
    dailyDuties,
    close: () => {
      db?.close();
      db = null;
    },
  };
}
