import { describe, expect, it } from 'vitest';
import {
  calendarForYears,
  estimateYear,
  floodSeason,
  floodSeasonPresets,
  holidayPeriods,
  mainFloodSeason,
  officialArrangement,
  periodsOn,
  qiXiaBaShang,
  type ImportantPeriod,
} from '../../../shared/calendar';

describe('flood-season presets', () => {
  it.each([
    [floodSeason(2026), '汛期', '2026-06-01', '2026-09-30'],
    [floodSeason(2026, 'south'), '汛期（南方）', '2026-04-01', '2026-10-31'],
    [floodSeason(2026, 'north'), '汛期（北方）', '2026-06-01', '2026-09-30'],
    [mainFloodSeason(2026, 'south'), '主汛期（南方）', '2026-06-01', '2026-08-31'],
    [mainFloodSeason(2026), '主汛期（北方）', '2026-07-01', '2026-08-31'],
    [qiXiaBaShang(2027), '七下八上', '2027-07-16', '2027-08-15'],
  ])('%# %s: %s – %s', (p, name, from, to) => {
    expect(p).toMatchObject({ name, from, to, kind: 'flood_season' });
    expect(p.dutyOfficers).toBeGreaterThanOrEqual(1);
  });

  it('offers every preset for a year, 七下八上 with 零报告 and 双岗', () => {
    const presets = floodSeasonPresets(2027);
    expect(presets.map((p) => p.name)).toEqual(['汛期', '汛期（南方）', '汛期（北方）', '主汛期（南方）', '主汛期（北方）', '七下八上']);
    expect(presets.every((p) => p.from.startsWith('2027-') && p.to.startsWith('2027-'))).toBe(true);
    expect(qiXiaBaShang(2027)).toMatchObject({ zeroReport: true, dutyOfficers: 2 });
  });
});

describe('holidayPeriods', () => {
  it('derives one period per 2026 holiday, first to last day off, 零报告, 双岗', () => {
    const periods = holidayPeriods(officialArrangement(2026) ?? []);
    expect(periods.map((p) => [p.name, p.from, p.to])).toEqual([
      ['元旦', '2026-01-01', '2026-01-03'],
      ['春节', '2026-02-15', '2026-02-23'],
      ['清明节', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05'],
      ['端午节', '2026-06-19', '2026-06-21'],
      ['中秋节', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07'],
    ]);
    expect(periods.every((p) => p.kind === 'holiday' && p.zeroReport && p.dutyOfficers === 2 && p.note === undefined)).toBe(true);
  });

  it('keeps the same holiday of different years apart, including 元旦 starting in December', () => {
    const periods = holidayPeriods(calendarForYears([2024, 2025]).days).filter((p) => p.name === '元旦');
    expect(periods.map((p) => [p.from, p.to])).toEqual([
      ['2023-12-30', '2024-01-01'],
      ['2025-01-01', '2025-01-01'],
    ]);
  });

  it('says when the dates are estimated', () => {
    const periods = holidayPeriods(estimateYear(2027));
    expect(periods.length).toBeGreaterThanOrEqual(7);
    expect(periods.every((p) => p.note?.includes('估算'))).toBe(true);
  });
});

describe('periodsOn', () => {
  const periods: ImportantPeriod[] = [
    floodSeason(2026),
    qiXiaBaShang(2026),
    ...holidayPeriods(officialArrangement(2026) ?? []),
    { name: '全国两会', from: '2026-03-04', to: '2026-03-11', kind: 'important', zeroReport: true, dutyOfficers: 2 },
  ];
  it.each([
    ['2026-05-31', []],
    ['2026-06-01', ['汛期']],
    ['2026-06-20', ['汛期', '端午节']],
    ['2026-07-16', ['汛期', '七下八上']],
    ['2026-08-15', ['汛期', '七下八上']],
    ['2026-08-16', ['汛期']],
    ['2026-09-30', ['汛期']],
    ['2026-10-01', ['国庆节']],
    ['2026-03-04', ['全国两会']],
    ['2026-02-14', []], // a make-up day is not in the holiday period
  ])('%s → %j', (date, names) => {
    expect(periodsOn(periods, date).map((p) => p.name)).toEqual(names);
  });
});
