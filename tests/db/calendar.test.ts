import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { deleteDay, deleteStoredYear, getStoredYear, getStoredYears, listStoredYearNumbers, replaceYear, upsertDay } from '../../db/repos/calendar';
import { countPeriods, deletePeriod, getPeriod, insertPeriod, listPeriods, updatePeriod, type PeriodData } from '../../db/repos/calendar-periods';
import type { StoredDay } from '../../shared/contract/calendar';
import { MIGRATIONS_DIR, tempDir } from './helpers';

function freshDb(): Db {
  const r = openDatabase({ file: path.join(tempDir('calendar'), 'c.sqlite'), migrationsDir: MIGRATIONS_DIR });
  if (r.state !== 'ok') throw new Error(r.problem);
  return r.db;
}

const NOW = 1_796_000_000_000;

const DAYS_2027: StoredDay[] = [
  { date: '2027-01-01', kind: 'off', name: '元旦', source: 'notice' },
  { date: '2026-12-31', kind: 'off', name: '元旦', source: 'notice' },
  { date: '2027-01-09', kind: 'workday', name: '元旦', source: 'notice' },
];

const PERIOD: PeriodData = { name: '全国两会', from: '2026-03-04', to: '2026-03-11', kind: 'important', zeroReport: true, dutyOfficers: 2, note: '' };

describe('calendar arrangement rows', () => {
  it('stores a year with its days (one of them in the year before), sorted by date', () => {
    const db = freshDb();
    expect(getStoredYear(db, 2027)).toBeNull();
    const y = replaceYear(db, 2027, 'notice', '2026-11-03', DAYS_2027, NOW);
    expect(y).toMatchObject({ year: 2027, basis: 'notice', issued: '2026-11-03', updatedAt: NOW });
    expect(y.days.map((d) => d.date)).toEqual(['2026-12-31', '2027-01-01', '2027-01-09']);
    expect(listStoredYearNumbers(db)).toEqual([2027]);
    expect([...getStoredYears(db, [2026, 2027, 2027]).keys()]).toEqual([2027]);
  });

  it('replacing a year drops its old days and keeps other years', () => {
    const db = freshDb();
    replaceYear(db, 2027, 'notice', null, DAYS_2027, NOW);
    replaceYear(db, 2026, 'official', '2025-11-04', [{ date: '2026-10-01', kind: 'off', name: '国庆节', source: 'official' }], NOW);
    replaceYear(db, 2027, 'estimated', null, [{ date: '2027-10-01', kind: 'off', name: '国庆节', source: 'estimated' }], NOW + 1);
    expect(getStoredYear(db, 2027)!.days).toEqual([{ date: '2027-10-01', kind: 'off', name: '国庆节', source: 'estimated' }]);
    expect(getStoredYear(db, 2027)!.basis).toBe('estimated');
    expect(getStoredYear(db, 2026)!.days).toHaveLength(1);
  });

  it('upserts and deletes single days, and touches the year', () => {
    const db = freshDb();
    replaceYear(db, 2027, 'notice', null, DAYS_2027, NOW);
    upsertDay(db, 2027, { date: '2027-01-01', kind: 'off', name: '元旦节', source: 'manual' }, NOW + 5);
    upsertDay(db, 2027, { date: '2027-01-02', kind: 'off', name: '元旦', source: 'manual' }, NOW + 6);
    deleteDay(db, 2027, '2027-01-09', NOW + 7);
    const y = getStoredYear(db, 2027)!;
    expect(y.updatedAt).toBe(NOW + 7);
    expect(y.days).toEqual([
      { date: '2026-12-31', kind: 'off', name: '元旦', source: 'notice' },
      { date: '2027-01-01', kind: 'off', name: '元旦节', source: 'manual' },
      { date: '2027-01-02', kind: 'off', name: '元旦', source: 'manual' },
    ]);
  });

  it('forgets a year with its days', () => {
    const db = freshDb();
    replaceYear(db, 2027, 'notice', null, DAYS_2027, NOW);
    expect(deleteStoredYear(db, 2027)).toBe(true);
    expect(deleteStoredYear(db, 2027)).toBe(false);
    expect(getStoredYear(db, 2027)).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM calendar_days').get()).toEqual({ n: 0 });
  });

  it('the schema refuses a bad kind, source or a day of an unknown year', () => {
    const db = freshDb();
    replaceYear(db, 2027, 'notice', null, [], NOW);
    expect(() => upsertDay(db, 2027, { date: '2027-01-01', kind: 'holiday' as never, name: '元旦', source: 'notice' }, NOW)).toThrow(/CHECK/);
    expect(() => upsertDay(db, 2027, { date: '2027-01-01', kind: 'off', name: '元旦', source: 'guess' as never }, NOW)).toThrow(/CHECK/);
    expect(() => upsertDay(db, 2030, { date: '2030-01-01', kind: 'off', name: '元旦', source: 'notice' }, NOW)).toThrow(/FOREIGN KEY/);
    expect(() => upsertDay(db, 2027, { date: '1月1日', kind: 'off', name: '元旦', source: 'notice' }, NOW)).toThrow(/CHECK/);
  });
});

describe('important periods', () => {
  it('inserts, reads back, updates and deletes', () => {
    const db = freshDb();
    const p = insertPeriod(db, PERIOD, NOW);
    expect(p).toEqual({ id: p.id, ...PERIOD, createdAt: NOW, updatedAt: NOW });
    const u = updatePeriod(db, p.id, { ...PERIOD, to: '2026-03-12', zeroReport: false, dutyOfficers: 3, note: '延长一天' }, NOW + 1);
    expect(u).toMatchObject({ to: '2026-03-12', zeroReport: false, dutyOfficers: 3, note: '延长一天', createdAt: NOW, updatedAt: NOW + 1 });
    expect(getPeriod(db, p.id)).toEqual(u);
    expect(deletePeriod(db, p.id)).toBe(true);
    expect(getPeriod(db, p.id)).toBeNull();
    expect(countPeriods(db)).toBe(0);
  });

  it('lists the periods overlapping a range, by start date', () => {
    const db = freshDb();
    insertPeriod(db, { ...PERIOD, name: '汛期', from: '2026-06-01', to: '2026-09-30', kind: 'flood_season' }, NOW);
    insertPeriod(db, PERIOD, NOW);
    insertPeriod(db, { ...PERIOD, name: '跨年', from: '2026-12-30', to: '2027-01-03' }, NOW);
    expect(listPeriods(db).map((p) => p.name)).toEqual(['全国两会', '汛期', '跨年']);
    expect(listPeriods(db, { from: '2026-09-30', to: '2026-12-30' }).map((p) => p.name)).toEqual(['汛期', '跨年']);
    expect(listPeriods(db, { from: '2027-01-01', to: '2027-12-31' }).map((p) => p.name)).toEqual(['跨年']);
    expect(listPeriods(db, { from: '2026-03-12', to: '2026-05-31' })).toEqual([]);
  });

  it('the schema refuses a reversed range and a bad number of 值班员', () => {
    const db = freshDb();
    expect(() => insertPeriod(db, { ...PERIOD, from: '2026-03-11', to: '2026-03-04' }, NOW)).toThrow(/CHECK/);
    expect(() => insertPeriod(db, { ...PERIOD, dutyOfficers: 0 }, NOW)).toThrow(/CHECK/);
  });
});
