import { describe, expect, it } from 'vitest';
import { checkArrangement, expandHolidays, officialArrangement, type HolidayDay } from '../../../shared/calendar';

const off = (date: string, name = '国庆节'): HolidayDay => ({ date, kind: 'off', name });
const work = (date: string, name = '国庆节'): HolidayDay => ({ date, kind: 'workday', name });
const y2026 = officialArrangement(2026) ?? [];

describe('checkArrangement', () => {
  it('finds nothing wrong with a real arrangement', () => {
    expect(checkArrangement(y2026)).toEqual([]);
    expect(checkArrangement([])).toEqual([]);
  });

  it('flags more than 6 working days in a row', () => {
    // 2026 国庆 with both make-up days put on the weekend after it: 10-08 … 10-16, nine days in a row.
    const days = [...expandHolidays([{ name: '国庆节', from: '2026-10-01', to: '2026-10-07', makeup: ['2026-10-10', '2026-10-11'] }])];
    const w = checkArrangement(days);
    expect(w).toContain('2026-10-08至2026-10-16连续工作9天，超过6天');
  });

  it('flags a make-up day that is already a working day', () => {
    const w = checkArrangement([...expandHolidays([{ name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeup: ['2026-05-08'] }])]);
    expect(w).toContain('劳动节：调休上班日2026-05-08（星期五）本来就是工作日');
  });

  it('flags a gap inside a holiday and a make-up day far away', () => {
    const w = checkArrangement([off('2026-10-01'), off('2026-10-02'), off('2026-10-06'), work('2026-11-14')]);
    expect(w).toContain('国庆节：放假日期不连续，2026-10-05（星期一）是工作日');
    expect(w).toContain('国庆节：调休上班日2026-11-14离假期39天，是否写错？');
  });

  it('flags net days off that do not match the statutory days, and a holiday only on a weekend', () => {
    const w = checkArrangement([off('2026-06-20', '端午节'), off('2026-06-21', '端午节')]);
    expect(w).toContain('2026年：各节日净占用工作日共0天，法定假日共1天');
    expect(w).toContain('端午节：放假日期都在周末，是否漏了补休？');
    expect(w).toContain('端午节（2026-06-20起）：放假占用工作日0天、调休上班0天，净占用0天，与法定假日1天不符');
  });

  it('uses the pre-2025 statutory days for 2024 (春节 3, 劳动节 1)', () => {
    expect(checkArrangement(officialArrangement(2024) ?? [])).toEqual([]);
    const moreLabour = (officialArrangement(2024) ?? []).filter((d) => d.date !== '2024-05-11');
    expect(checkArrangement(moreLabour)).toContain(
      '劳动节（2024-05-01起）：放假占用工作日3天、调休上班1天，净占用2天，与法定假日1天不符',
    );
  });

  it('does not blame a holiday that lends a day to another in the same year (2015 中秋 → 国庆)', () => {
    const days = [
      ...expandHolidays([
        { name: '中秋节', from: '2015-09-27', to: '2015-09-27', makeup: [] },
        { name: '国庆节', from: '2015-10-01', to: '2015-10-07', makeup: ['2015-10-10'] },
      ]),
    ];
    expect(checkArrangement(days)).toEqual([]);
  });

  it('flags repeated and invalid dates and a holiday with only make-up days', () => {
    const w = checkArrangement([off('2026-10-01'), work('2026-10-01', '中秋节'), off('2026-02-30', '春节'), work('2026-03-07', '两会')]);
    expect(w).toContain('日期无效：2026-02-30（春节）');
    expect(w).toContain('2026-10-01 重复出现：国庆节放假、中秋节上班');
    expect(w).toContain('两会：只有调休上班日（2026-03-07），没有放假日');
  });
});
