import { describe, expect, it } from 'vitest';
import { ok, testBackend } from '../../db/helpers';
import type { AuditEntry } from '../../../shared/audit/types';
import type { CalendarDay, CalendarYear } from '../../../shared/contract/calendar';
import { calendarBackend, counts } from './calendar-helpers';

type SetDayResult = { day: CalendarDay; warnings: string[] };
const dayOf = (y: CalendarYear, date: string) => y.days.find((d) => d.date === date)!;

describe('calendar.year', () => {
  it('gives a shipped year with every day, the holidays and the periods', async () => {
    const { backend } = await calendarBackend();
    const y = await ok<CalendarYear>(backend, 'calendar.year', { year: 2026 });
    expect(y).toMatchObject({ year: 2026, basis: 'official', stored: false, estimated: false, manualDays: 0, issued: '2025-11-04', warnings: [] });
    expect(y.days).toHaveLength(365);
    expect(y.days[0]!.date).toBe('2026-01-01');
    expect(dayOf(y, '2026-10-01')).toMatchObject({ dayType: 'holiday', holidayName: '国庆节', source: 'official', estimated: false });
    expect(dayOf(y, '2026-10-10')).toMatchObject({ dayType: 'makeup_workday', holidayName: '国庆节' });
    expect(dayOf(y, '2026-10-11')).toEqual({ date: '2026-10-11', dayType: 'weekend', estimated: false, periods: [] });
    expect(y.holidays.map((h) => h.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
    expect(y.holidays.find((h) => h.name === '国庆节')).toMatchObject({ from: '2026-10-01', to: '2026-10-07', makeupDays: ['2026-09-20', '2026-10-10'] });
    // The sample data's periods are there, and each day says which periods hold it.
    const flood = y.periods.find((p) => p.name === '汛期')!;
    expect(flood).toMatchObject({ from: '2026-06-01', to: '2026-09-30', kind: 'flood_season', origin: 'entered' });
    expect(dayOf(y, '2026-07-20').periods).toEqual(expect.arrayContaining([flood.key]));
    expect(y.periods.find((p) => p.name === '全国两会')).toMatchObject({ from: '2026-03-04', zeroReport: true, dutyOfficers: 2 });
    expect(y.periods.find((p) => p.name === '国庆节')).toMatchObject({ origin: 'auto', zeroReport: true, dutyOfficers: 2, id: null });
  });

  it('says 预估 for a year without an announced arrangement', async () => {
    const { backend } = testBackend();
    const y = await ok<CalendarYear>(backend, 'calendar.year', { year: 2027 });
    expect(y).toMatchObject({ basis: 'estimated', estimated: true, stored: false, issued: null });
    expect(dayOf(y, '2027-02-06')).toMatchObject({ dayType: 'holiday', holidayName: '春节', estimated: true, source: 'estimated' });
    expect(y.holidays.every((h) => h.estimated)).toBe(true);
    expect(y.periods.find((p) => p.name === '春节')).toMatchObject({ estimated: true });
    expect((await ok<CalendarYear>(backend, 'calendar.year', { year: 2028 })).days).toHaveLength(366);
  });

  it('shows next year’s 元旦 days in December (2024’s 元旦 starts on 2023-12-30)', async () => {
    const { backend } = testBackend();
    const y = await ok<CalendarYear>(backend, 'calendar.year', { year: 2023 });
    expect(dayOf(y, '2023-12-30')).toMatchObject({ dayType: 'holiday', holidayName: '元旦', source: 'official', estimated: false });
    expect(y.holidays.some((h) => h.name === '元旦' && h.from === '2023-12-30')).toBe(true);
  });

  it('refuses a year out of range, naming the field', async () => {
    const { backend } = testBackend();
    const r = await backend.dispatch('calendar.year', { year: 1999 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_input', field: 'year' });
  });
});

describe('calendar.setDay', () => {
  it('makes a weekday a day off: the year is stored, the day is manual, and the change is audited', async () => {
    const { backend, operator } = await calendarBackend();
    const r = await ok<SetDayResult>(backend, 'calendar.setDay', { date: '2026-10-08', kind: 'off', name: ' 国庆节 ' });
    expect(r.day).toMatchObject({ date: '2026-10-08', dayType: 'holiday', holidayName: '国庆节', source: 'manual', estimated: false });
    expect(r.warnings.join('\n')).toContain('国庆节');
    const y = await ok<CalendarYear>(backend, 'calendar.year', { year: 2026 });
    expect(y).toMatchObject({ basis: 'official', stored: true, manualDays: 1, estimated: false });
    expect(dayOf(y, '2026-10-01').source).toBe('official');
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'calendar_day' });
    expect(audit.rows[0]).toMatchObject({
      entityId: '2026-10-08',
      action: 'update',
      operatorId: operator.id,
      before: { date: '2026-10-08', arrangement: '普通（工作日）', holidayName: null, source: null },
      after: { date: '2026-10-08', arrangement: '放假', holidayName: '国庆节', source: '手工修改' },
    });
    expect(audit.rows[0]!.summary).toBe('修改2026-10-08（星期四）：普通（工作日） → 国庆节放假');
  });

  it('turns a make-up day back into an ordinary weekend, and a day off into a workday', async () => {
    const { backend } = await calendarBackend();
    expect((await ok<SetDayResult>(backend, 'calendar.setDay', { date: '2026-10-10', kind: 'normal' })).day).toMatchObject({ dayType: 'weekend' });
    expect((await ok<SetDayResult>(backend, 'calendar.setDay', { date: '2026-10-07', kind: 'normal' })).day.dayType).toBe('workday');
    const y = await ok<CalendarYear>(backend, 'calendar.year', { year: 2026 });
    expect(y.holidays.find((h) => h.name === '国庆节')).toMatchObject({ to: '2026-10-06', makeupDays: ['2026-09-20'] });
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'calendar_day' });
    expect(audit.rows[1]).toMatchObject({ before: { arrangement: '调休上班', holidayName: '国庆节' }, after: { arrangement: '普通（周末休息）' } });
  });

  it('edits a day of next year’s arrangement where it belongs (2023-12-30 is 2024’s 元旦)', async () => {
    const { backend } = await calendarBackend();
    const r = await ok<SetDayResult>(backend, 'calendar.setDay', { date: '2023-12-30', kind: 'normal' });
    expect(r.day.dayType).toBe('weekend');
    expect((await ok<CalendarYear>(backend, 'calendar.year', { year: 2024 })).stored).toBe(true);
    expect((await ok<CalendarYear>(backend, 'calendar.year', { year: 2023 })).stored).toBe(false);
  });

  it('an edited estimated year still says 预估', async () => {
    const { backend } = await calendarBackend();
    await ok(backend, 'calendar.setDay', { date: '2027-10-08', kind: 'off', name: '国庆节' });
    const y = await ok<CalendarYear>(backend, 'calendar.year', { year: 2027 });
    expect(y).toMatchObject({ basis: 'estimated', stored: true, estimated: true, manualDays: 1 });
    expect(dayOf(y, '2027-10-08')).toMatchObject({ estimated: false, source: 'manual' });
  });

  it('does nothing, and audits nothing, when the day is already so', async () => {
    const { backend, dataDir } = await calendarBackend();
    const before = counts(dataDir);
    await ok(backend, 'calendar.setDay', { date: '2026-10-01', kind: 'off', name: '国庆节' });
    await ok(backend, 'calendar.setDay', { date: '2026-10-14', kind: 'normal' });
    expect(counts(dataDir)).toEqual(before);
  });

  it.each([
    [{ date: '2026-02-30', kind: 'off', name: '春节' }, 'date', '日期无效'],
    [{ date: '2026年10月8日', kind: 'off', name: '国庆节' }, 'date', '日期无效'],
    [{ date: '2026-10-08', kind: 'off', name: '  ' }, 'name', '假日名称'],
    [{ date: '2026-10-08', kind: 'workday', name: '国庆节' }, 'kind', '调休上班只能设在周六或周日'],
    [{ date: '2026-10-08', kind: 'off', name: '国庆节国庆节国庆节国庆节国庆节国庆节国庆节' }, 'name', '假日名称最多20个字'],
  ])('refuses %j with a Chinese message naming the field, and writes nothing', async (input, field, text) => {
    const { backend, dataDir } = await calendarBackend();
    const before = counts(dataDir);
    const r = await backend.dispatch('calendar.setDay', input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'invalid_input', field });
      expect(r.error.message).toContain(text);
    }
    expect(counts(dataDir)).toEqual(before);
  });

  it('refuses an unknown kind through the contract', async () => {
    const { backend } = await calendarBackend();
    const r = await backend.dispatch('calendar.setDay', { date: '2026-10-08', kind: 'holiday', name: '国庆节' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_input', field: 'kind' });
  });

  it('needs an operator', async () => {
    const { backend } = testBackend();
    await ok(backend, 'system.loadSampleData');
    const r = await backend.dispatch('calendar.setDay', { date: '2026-10-08', kind: 'off', name: '国庆节' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('no_operator');
  });

  it('resetYear puts the shipped arrangement back, audited once', async () => {
    const { backend, dataDir } = await calendarBackend();
    await ok(backend, 'calendar.setDay', { date: '2026-10-08', kind: 'off', name: '国庆节' });
    const y = await ok<CalendarYear>(backend, 'calendar.resetYear', { year: 2026 });
    expect(y).toMatchObject({ stored: false, basis: 'official', manualDays: 0 });
    expect(dayOf(y, '2026-10-08').dayType).toBe('workday');
    const after = counts(dataDir);
    expect(after).toMatchObject({ years: 0, days: 0 });
    await ok(backend, 'calendar.resetYear', { year: 2026 });
    expect(counts(dataDir)).toEqual(after);
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'calendar_year' });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ before: { basis: '国务院通知（内置）（本地保存）', manualDays: ['10月8日放假'] }, after: { basis: '国务院通知（内置）', manualDays: [] } });
  });
});
