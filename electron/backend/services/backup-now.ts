import type { Db } from '../../../db/open';
import { backupTo, BackupError, type BackupFile } from '../../../db/backup';
import { AppError } from '../../../shared/contract/errors';
import { stampOf } from '../../../shared/time/civil';

/**
 * A backup now, or a Chinese `backup_failed` error (the file system's own words go to the log): used by
 * the back end and by the import worker on its own connection.
 */
export function backupOrFail(db: Db, dir: string, now: number, reason: string, log?: (level: 'error', msg: string) => void): BackupFile {
  try {
    return backupTo(db, dir, stampOf(now), reason);
  } catch (e) {
    if (e instanceof BackupError) {
      if (e.detail) log?.('error', `${e.message} (${e.detail})`);
      throw new AppError('backup_failed', e.message);
    }
    throw e;
  }
}
