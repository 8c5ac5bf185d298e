import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { replaceYear, upsertDay } from '../../db/repos/calendar';
import { insertPeriod, updatePeriod } from '../../db/repos/calendar-periods';
import { addWorkdays, calendarForYears, estimateYear } from '../../shared/calendar/index';
import { calendarContext, calendarState } from '../../electron/backend/services/calendar-context';
import { mergeArrangements, shippedArrangement } from '../../electron/backend/services/calendar-arrangement';
import { MIGRATIONS_DIR, tempDir } from './helpers';

function freshDb(): Db {
  const r = openDatabase({ file: path.join(tempDir('calctx'), 'c.sqlite'), migrationsDir: MIGRATIONS_DIR });
  if (r.state !== 'ok') throw new Error(r.problem);
  return r.db;
}

const NOW = 1_796_000_000_000;

describe('calendarContext reads the data file', () => {
  it('with nothing stored, it is the shipped official data and the estimate', () => {
    const db = freshDb();
    const ctx = calendarContext(db, [2026, 2027]);
    expect(ctx.dayType('2026-10-01')).toBe('holiday');
    expect(ctx.dayType('2026-10-10')).toBe('makeup_workday');
    expect(ctx.isWorkday('2026-10-10')).toBe(true);
    expect(ctx.holidayName('2026-02-14')).toBe('春节');
    expect(ctx.estimatedYears).toEqual([2027]);
    expect(ctx.periods.find((p) => p.name === '国庆节' && p.from === '2026-10-01')).toMatchObject({ to: '2026-10-07', kind: 'holiday', zeroReport: true, dutyOfficers: 2 });
    expect(ctx.periods.find((p) => p.name === '春节' && p.from.startsWith('2027'))?.note).toContain('估算');
    expect(calendarContext(db, []).estimatedYears).toEqual([]);
  });

  it('merges years with the same rule as calendarForYears', () => {
    for (const years of [[2023, 2024], [2025, 2026, 2027], [2027, 2028], [2030]]) {
      const merged = mergeArrangements(years.map(shippedArrangement));
      expect(merged.days).toEqual(calendarForYears(years).days);
    }
  });

  it('an imported year replaces the estimate, and is no longer 预估', () => {
    const db = freshDb();
    replaceYear(db, 2027, 'notice', '2026-11-03', [
      { date: '2027-01-01', kind: 'off', name: '元旦', source: 'notice' },
      { date: '2027-01-02', kind: 'off', name: '元旦', source: 'notice' },
      { date: '2027-01-03', kind: 'off', name: '元旦', source: 'notice' },
    ], NOW);
    const ctx = calendarContext(db, [2026, 2027]);
    expect(ctx.estimatedYears).toEqual([]);
    expect(ctx.dayType('2027-01-01')).toBe('holiday');
    expect(ctx.dayType('2027-02-08')).toBe('workday'); // no 春节 entered yet: a plain Monday
    expect(ctx.isWorkday('2027-02-08')).toBe(true);
  });

  it('an edited estimated year stays 预估 while estimated days remain', () => {
    const db = freshDb();
    const est = estimateYear(2027).map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: 'estimated' as const }));
    replaceYear(db, 2027, 'estimated', null, [...est.filter((d) => d.date !== '2027-10-07'), { date: '2027-10-07', kind: 'off', name: '国庆节', source: 'manual' }], NOW);
    expect(calendarContext(db, [2027]).estimatedYears).toEqual([2027]);
    const state = calendarState(db, [2027]);
    expect(state.winners.get('2027-10-07')?.day.source).toBe('manual');
    expect(state.calendar.byDate.get('2027-10-07')?.estimated).toBeUndefined();
    expect(state.calendar.byDate.get('2027-10-01')?.estimated).toBe(true);
  });

  it('an edited official year changes working-day arithmetic', () => {
    const db = freshDb();
    const official = shippedArrangement(2026);
    replaceYear(db, 2026, 'official', official.issued, [...official.days, { date: '2026-10-08', kind: 'off', name: '国庆节', source: 'manual' }], NOW);
    const before = calendarForYears([2026]).calendar;
    const after = calendarContext(db, [2026]).calendar;
    expect(addWorkdays(before, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkdays(after, '2026-09-30', 1)).toBe('2026-10-09');
  });

  it('includes stored periods of the years asked for; a stored holiday period adjusts the automatic one', () => {
    const db = freshDb();
    insertPeriod(db, { name: '全国两会', from: '2026-03-04', to: '2026-03-11', kind: 'important', zeroReport: true, dutyOfficers: 2, note: '' }, NOW);
    insertPeriod(db, { name: '汛期', from: '2025-06-01', to: '2025-09-30', kind: 'flood_season', zeroReport: false, dutyOfficers: 1, note: '' }, NOW);
    insertPeriod(db, { name: '国庆节', from: '2026-09-30', to: '2026-10-07', kind: 'holiday', zeroReport: true, dutyOfficers: 3, note: '提前一天' }, NOW);
    const ctx = calendarContext(db, [2026]);
    expect(ctx.periods.map((p) => p.name)).toContain('全国两会');
    expect(ctx.periods.map((p) => p.name)).not.toContain('汛期');
    const national = ctx.periods.filter((p) => p.name === '国庆节');
    expect(national).toEqual([{ id: national[0]!.id, name: '国庆节', from: '2026-09-30', to: '2026-10-07', kind: 'holiday', zeroReport: true, dutyOfficers: 3, note: '提前一天' }]);
    const views = calendarState(db, [2026]).periods;
    expect(views.find((p) => p.name === '国庆节')?.origin).toBe('adjusted');
    expect(views.find((p) => p.name === '全国两会')?.origin).toBe('entered');
    expect(views.find((p) => p.name === '中秋节')?.origin).toBe('auto');
    expect(views.map((p) => p.from)).toEqual([...views.map((p) => p.from)].sort());
  });
});

