import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  buildCalendar,
  calendarForYears,
  dayTypeOf,
  EMPTY_CALENDAR,
  holidayNameOf,
  isOffDay,
  isWorkday,
  maxConsecutiveWorkdays,
  previousWorkday,
  workdayRuns,
  workdaysBetween,
  type DayType,
} from '../../../shared/calendar';
import { dateRange } from '../../../shared/time/civil';

const cal = calendarForYears([2024, 2025, 2026]).calendar;

describe('dayTypeOf with the real 2024–2026 arrangements', () => {
  const cases: [string, DayType, string | undefined][] = [
    ['2023-12-30', 'holiday', '元旦'], // 2024's 元旦 joined to the weekend before it
    ['2024-01-01', 'holiday', '元旦'],
    ['2024-01-02', 'workday', undefined],
    ['2024-02-04', 'makeup_workday', '春节'],
    ['2024-02-09', 'workday', undefined], // 除夕 2024 was not a day off (only encouraged)
    ['2024-02-10', 'holiday', '春节'],
    ['2024-02-18', 'makeup_workday', '春节'],
    ['2024-06-08', 'holiday', '端午节'],
    ['2024-09-14', 'makeup_workday', '中秋节'],
    ['2024-10-12', 'makeup_workday', '国庆节'],
    ['2025-01-01', 'holiday', '元旦'],
    ['2025-01-04', 'weekend', undefined],
    ['2025-01-26', 'makeup_workday', '春节'],
    ['2025-01-28', 'holiday', '春节'],
    ['2025-04-27', 'makeup_workday', '劳动节'],
    ['2025-10-06', 'holiday', '国庆节、中秋节'],
    ['2025-10-11', 'makeup_workday', '国庆节、中秋节'],
    ['2026-01-02', 'holiday', '元旦'],
    ['2026-01-04', 'makeup_workday', '元旦'],
    ['2026-01-05', 'workday', undefined],
    ['2026-02-14', 'makeup_workday', '春节'], // a Saturday that is a working day
    ['2026-02-15', 'holiday', '春节'],
    ['2026-02-21', 'holiday', '春节'], // a weekend day inside the holiday counts as holiday
    ['2026-02-23', 'holiday', '春节'],
    ['2026-02-24', 'workday', undefined],
    ['2026-02-28', 'makeup_workday', '春节'],
    ['2026-03-01', 'weekend', undefined],
    ['2026-04-06', 'holiday', '清明节'],
    ['2026-05-09', 'makeup_workday', '劳动节'],
    ['2026-06-19', 'holiday', '端午节'],
    ['2026-09-20', 'makeup_workday', '国庆节'],
    ['2026-09-26', 'holiday', '中秋节'],
    ['2026-10-07', 'holiday', '国庆节'],
    ['2026-10-10', 'makeup_workday', '国庆节'],
    ['2026-10-11', 'weekend', undefined],
  ];
  it.each(cases)('%s is %s (%s)', (date, type, name) => {
    expect(dayTypeOf(cal, date)).toBe(type);
    expect(holidayNameOf(cal, date)).toBe(name);
    const working = type === 'workday' || type === 'makeup_workday';
    expect(isWorkday(cal, date)).toBe(working);
    expect(isOffDay(cal, date)).toBe(!working);
  });

  it('without an arrangement only the week matters', () => {
    expect(dayTypeOf(EMPTY_CALENDAR, '2026-10-01')).toBe('workday');
    expect(dayTypeOf(EMPTY_CALENDAR, '2026-10-03')).toBe('weekend');
  });

  it('a later entry for the same date wins (overrides go last)', () => {
    const c = buildCalendar([
      { date: '2026-03-02', kind: 'off', name: '甲' },
      { date: '2026-03-02', kind: 'workday', name: '乙' },
    ]);
    expect(dayTypeOf(c, '2026-03-02')).toBe('makeup_workday');
    expect(holidayNameOf(c, '2026-03-02')).toBe('乙');
  });
});

