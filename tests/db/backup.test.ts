import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { backupTo, BackupError, listBackups, rotateBackups } from '../../db/backup';
import { MIGRATIONS_DIR, tempDir } from './helpers';

function freshDb() {
  const dir = tempDir();
  const r = openDatabase({ file: path.join(dir, 'x.sqlite'), migrationsDir: MIGRATIONS_DIR });
  if (r.state !== 'ok') throw new Error(r.problem);
  return { db: r.db, dir };
}

describe('backups', () => {
  it('writes a consistent copy that opens and holds the data', () => {
    const { db, dir } = freshDb();
    db.prepare("INSERT INTO settings (key, value) VALUES ('orgName', '\"青山县应急管理局\"')").run();
    const b = backupTo(db, path.join(dir, 'backups'), '20261130-090000', 'manual');
    expect(b.file).toBe('backup-20261130-090000-manual.sqlite');
    const copy = openDatabase({ file: path.join(dir, 'backups', b.file), migrationsDir: MIGRATIONS_DIR });
    expect(copy.state).toBe('ok');
    if (copy.state === 'ok') {
      expect(copy.db.prepare("SELECT value FROM settings WHERE key='orgName'").get()).toEqual({ value: '"青山县应急管理局"' });
      copy.db.close();
    }
  });

  it('never overwrites an earlier backup of the same second', () => {
    const { db, dir } = freshDb();
    const a = backupTo(db, dir, '20261130-090000', 'manual');
    const b = backupTo(db, dir, '20261130-090000', 'manual');
    expect(a.file).not.toBe(b.file);
    expect(listBackups(dir)).toHaveLength(2);
  });

  it('keeps the newest 30', () => {
    const { db, dir } = freshDb();
    const bdir = path.join(dir, 'b');
    for (let i = 0; i < 33; i++) backupTo(db, bdir, `202611${String(i + 1).padStart(2, '0')}-090000`, 'daily', 30);
    const left = listBackups(bdir);
    expect(left).toHaveLength(30);
    expect(left[0]!.file).toBe('backup-20261133-090000-daily.sqlite');
    expect(left.some((b) => b.file.includes('20261101'))).toBe(false);
    expect(rotateBackups(bdir, 30)).toEqual([]);
  });

  it('fails with a Chinese message and leaves no partial file when the folder cannot be written', () => {
    const { db, dir } = freshDb();
    const blocked = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocked, 'x');
    expect(() => backupTo(db, path.join(blocked, 'sub'), '20261130-090000', 'manual')).toThrow();
    const target = path.join(dir, 'ro');
    fs.mkdirSync(target);
    // VACUUM INTO an existing non-empty file fails: simulate a failure at write time.
    fs.writeFileSync(path.join(target, 'backup-20261130-090000-manual.sqlite.partial'), 'occupied');
    let err: unknown;
    try {
      backupTo(db, target, '20261130-090000', 'manual');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toMatch(/^备份失败/);
    expect(fs.readdirSync(target)).toEqual([]);
  });
});
