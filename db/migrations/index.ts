/**
 * The migrations, explicitly and in order. Numbered in steps of 10 (room for hotfixes).
 * A migration that has landed is never edited: add a new one.
 */
export interface Migration {
  version: number;
  file: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 10, file: '0010-init.sql' },
  { version: 20, file: '0020-calendar.sql' },
  { version: 30, file: '0030-roster.sql' },
  { version: 40, file: '0040-reminders.sql' },
  { version: 50, file: '0050-plans.sql' },
  { version: 60, file: '0060-lists.sql' },
  { version: 70, file: '0070-related-lists.sql' },
  { version: 80, file: '0080-reminder-kinds.sql' },
];

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