describe('addWorkdays / previousWorkday / workdaysBetween', () => {
  const forward: [string, number, string][] = [
    ['2026-09-30', 0, '2026-09-30'],
    ['2026-10-03', 0, '2026-10-03'], // n = 0 returns the date even on a holiday
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'], // the make-up Saturday counts
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-09-30', 20, '2026-11-03'], // 备案 within 20 working days: 国庆 skipped, 10-10 counted
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-16', 1, '2026-02-24'], // from inside the holiday
    ['2024-02-02', 1, '2024-02-04'], // 2024-02-04 Sunday make-up day
    ['2023-12-29', 1, '2024-01-02'],
    ['2025-12-31', 1, '2026-01-04'], // across the year: 元旦 1/1–1/3 off, Sunday 1/4 works
    ['2025-12-31', 2, '2026-01-05'],
    ['2026-01-03', 1, '2026-01-04'],
  ];
  it.each(forward)('addWorkdays(%s, %i) = %s', (from, n, to) => {
    expect(addWorkdays(cal, from, n)).toBe(to);
    expect(workdaysBetween(cal, from, to)).toBe(n);
  });

  it('ignores holidays when the calendar has none', () => {
    expect(addWorkdays(EMPTY_CALENDAR, '2026-09-30', 20)).toBe('2026-10-28');
    expect(addWorkdays(EMPTY_CALENDAR, '2026-10-02', 1)).toBe('2026-10-05');
  });

  const backward: [string, number, string][] = [
    ['2026-10-08', 0, '2026-10-08'],
    ['2026-10-08', 1, '2026-09-30'],
    ['2026-02-24', 1, '2026-02-14'],
    ['2026-02-24', 2, '2026-02-13'],
    ['2024-01-02', 1, '2023-12-29'],
    ['2026-11-03', 20, '2026-09-30'],
  ];
  it.each(backward)('previousWorkday(%s, %i) = %s', (from, n, to) => {
    expect(previousWorkday(cal, from, n)).toBe(to);
    expect(addWorkdays(cal, from, -n)).toBe(to);
  });

  it('previousWorkday defaults to one day', () => {
    expect(previousWorkday(cal, '2026-01-05')).toBe('2026-01-04');
  });

  it('workdaysBetween counts after `from` up to and including `to`, negative backwards', () => {
    expect(workdaysBetween(cal, '2026-10-01', '2026-10-07')).toBe(0);
    expect(workdaysBetween(cal, '2026-09-30', '2026-09-30')).toBe(0);
    expect(workdaysBetween(cal, '2026-10-12', '2026-10-08')).toBe(-3);
  });

  it('2026 has 248 working days: 261 weekdays − 19 weekdays off + 6 make-up days', () => {
    expect(workdaysBetween(cal, '2025-12-31', '2026-12-31')).toBe(248);
    expect(workdaysBetween(EMPTY_CALENDAR, '2025-12-31', '2026-12-31')).toBe(261);
  });

  it('rejects a negative, fractional or invalid input with a Chinese message', () => {
    expect(() => previousWorkday(cal, '2026-01-05', -1)).toThrow(/非负整数/);
    expect(() => addWorkdays(cal, '2026-01-05', 1.5)).toThrow(/非负整数/);
    expect(() => addWorkdays(cal, '2026-02-30', 1)).toThrow(/不是有效的日期/);
  });

  it('refuses to loop forever on a calendar with no working day', () => {
    const allOff = buildCalendar(dateRange('2026-01-01', '2027-06-30').map((date) => ({ date, kind: 'off' as const, name: '停工' })));
    expect(() => addWorkdays(allOff, '2026-01-01', 1)).toThrow(/没有工作日/);
    expect(() => previousWorkday(allOff, '2027-06-30', 1)).toThrow(/没有工作日/);
  });
});

describe('consecutive working days', () => {
  it('2026 has at most 6 working days in a row (2026-01-04 to 01-09 and 02-09 to 02-14)', () => {
    expect(maxConsecutiveWorkdays(cal, '2026-01-01', '2026-12-31')).toBe(6);
    const sixes = workdayRuns(cal, '2026-01-01', '2026-12-31').filter((r) => r.length === 6);
    expect(sixes.map((r) => [r.from, r.to])).toContainEqual(['2026-01-04', '2026-01-09']);
    expect(sixes.map((r) => [r.from, r.to])).toContainEqual(['2026-02-09', '2026-02-14']);
  });

  it('a plain week has 5, a holiday week none', () => {
    expect(maxConsecutiveWorkdays(EMPTY_CALENDAR, '2026-03-01', '2026-03-31')).toBe(5);
    expect(maxConsecutiveWorkdays(cal, '2026-10-01', '2026-10-07')).toBe(0);
  });

  it('workdayRuns are clipped to the range', () => {
    expect(workdayRuns(EMPTY_CALENDAR, '2026-03-04', '2026-03-10')).toEqual([
      { from: '2026-03-04', to: '2026-03-06', length: 3 },
      { from: '2026-03-09', to: '2026-03-10', length: 2 },
    ]);
  });
});
