import log from 'electron-log/main';
import { shell } from 'electron';
import path from 'node:path';
import { LOG_MAX_BYTES, logFilePath } from '../shell/logging';

/** Logs in the user's log folder (e.g. %APPDATA%\防汛值班台\logs), rotated at 5 MB. */
export function setupLogging(logDir: string) {
  log.transports.file.resolvePathFn = () => logFilePath(logDir);
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.initialize();
  return {
    info: (msg: string) => log.info(msg),
    warn: (msg: string) => log.warn(msg),
    error: (msg: string) => log.error(msg),
    openFolder: () => void shell.openPath(path.resolve(logDir)),
  };
}
