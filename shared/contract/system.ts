import { z } from 'zod';
import { command, query } from './define';

export type DataState = 'ok' | 'damaged' | 'newer_version' | 'unwritable';

export interface SystemStatus {
  state: DataState;
  /** Chinese explanation when state is not ok. */
  problem: string | null;
  appVersion: string;
  schemaVersion: number;
  dataDir: string;
  dbPath: string;
  backupDir: string;
  /** No staff, no data: offer 载入示例数据. */
  isEmpty: boolean;
  sampleData: boolean;
  /** The host's clock may be moved by tests. */
  testClock: boolean;
  /** What the desktop shell offers (false in the browser host). */
  desktop: { openFiles: boolean; chooseDataFolder: boolean };
  now: number;
}

export interface BackupInfo {
  file: string;
  size: number;
  createdAt: number;
  reason: string;
}

const backupFile = z
  .string()
  .regex(/^[\w.-]+\.sqlite$/, '备份文件名不正确')
  .max(120);

export const systemMethods = {
  'system.status': query(z.object({}), { recovery: true }).returns<SystemStatus>(),
  'system.listBackups': query(z.object({}), { recovery: true }).returns<BackupInfo[]>(),
  'system.backupNow': command(z.object({})).returns<BackupInfo>(),
  'system.restoreBackup': command(z.object({ file: backupFile }), { recovery: true }).returns<SystemStatus>(),
  'system.loadSampleData': command(z.object({})).returns<{ staff: number }>(),
  /** After 载入示例数据: back the file up and start on an empty one. */
  'system.clearSampleData': command(z.object({})).returns<BackupInfo>(),
  /** Desktop only: pick another data folder, then the app restarts on it. */
  'system.chooseDataFolder': command(z.object({}), { recovery: true }).returns<{ dataDir: string | null; hasData: boolean }>(),
};
