import Database from 'better-sqlite3';
import path from 'node:path';
import { DB_FILE } from '../../../electron/backend/backend';
import type { AlertList, ReminderAlert } from '../../../shared/contract/reminders';
import type { Staff } from '../../../shared/staff/types';
import { formatInstant, instantAt } from '../../../shared/time/civil';
import { manualClock } from '../../../shared/time/clock';
import { ok, tempDir, testBackend } from '../../db/helpers';

export const at = instantAt;
export const MINUTE = 60_000;

/** One run of the app on a data folder: a backend with a manual clock, recording every reminder push event. */
export function openDesk(dataDir: string, now: number) {
  const clock = manualClock(now);
  const t = testBackend(dataDir, clock);
  const pushed: ReminderAlert[] = [];
  t.backend.subscribe((e) => {
    if (e.type === 'reminder') pushed.push(e.alert);
  });
  return {
    ...t,
    pushed,
    /** One scheduler wake at `when`. */
    wake(when: number) {
      clock.set(when);
      t.backend.dailyDuties();
    },
    async login(name = '赵敏') {
      const staff = await ok<Staff[]>(t.backend, 'staff.list', {});
      const s = staff.find((x) => x.name === name)!;
      await ok(t.backend, 'session.setOperator', { staffId: s.id });
      return s;
    },
    alerts: () => ok<AlertList>(t.backend, 'reminders.alerts', {}),
  };
}

/** A new data folder with the sample data loaded and an operator chosen, the clock at `now`. */
export async function sampleDesk(now: number, dataDir = tempDir('reminders')) {
  const desk = openDesk(dataDir, now);
  await ok(desk.backend, 'system.loadSampleData');
  await desk.login();
  return desk;
}

export const show = (a: Pick<ReminderAlert, 'dueAt' | 'ruleId' | 'catchUp'>) => `${formatInstant(a.dueAt)} ${a.ruleId}${a.catchUp ? ' 补' : ''}`;

/** Read the data file with a second connection (what is committed, whatever the back end holds in memory). */
export function peek<T>(dataDir: string, sql: string, ...args: unknown[]): T[] {
  const db = new Database(path.join(dataDir, DB_FILE), { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}
