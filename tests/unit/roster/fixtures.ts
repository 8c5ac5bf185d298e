import { civil, dateRange, isWeekend, type CivilDate } from '../../../shared/time/civil';
import type { DayCategory, RosterDay, RosterStaff } from '../../../shared/roster';

/** Statutory holidays (days off) and 调休 make-up working days, from the State Council notices. */
const HOLIDAYS: Record<number, { name: string; off: [string, string]; work: string[] }[]> = {
  2024: [
    { name: '元旦', off: ['2024-01-01', '2024-01-01'], work: [] },
    { name: '春节', off: ['2024-02-10', '2024-02-17'], work: ['2024-02-04', '2024-02-18'] },
    { name: '清明节', off: ['2024-04-04', '2024-04-06'], work: ['2024-04-07'] },
    { name: '劳动节', off: ['2024-05-01', '2024-05-05'], work: ['2024-04-28', '2024-05-11'] },
    { name: '端午节', off: ['2024-06-08', '2024-06-10'], work: [] },
    { name: '中秋节', off: ['2024-09-15', '2024-09-17'], work: ['2024-09-14'] },
    { name: '国庆节', off: ['2024-10-01', '2024-10-07'], work: ['2024-09-29', '2024-10-12'] },
  ],
  2025: [
    { name: '元旦', off: ['2025-01-01', '2025-01-01'], work: [] },
    { name: '春节', off: ['2025-01-28', '2025-02-04'], work: ['2025-01-26', '2025-02-08'] },
    { name: '清明节', off: ['2025-04-04', '2025-04-06'], work: [] },
    { name: '劳动节', off: ['2025-05-01', '2025-05-05'], work: ['2025-04-27'] },
    { name: '端午节', off: ['2025-05-31', '2025-06-02'], work: [] },
    { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], work: ['2025-09-28', '2025-10-11'] },
  ],
  2026: [
    { name: '元旦', off: ['2026-01-01', '2026-01-03'], work: ['2026-01-04'] },
    { name: '春节', off: ['2026-02-15', '2026-02-23'], work: ['2026-02-14', '2026-02-28'] },
    { name: '清明节', off: ['2026-04-04', '2026-04-06'], work: [] },
    { name: '劳动节', off: ['2026-05-01', '2026-05-05'], work: ['2026-05-09'] },
    { name: '端午节', off: ['2026-06-19', '2026-06-21'], work: [] },
    { name: '中秋节', off: ['2026-09-25', '2026-09-27'], work: [] },
    { name: '国庆节', off: ['2026-10-01', '2026-10-07'], work: ['2026-09-20', '2026-10-10'] },
  ],
};

export function categoryOfDay(date: CivilDate): { category: DayCategory; holidayName?: string } {
  for (const h of HOLIDAYS[Number(date.slice(0, 4))] ?? []) {
    if (date >= h.off[0] && date <= h.off[1]) return { category: 'holiday', holidayName: h.name };
    if (h.work.includes(date)) return { category: 'workday' };
  }
  return { category: isWeekend(date) ? 'weekend' : 'workday' };
}

export interface DayOptions {
  leaders?: number;
  officers?: number;
  /** 值班员 on holidays (双岗). */
  holidayOfficers?: number;
}

/** Real-looking roster days: 1 带班领导, 1 值班员 (2 on statutory holidays). */
export function rosterDays(from: CivilDate, to: CivilDate, o: DayOptions = {}): RosterDay[] {
  return dateRange(from, to).map((date) => {
    const cat = categoryOfDay(date);
    const officers = cat.category === 'holiday' ? (o.holidayOfficers ?? 2) : (o.officers ?? 1);
    return { date, ...cat, slots: [{ role: 'leader', count: o.leaders ?? 1 }, { role: 'officer', count: officers }] };
  });
}

export const yearDays = (year: number, o?: DayOptions) => rosterDays(civil(year, 1, 1), civil(year, 12, 31), o);

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹';

/** `leaders` people who can lead (ids from 1), then `officers` officers (ids from 101). */
export function pool(leaders: number, officers: number): RosterStaff[] {
  const leadersList = Array.from({ length: leaders }, (_, i) => ({
    id: 1 + i,
    name: `${SURNAMES[i % SURNAMES.length]}局长${i + 1}`,
    roles: ['leader'],
    active: true,
  }));
  const officersList = Array.from({ length: officers }, (_, i) => ({
    id: 101 + i,
    name: `${SURNAMES[(i + 7) % SURNAMES.length]}值班${i + 1}`,
    roles: ['officer'],
    active: true,
  }));
  return [...leadersList, ...officersList];
}

export const ids = (staff: readonly RosterStaff[], role: string) =>
  staff.filter((s) => s.roles.includes(role)).map((s) => s.id);
