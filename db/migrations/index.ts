/**
 * The migrations, explicitly and in order. Numbered in steps of 10 (room for hotfixes).
 * A migration that has landed is never edited: add a new one.
 */
export interface Migration {
  version: number;
  file: string;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 10, file: '0010-init.sql' }];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Refuse a list that is out of order or whose file names disagree with their versions. */
export function checkMigrationList(list: readonly Migration[]): void {
  let prev = 0;
  for (const m of list) {
    if (m.version <= prev) throw new Error(`migration ${m.file} is out of order`);
    if (!m.file.startsWith(String(m.version).padStart(4, '0') + '-')) throw new Error(`migration ${m.file} does not match version ${m.version}`);
    prev = m.version;
  }
}
