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

export class BackupError extends Error {}

/** A consistent copy of the live database (VACUUM INTO), then rotation. Never leaves a partial file. */
export function backupTo(db: Db, dir: string, stamp: string, reason: string, keep = BACKUP_KEEP): BackupFile {
  fs.mkdirSync(dir, { recursive: true });
  const name = backupName(stamp, reason, dir);
  const target = path.join(dir, name);
  const tmp = `${target}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const msg = (e as Error).message;
    const why = /full|ENOSPC|disk/i.test(msg) ? '磁盘空间不足' : /readonly|EACCES|EPERM|EROFS/i.test(msg) ? '备份文件夹不可写' : msg;
    throw new BackupError(`备份失败：${why}。原数据未受影响。`);
  }
  rotateBackups(dir, keep);
  const st = fs.statSync(target);
  return { file: name, size: st.size, createdAt: instantFromStamp(stamp) ?? Math.round(st.mtimeMs), reason };
}

export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
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
