import { describe, expect, it } from 'vitest';
import { HolidayUtil } from 'lunar-typescript';
import { isWeekend } from '../../../shared/time/civil';
import { checkArrangement, groupHolidays, OFFICIAL_NOTICES, OFFICIAL_YEARS, officialArrangement } from '../../../shared/calendar';

/** The facts table of docs/domain.md §3: off range and make-up days per holiday. */
const TABLE: [number, string, string, string, string[]][] = [
  [2024, '元旦', '2023-12-30', '2024-01-01', []],
  [2024, '春节', '2024-02-10', '2024-02-17', ['2024-02-04', '2024-02-18']],
  [2024, '清明节', '2024-04-04', '2024-04-06', ['2024-04-07']],
  [2024, '劳动节', '2024-05-01', '2024-05-05', ['2024-04-28', '2024-05-11']],
  [2024, '端午节', '2024-06-08', '2024-06-10', []],
  [2024, '中秋节', '2024-09-15', '2024-09-17', ['2024-09-14']],
  [2024, '国庆节', '2024-10-01', '2024-10-07', ['2024-09-29', '2024-10-12']],
  [2025, '元旦', '2025-01-01', '2025-01-01', []],
  [2025, '春节', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
  [2025, '清明节', '2025-04-04', '2025-04-06', []],
  [2025, '劳动节', '2025-05-01', '2025-05-05', ['2025-04-27']],
  [2025, '端午节', '2025-05-31', '2025-06-02', []],
  [2025, '国庆节、中秋节', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
  [2026, '元旦', '2026-01-01', '2026-01-03', ['2026-01-04']],
  [2026, '春节', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
  [2026, '清明节', '2026-04-04', '2026-04-06', []],
  [2026, '劳动节', '2026-05-01', '2026-05-05', ['2026-05-09']],
  [2026, '端午节', '2026-06-19', '2026-06-21', []],
  [2026, '中秋节', '2026-09-25', '2026-09-27', []],
  [2026, '国庆节', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
];

describe('official arrangements 2024–2026', () => {
  it('ships exactly the years 2024, 2025, 2026', () => {
    expect(OFFICIAL_YEARS).toEqual([2024, 2025, 2026]);
    expect(officialArrangement(2023)).toBeUndefined();
    expect(officialArrangement(2027)).toBeUndefined();
  });

  it.each(TABLE)('%i %s: off %s – %s, make-up %j', (year, name, from, to, makeup) => {
    const group = groupHolidays(officialArrangement(year) ?? []).find((g) => g.name === name);
    expect(group).toBeDefined();
    expect(group?.off[0]).toBe(from);
    expect(group?.off[group.off.length - 1]).toBe(to);
    expect(group?.makeup).toEqual(makeup);
  });

  it.each(OFFICIAL_YEARS)('%i lists every holiday of the table and nothing else', (year) => {
    const names = groupHolidays(officialArrangement(year) ?? []).map((g) => g.name);
    expect(names).toEqual(TABLE.filter((r) => r[0] === year).map((r) => r[1]));
  });

  it.each(OFFICIAL_YEARS)('%i passes the sanity checks (≤ 6 working days in a row, statutory days add up)', (year) => {
    expect(checkArrangement(officialArrangement(year) ?? [])).toEqual([]);
  });

  it.each(OFFICIAL_YEARS)('%i: every make-up day is a weekend day and no date is listed twice', (year) => {
    const days = officialArrangement(year) ?? [];
    expect(days.filter((d) => d.kind === 'workday').every((d) => isWeekend(d.date))).toBe(true);
    expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
    expect(days.every((d) => d.estimated === undefined)).toBe(true);
  });

  it('records when each notice was issued (2026 on 2025-11-04)', () => {
    expect(OFFICIAL_NOTICES.map((n) => [n.year, n.issued])).toEqual([
      [2024, '2023-10-25'],
      [2025, '2024-11-12'],
      [2026, '2025-11-04'],
    ]);
  });

  // An independent source: lunar-typescript ships its own table of the State Council arrangements.
  it.each(OFFICIAL_YEARS)('%i agrees day by day with lunar-typescript’s HolidayUtil table', (year) => {
    const theirs = HolidayUtil.getHolidays(year).map((h) => `${h.getDay()} ${h.isWork() ? 'workday' : 'off'}`);
    const ours = (officialArrangement(year) ?? []).filter((d) => d.date.startsWith(String(year))).map((d) => `${d.date} ${d.kind}`);
    expect(ours).toEqual(theirs);
  });
});
