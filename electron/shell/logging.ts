import path from 'node:path';

/** Log files: one per app, rotated at 5 MB (electron-log keeps the previous file as .old.log). */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;

export function logFilePath(logDir: string): string {
  return path.join(logDir, 'main.log');
}

/** A line of our own format: office time is added by the caller's clock, never the machine zone. */
export function formatLogLine(stamp: string, level: string, message: string): string {
  return `[${stamp}] [${level}] ${message.replace(/\r?\n/g, '\n    ')}`;
}
