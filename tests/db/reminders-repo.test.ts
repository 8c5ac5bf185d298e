import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import Database from 'better-sqlite3';
import {
  acknowledgeAlert,
  acknowledgedAlerts,
  allOccurrences,
  ensureRules,
  getAlert,
  insertOccurrence,
  listRules,
  occurrenceKeysSince,
  readReminderState,
  unacknowledgedAlerts,
  updateRule,
  writeReminderState,
  type OccurrenceRecord,
} from '../../db/repos/reminders';
import { MIGRATIONS } from '../../db/migrations/index';
import { DEFAULT_RULES, occurrencesBetween, routeOf, type Occurrence } from '../../shared/reminders/index';
import { instantAt } from '../../shared/time/civil';
import { MIGRATIONS_DIR, tempDir } from './helpers';

function fresh(): Db {
  const r = openDatabase({ file: path.join(tempDir('rem-repo'), 'x.sqlite'), migrationsDir: MIGRATIONS_DIR });
  if (r.state !== 'ok') throw new Error(r.state);
  return r.db;
}

const occ = (dueAt: number): OccurrenceRecord => ({
  key: `daily-overdue|${dueAt}`,
  ruleId: 'daily-overdue',
  kind: 'daily_report',
  role: 'overdue',
  date: '2026-07-01',
  dueAt,
  title: 't',
  body: 'b',
  route: '/daily-report',
  outcome: 'delivered',
  catchUp: false,
  tickAt: dueAt,
});

describe('reminder repositories', () => {
  it('seeds the default rules once and never overwrites an edited rule', () => {
    const db = fresh();
    expect(ensureRules(db, DEFAULT_RULES, 1)).toBe(DEFAULT_RULES.length);
    db.prepare("UPDATE reminder_rules SET time = '11:10' WHERE id = 'daily-prepare'").run();
    expect(ensureRules(db, DEFAULT_RULES, 2)).toBe(0);
    expect(listRules(db).find((r) => r.id === 'daily-prepare')?.time).toBe('11:10');
    expect(listRules(db).map((r) => r.id)).toEqual(DEFAULT_RULES.map((r) => r.id));
  });

  it('stores an occurrence key exactly once', () => {
    const db = fresh();
    const t = instantAt('2026-07-01', '12:00');
    expect(insertOccurrence(db, occ(t))).toBeTypeOf('number');
    expect(insertOccurrence(db, occ(t))).toBeNull();
    expect(insertOccurrence(db, { ...occ(t), outcome: 'satisfied' })).toBeNull();
    expect([...occurrenceKeysSince(db, t - 1)]).toEqual([`daily-overdue|${t}`]);
    expect([...occurrenceKeysSince(db, t)]).toEqual([]);
  });

  it('keeps last_tick and the start date', () => {
    const db = fresh();
    expect(readReminderState(db)).toEqual({ lastTick: null, startedOn: null });
    writeReminderState(db, { lastTick: 5, startedOn: '2026-07-01' });
    expect(readReminderState(db)).toEqual({ lastTick: 5, startedOn: '2026-07-01' });
  });
});

const record = (o: Occurrence, over: Partial<OccurrenceRecord> = {}): OccurrenceRecord => ({
  key: o.key,
  ruleId: o.ruleId,
  kind: o.kind,
  ...(o.role ? { role: o.role } : {}),
  ...(o.subject !== undefined ? { subject: o.subject } : {}),
  date: o.date,
  dueAt: o.dueAt,
  title: o.title,
  body: o.body,
  route: routeOf(o.kind),
  outcome: 'delivered',
  catchUp: false,
  tickAt: o.dueAt,
  ...over,
});

/** A day of 国庆节 2026: the daily report's 50 occurrences plus a period's zero-report reminders. */
function dayOfOccurrences(): Occurrence[] {
  const period = { id: '国庆节@2026', name: '国庆节', from: '2026-10-01', to: '2026-10-07', zeroReport: true };
  return occurrencesBetween(DEFAULT_RULES, instantAt('2026-10-02', '00:00') - 1, instantAt('2026-10-03', '00:00') - 1, { periods: [period], isWorkday: () => true });
}

