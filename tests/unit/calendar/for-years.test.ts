import { describe, expect, it } from 'vitest';
import { addWorkdays, calendarForYears, dayTypeOf, holidayNameOf, parseStateCouncilNotice } from '../../../shared/calendar';

describe('calendarForYears', () => {
  it('uses the official data where known and estimates the rest', () => {
    const r = calendarForYears([2027, 2026, 2025]);
    expect(r.estimatedYears).toEqual([2027]);
    expect(r.days.find((d) => d.date === '2026-02-14')).toEqual({ date: '2026-02-14', kind: 'workday', name: '春节' });
    expect(r.days.find((d) => d.date === '2027-02-06')).toMatchObject({ kind: 'off', name: '春节', estimated: true });
    expect(r.days.map((d) => d.date)).toEqual([...r.days.map((d) => d.date)].sort());
  });

  it('an entered arrangement replaces the estimate for its year', () => {
    const entered = parseStateCouncilNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。').days;
    const r = calendarForYears([2026, 2027], { 2027: entered });
    expect(r.estimatedYears).toEqual([]);
    expect(r.days.filter((d) => d.date.startsWith('2027'))).toEqual(entered);
    expect(dayTypeOf(r.calendar, '2027-02-08')).toBe('workday'); // no 春节 entered yet
  });

  it('an override may also replace official data', () => {
    const r = calendarForYears([2026], { 2026: [] });
    expect(r.days).toEqual([]);
    expect(dayTypeOf(r.calendar, '2026-10-01')).toBe('workday');
  });

  it('keeps the December days of the next year’s 元旦 (2024 starts on 2023-12-30)', () => {
    const { calendar } = calendarForYears([2023, 2024]);
    expect(holidayNameOf(calendar, '2023-12-30')).toBe('元旦');
    expect(dayTypeOf(calendar, '2023-12-30')).toBe('holiday');
  });

  it('counts working days across the year end when both years are asked for', () => {
    const { calendar } = calendarForYears([2025, 2026]);
    expect(addWorkdays(calendar, '2025-12-30', 2)).toBe('2026-01-04');
  });

  it('where two years list the same date, an announced day beats an estimate, then the later year wins', () => {
    const estimated = [{ date: '2026-01-04', kind: 'off' as const, name: '元旦', estimated: true }];
    expect(dayTypeOf(calendarForYears([2026, 2027], { 2027: estimated }).calendar, '2026-01-04')).toBe('makeup_workday');
    const announced = [{ date: '2026-01-04', kind: 'off' as const, name: '特别假日' }];
    expect(dayTypeOf(calendarForYears([2026, 2027], { 2027: announced }).calendar, '2026-01-04')).toBe('holiday');
  });
});
