import { describe, expect, it } from 'vitest';
import { HolidayUtil } from 'lunar-typescript';
import {
  checkArrangement,
  dragonBoatFestival,
  estimatedBlocks,
  estimateYear,
  groupHolidays,
  lunarNewYearsEve,
  midAutumnFestival,
  officialArrangement,
  oneDayBlock,
  qingming,
  springFestival,
} from '../../../shared/calendar';
import { weekday } from '../../../shared/time/civil';

describe('lunar and solar-term dates', () => {
  it.each([
    // year, 春节 (初一), 除夕, 清明, 端午, 中秋
    [2024, '2024-02-10', '2024-02-09', '2024-04-04', '2024-06-10', '2024-09-17'],
    [2025, '2025-01-29', '2025-01-28', '2025-04-04', '2025-05-31', '2025-10-06'],
    [2026, '2026-02-17', '2026-02-16', '2026-04-05', '2026-06-19', '2026-09-25'],
    [2027, '2027-02-06', '2027-02-05', '2027-04-05', '2027-06-09', '2027-09-15'],
  ])('%i: 春节 %s, 除夕 %s, 清明 %s, 端午 %s, 中秋 %s', (year, spring, eve, qm, dragon, mid) => {
    expect(springFestival(year)).toBe(spring);
    expect(lunarNewYearsEve(year)).toBe(eve);
    expect(qingming(year)).toBe(qm);
    expect(dragonBoatFestival(year)).toBe(dragon);
    expect(midAutumnFestival(year)).toBe(mid);
  });

  it('清明 is always on 4 or 5 April', () => {
    for (let y = 2000; y <= 2100; y++) expect(['04-04', '04-05']).toContain(qingming(y).slice(5));
  });

  it('除夕 is the day before 春节 even when the twelfth month has 29 days (2026: 腊月二十九)', () => {
    expect(lunarNewYearsEve(2026)).toBe('2026-02-16');
  });
});

describe('oneDayBlock: a one-day holiday joined to the weekend', () => {
  it.each([
    ['2024-06-10', '2024-06-08', '2024-06-10'], // Monday → Sat–Mon (2024 端午)
    ['2024-09-17', '2024-09-15', '2024-09-17'], // Tuesday → Sun–Tue (2024 中秋)
    ['2025-01-01', '2025-01-01', '2025-01-01'], // Wednesday → alone (2025 元旦)
    ['2026-01-01', '2026-01-01', '2026-01-03'], // Thursday → Thu–Sat (2026 元旦)
    ['2026-06-19', '2026-06-19', '2026-06-21'], // Friday → Fri–Sun (2026 端午)
    ['2025-05-31', '2025-05-31', '2025-06-02'], // Saturday → Sat–Mon (2025 端午)
    ['2026-04-05', '2026-04-04', '2026-04-06'], // Sunday → Sat–Mon (2026 清明)
  ])('%s → %s – %s', (date, from, to) => {
    expect(oneDayBlock('节', date)).toEqual({ name: '节', from, to });
  });
});

describe('estimateYear', () => {
  it.each([2025, 2026])('reproduces the published %i arrangement exactly (make-up days included)', (year) => {
    const estimate = estimateYear(year);
    expect(estimate.every((d) => d.estimated === true)).toBe(true);
    expect(estimate.map(({ date, kind, name }) => ({ date, kind, name }))).toEqual(officialArrangement(year));
  });

  it.each([2027, 2028, 2029, 2030, 2031, 2035, 2040])('%i: a plausible arrangement that passes every sanity check', (year) => {
    const days = estimateYear(year);
    expect(days.every((d) => d.estimated === true)).toBe(true);
    expect(checkArrangement(days)).toEqual([]);
    const groups = groupHolidays(days);
    const names = groups.map((g) => g.name);
    expect(names).toContain('元旦');
    expect(names).toContain('春节');
    expect(names).toContain('清明节');
    expect(names).toContain('劳动节');
    expect(names).toContain('端午节');
    expect(names.some((n) => n.includes('中秋节'))).toBe(true);
    expect(names.some((n) => n.includes('国庆节'))).toBe(true);
    const spring = groups.find((g) => g.name === '春节');
    expect(spring?.off).toContain(lunarNewYearsEve(year));
    expect(spring?.off).toContain(springFestival(year));
    expect(spring?.off.length).toBeGreaterThanOrEqual(8);
    expect(spring?.off.length).toBeLessThanOrEqual(9);
  });

  it('2027: 春节 from 除夕 2-5 to 初七 2-12, 劳动节 5/1–5/5, 国庆 10/1–10/7, 中秋 2027-09-15 on its own', () => {
    const blocks = estimatedBlocks(2027).map((b) => [b.name, b.from, b.to]);
    expect(blocks).toEqual([
      ['元旦', '2027-01-01', '2027-01-03'],
      ['春节', '2027-02-05', '2027-02-12'],
      ['清明节', '2027-04-03', '2027-04-05'],
      ['劳动节', '2027-05-01', '2027-05-05'],
      ['端午节', '2027-06-09', '2027-06-09'],
      ['中秋节', '2027-09-15', '2027-09-15'],
      ['国庆节', '2027-10-01', '2027-10-07'],
    ]);
  });

  it('joins 中秋 to 国庆 when it falls in early October (2028: 中秋 10-03)', () => {
    const combined = estimatedBlocks(2028).find((b) => b.name === '国庆节、中秋节');
    expect(midAutumnFestival(2028)).toBe('2028-10-03');
    expect(combined).toEqual({ name: '国庆节、中秋节', from: '2028-10-01', to: '2028-10-08' });
  });

  it('劳动节 starts on the Saturday before when 5-1 is a Monday (2028)', () => {
    expect(weekday('2028-05-01')).toBe(1);
    expect(estimatedBlocks(2028).find((b) => b.name === '劳动节')).toMatchObject({ from: '2028-04-29', to: '2028-05-03' });
  });

  it('every make-up day is a weekend day near its holiday', () => {
    for (const year of [2027, 2028, 2029, 2030]) {
      for (const g of groupHolidays(estimateYear(year))) {
        for (const m of g.makeup) expect([0, 6]).toContain(weekday(m));
      }
    }
  });

  it('is not published for 2027 in lunar-typescript either (so an estimate is needed)', () => {
    expect(HolidayUtil.getHolidays(2027)).toEqual([]);
  });
});