describe('compact occurrence rows', () => {
  it('stores no text that the rule gives back, and reads every alert back exactly as it was delivered', () => {
    const db = fresh();
    ensureRules(db, DEFAULT_RULES, 1);
    const occs = dayOfOccurrences();
    expect(occs.map((o) => o.kind)).toContain('period_deadline');
    const augmented = (o: Occurrence) => (o.kind === 'period_deadline' ? `${o.body}\n未报单位（1个）：城关镇。` : o.body);
    for (const o of occs) insertOccurrence(db, record(o, { body: augmented(o) }));
    const raw = db.prepare('SELECT rule_id, title, body, route FROM reminder_occurrences ORDER BY due_at, id').all() as { rule_id: string; title: string | null; body: string | null; route: string | null }[];
    const daily = raw.filter((r) => r.rule_id.startsWith('daily-'));
    expect(daily.length).toBe(50);
    expect(daily.every((r) => r.title === null && r.body === null && r.route === null)).toBe(true);
    // Period texts name the period, and the deadline's body was augmented at delivery: those are kept.
    expect(raw.filter((r) => r.rule_id.startsWith('zero-')).every((r) => r.title !== null && r.body !== null && r.route === null)).toBe(true);
    expect(
      allOccurrences(db).map(({ key, title, body, route, subject }) => ({ key, title, body, route, subject })),
    ).toEqual(occs.map((o) => ({ key: o.key, title: o.title, body: augmented(o), route: routeOf(o.kind), subject: o.subject })));
  });

  it('keeps a route or body that differs from the derived one', () => {
    const db = fresh();
    ensureRules(db, DEFAULT_RULES, 1);
    const o = dayOfOccurrences().find((x) => x.ruleId === 'daily-prepare')!;
    const id = insertOccurrence(db, record(o, { body: '手工改过的内容', route: '/daily-report/history', title: '另一个标题' }))!;
    expect(getAlert(db, id)).toMatchObject({ key: o.key, body: '手工改过的内容', route: '/daily-report/history', title: '另一个标题', subject: null });
  });

  it('lists open alerts and the acknowledged history with derived texts', () => {
    const db = fresh();
    ensureRules(db, DEFAULT_RULES, 1);
    const occs = dayOfOccurrences().filter((o) => o.kind === 'daily_report').slice(0, 4);
    const ids = occs.map((o) => insertOccurrence(db, record(o))!);
    acknowledgeAlert(db, ids[1]!, occs[1]!.dueAt + 60_000, { id: null, name: '值班员甲' });
    expect(unacknowledgedAlerts(db).map((a) => a.id)).toEqual([ids[3], ids[2], ids[0]]);
    const [h] = acknowledgedAlerts(db, 10);
    expect(h).toMatchObject({ id: ids[1], title: occs[1]!.title, body: occs[1]!.body, route: '/daily-report', ackByName: '值班员甲' });
  });

  it('refuses a key that does not match the rule, subject and time', () => {
    const db = fresh();
    expect(() => insertOccurrence(db, { ...occ(5), key: 'k1' })).toThrow(/提醒键/);
  });

  it('keeps list_season lead days and anchor, and plan_deadline lead workdays, through an update', () => {
    const db = fresh();
    ensureRules(db, DEFAULT_RULES, 1);
    expect(listRules(db).find((r) => r.id === 'list-season')).toMatchObject({ kind: 'list_season', leadDays: [30, 14, 7, 1, 0], anchor: '04-01', time: '09:00' });
    expect(listRules(db).find((r) => r.id === 'plan-deadline')).toMatchObject({ kind: 'plan_deadline', leadWorkdays: 5 });
    updateRule(db, 'list-season', { time: '08:30', leadWorkdays: null, leadDays: [20, 0], anchor: '05-01', repeatMinutes: null, enabled: true }, 2);
    expect(listRules(db).find((r) => r.id === 'list-season')).toMatchObject({ leadDays: [20, 0], anchor: '05-01', time: '08:30' });
  });
});

