import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './open';
import { instantFromStamp } from '../shared/time/civil';

export interface BackupFile {
  file: string;
  size: number;
  createdAt: number;
  reason: string;
}

export const BACKUP_KEEP = 30;
const NAME_RE = /^backup-(\d{8})-(\d{6})(?:-\d+)?-([a-z-]+)\.sqlite$/;

/** `YYYYMMDD-HHmmss` in the office zone, given as parts by the caller (keeps this module clock-free). */
export function backupName(stamp: string, reason: string, dir: string): string {
  let name = `backup-${stamp}-${reason}.sqlite`;
  for (let i = 2; fs.existsSync(path.join(dir, name)); i++) name = `backup-${stamp}-${i}-${reason}.sqlite`;
  return name;
}

/** A backup that failed: a Chinese message for the operator, the system's own text for the log. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** A consistent copy of the live database (VACUUM INTO), then rotation. Never leaves a partial file. */
export function backupTo(db: Db, dir: string, stamp: string, reason: string, keep = BACKUP_KEEP): BackupFile {
  let tmp: string | null = null;
  let target = '';
  let name = '';
  try {
    fs.mkdirSync(dir, { recursive: true });
    name = backupName(stamp, reason, dir);
    target = path.join(dir, name);
    tmp = `${target}.partial`;
    db.prepare('VACUUM INTO ?').run(tmp);
    syncFile(tmp);
    fs.renameSync(tmp, target);
    syncDir(dir);
  } catch (e) {
    if (tmp) fs.rmSync(tmp, { force: true });
    const msg = (e as Error).message;
    const why = /full|ENOSPC|disk/i.test(msg)
      ? '磁盘空间不足'
      : /readonly|EACCES|EPERM|EROFS/i.test(msg)
        ? '备份文件夹不可写'
        : /ENOTDIR|EEXIST/i.test(msg)
          ? `备份文件夹不可用（${dir} 不是文件夹）`
          : '写入备份文件时出错';
    throw new BackupError(`备份失败：${why}。原数据未受影响。`, msg);
  }
  rotateBackups(dir, keep);
  const st = fs.statSync(target);
  return { file: name, size: st.size, createdAt: instantFromStamp(stamp) ?? Math.round(st.mtimeMs), reason };
}

/** A backup is on disk before it is listed: flush the copy, then the folder entry of its rename. */
function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* not every platform can open a folder (Windows): the rename is still atomic */
  }
}

/** Remove copies left half-written by a crash during a backup (never listed, but as large as the data). */
export function removePartialBackups(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.partial'));
  } catch {
    return [];
  }
  for (const f of names) fs.rmSync(path.join(dir, f), { force: true });
  return names;
}

export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return []; // no folder yet, or not a folder: nothing to list (backing up says why)
  }
  return names
    .filter((f) => NAME_RE.test(f))
    .map((f) => {
      const st = fs.statSync(path.join(dir, f));
      const m = NAME_RE.exec(f)!;
      return { file: f, size: st.size, createdAt: instantFromStamp(`${m[1]}-${m[2]}`) ?? Math.round(st.mtimeMs), reason: m[3]! };
    })
    .sort((a, b) => (a.file < b.file ? 1 : a.file > b.file ? -1 : 0));
}

/** Keep the newest `keep` backups (names sort by time). */
export function rotateBackups(dir: string, keep = BACKUP_KEEP): string[] {
  const all = listBackups(dir);
  const drop = all.slice(keep);
  for (const b of drop) fs.rmSync(path.join(dir, b.file), { force: true });
  return drop.map((b) => b.file);
}

export function hasBackupFor(dir: string, ymd: string, reason: string): boolean {
  return listBackups(dir).some((b) => b.reason === reason && b.file.startsWith(`backup-${ymd}-`));
}
