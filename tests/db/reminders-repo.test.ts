import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { ensureRules, insertOccurrence, listRules, occurrenceKeysSince, readReminderState, writeReminderState, type OccurrenceRecord } from '../../db/repos/reminders';
import { DEFAULT_RULES } from '../../shared/reminders/index';
import { instantAt } from '../../shared/time/civil';
import { MIGRATIONS_DIR, tempDir } from './helpers';

function fresh(): Db {
  const r = openDatabase({ file: path.join(tempDir('rem-repo'), 'x.sqlite'), migrationsDir: MIGRATIONS_DIR });
  if (r.state !== 'ok') throw new Error(r.state);
  return r.db;
}

const occ = (key: string, dueAt: number): OccurrenceRecord => ({
  key,
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
    expect(insertOccurrence(db, occ('k1', t))).toBeTypeOf('number');
    expect(insertOccurrence(db, occ('k1', t))).toBeNull();
    expect(insertOccurrence(db, { ...occ('k1', t), outcome: 'satisfied' })).toBeNull();
    expect([...occurrenceKeysSince(db, t - 1)]).toEqual(['k1']);
    expect([...occurrenceKeysSince(db, t)]).toEqual([]);
  });

  it('keeps last_tick and the start date', () => {
    const db = fresh();
    expect(readReminderState(db)).toEqual({ lastTick: null, startedOn: null });
    writeReminderState(db, { lastTick: 5, startedOn: '2026-07-01' });
    expect(readReminderState(db)).toEqual({ lastTick: 5, startedOn: '2026-07-01' });
  });
});
