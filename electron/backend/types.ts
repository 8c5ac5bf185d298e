import type { Db } from '../../db/open';
import type { Clock } from '../../shared/time/clock';
import type { MethodName, OutputOf, ParsedInputOf, SessionInfo } from '../../shared/contract/index';
import type { AuditRecord } from '../../db/repos/audit';

export type Operator = NonNullable<SessionInfo['operator']>;

/** What every handler gets besides its parsed input. */
export interface HandlerContext {
  /** The open database (throws a Chinese `database_unavailable` error while the data file is unusable). */
  readonly db: Db;
  readonly clock: Clock;
  readonly operator: Operator | null;
  /** Record one change in the audit log under the current operator. */
  audit(rec: Omit<AuditRecord, 'at' | 'operatorId' | 'operatorName'>): void;
  /** Tell every window which areas changed. */
  changed(...areas: string[]): void;
  /** The application log (technical detail, e.g. a library's English error, that the user's message leaves out). */
  readonly log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
  readonly backend: BackendControl;
}

/** The few back-end operations handlers need beyond the database. */
export interface BackendControl {
  status(): import('../../shared/contract/index').SystemStatus;
  setOperator(op: Operator | null): void;
  backupNow(reason: string): import('../../shared/contract/index').BackupInfo;
  restore(file: string, op: Operator | null): void;
  /** Back up the data file, then replace it with an empty one. */
  startEmpty(op: Operator | null): import('../../shared/contract/index').BackupInfo;
  paths(): { dataDir: string; dbPath: string; backupDir: string };
  /** The desktop shell's file and folder services; null in the browser host. */
  desktop(): import('./ports').Desktop | null;
  /** Where list imports run off the back end's thread (services/lists-import-run.ts); null: on it. */
  importWorker(): import('./services/lists-import-run').ImportWorkerConfig | null;
}

export type Handler<K extends MethodName> = (input: ParsedInputOf<K>, ctx: HandlerContext) => OutputOf<K> | Promise<OutputOf<K>>;

/** Every method handled exactly once: checked at compile time with `satisfies Handlers`. */
export type Handlers = { [K in MethodName]: Handler<K> };