describe('migration 0080 on a file with old occurrence rows', () => {
  it('keeps every alert, its key and its texts, and frees the space', () => {
    const file = path.join(tempDir('rem-0080'), 'x.sqlite');
    const old = openDatabase({ file, migrationsDir: MIGRATIONS_DIR, migrations: MIGRATIONS.filter((m) => m.version <= 60) });
    if (old.state !== 'ok') throw new Error(old.state);
    const occs = dayOfOccurrences();
    const insert = old.db.prepare(
      `INSERT INTO reminder_occurrences (key, rule_id, kind, role, subject, date, due_at, title, body, route, outcome, catch_up, tick_at, ack_at, ack_by_name)
       VALUES (@key, @ruleId, @kind, @role, @subject, @date, @dueAt, @title, @body, @route, 'delivered', 0, @dueAt, @ackAt, @ackBy)`,
    );
    old.db.prepare("INSERT INTO reminder_rules (id, kind, name, time, enabled, updated_at) VALUES ('daily-overdue', 'daily_report', '每日值班报告已超时未上报', '12:00', 1, 0)").run();
    old.db.transaction(() => {
      for (const o of occs) {
        const body = o.kind === 'period_deadline' ? `${o.body}\n各单位均已报送，请汇总上报。` : o.body;
        insert.run({ ...o, role: o.role ?? null, subject: o.subject ?? null, body, route: routeOf(o.kind), ackAt: o.dueAt + 1, ackBy: '值班员' });
      }
      // Filler (daily report rows, whose bodies are derived) so that the rebuilt table leaves many pages free.
      const filler = old.db.prepare(
        "INSERT INTO reminder_occurrences (key, rule_id, kind, date, due_at, title, body, route, outcome, tick_at) VALUES (?, 'x', 'daily_report', '2020-01-01', ?, 't', ?, '/daily-report', 'satisfied', 0)",
      );
      for (let i = 0; i < 3000; i++) filler.run(`x|${i}`, i, 'x'.repeat(1000));
    })();
    old.db.close();
    const sizeBefore = new Database(file).pragma('page_count', { simple: true }) as number;

    const r = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    if (r.state !== 'ok') throw new Error(r.state);
    expect(r.version).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    ensureRules(r.db, DEFAULT_RULES, 1);
    const after = allOccurrences(r.db).filter((o) => o.ruleId !== 'x');
    expect(after.map(({ key, title, body, route, date, dueAt }) => ({ key, title, body, route, date, dueAt }))).toEqual(
      occs.map((o) => ({
        key: o.key,
        title: o.title,
        body: o.kind === 'period_deadline' ? `${o.body}\n各单位均已报送，请汇总上报。` : o.body,
        route: routeOf(o.kind),
        date: o.date,
        dueAt: o.dueAt,
      })),
    );
    const stored = r.db.prepare("SELECT count(*) AS n FROM reminder_occurrences WHERE body IS NULL AND kind = 'daily_report' AND rule_id <> 'x'").get() as { n: number };
    expect(stored.n).toBe(50);
    expect(acknowledgedAlerts(r.db, 200).length).toBe(occs.length);
    expect(occurrenceKeysSince(r.db, instantAt('2026-10-02', '00:00')).has(occs[0]!.key)).toBe(true);
    // Idempotent firing still holds on migrated rows.
    expect(insertOccurrence(r.db, record(occs[0]!))).toBeNull();
    expect(r.db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(r.db.pragma('page_count', { simple: true }) as number).toBeLessThan(sizeBefore / 2);
    expect(r.db.pragma('quick_check', { simple: true })).toBe('ok');
  });
});