describe('calendarContext is reused while the calendar is unchanged', () => {
  const period = { name: '主汛期', from: '2026-06-01', to: '2026-08-31', kind: 'important' as const, zeroReport: true, dutyOfficers: 2, note: '' };

  it('gives the same context for the same years and data', () => {
    const db = freshDb();
    const a = calendarContext(db, [2026, 2027]);
    expect(calendarContext(db, [2027, 2026, 2027])).toBe(a);
    expect(calendarContext(db, [2026])).not.toBe(a);
    expect(calendarContext(freshDb(), [2026, 2027])).not.toBe(a);
  });

  it('sees every change to the stored days and periods, even within the same millisecond', () => {
    const db = freshDb();
    const est = estimateYear(2027).map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: 'estimated' as const }));
    replaceYear(db, 2027, 'estimated', null, est, NOW);
    const before = calendarContext(db, [2026, 2027]);
    expect(before.dayType('2027-03-03')).toBe('workday');
    upsertDay(db, 2027, { date: '2027-03-03', kind: 'off', name: '调休', source: 'manual' }, NOW);
    const edited = calendarContext(db, [2026, 2027]);
    expect(edited).not.toBe(before);
    expect(edited.dayType('2027-03-03')).toBe('holiday');
    upsertDay(db, 2027, { date: '2027-03-03', kind: 'workday', name: '调休', source: 'manual' }, NOW);
    expect(calendarContext(db, [2026, 2027]).dayType('2027-03-03')).toBe('makeup_workday');

    const p = insertPeriod(db, period, NOW);
    expect(calendarContext(db, [2026, 2027]).periods.find((x) => x.name === '主汛期')?.dutyOfficers).toBe(2);
    updatePeriod(db, p.id, { ...period, dutyOfficers: 3 }, NOW);
    expect(calendarContext(db, [2026, 2027]).periods.find((x) => x.name === '主汛期')?.dutyOfficers).toBe(3);
  });
});
