import { civil, type CivilDate } from '../time/civil';
import { groupHolidays } from './arrangement';
import type { HolidayDay, ImportantPeriod } from './types';

/** The periods in force on a date (from and to inclusive), in their given order. */
export function periodsOn<P extends Pick<ImportantPeriod, 'from' | 'to'>>(periods: readonly P[], date: CivilDate): P[] {
  return periods.filter((p) => p.from <= date && date <= p.to);
}

/** Flood-season divisions: 南方 = Yangtze, Pearl and Taihu basins; 北方 = Yellow, Huai, Hai, Songhua, Liao. */
export type FloodRegion = 'south' | 'north';

const REGION_ZH: Record<FloodRegion, string> = { south: '南方', north: '北方' };

function floodPeriod(name: string, from: CivilDate, to: CivilDate, zeroReport: boolean, dutyOfficers: number, note: string): ImportantPeriod {
  return { name, from, to, kind: 'flood_season', zeroReport, dutyOfficers, note };
}

const EDITABLE = '全国默认划分，各省可另定，请按本地规定修改';

/**
 * 汛期: 南方 4月1日–10月31日, 北方 6月1日–9月30日; without a region, the common default
 * 6月1日–9月30日 named plainly “汛期”.
 */
export function floodSeason(year: number, region?: FloodRegion): ImportantPeriod {
  if (region === 'south') return floodPeriod('汛期（南方）', civil(year, 4, 1), civil(year, 10, 31), false, 1, EDITABLE);
  const name = region === 'north' ? '汛期（北方）' : '汛期';
  return floodPeriod(name, civil(year, 6, 1), civil(year, 9, 30), false, 1, EDITABLE);
}

/** 主汛期: 南方 6月–8月, 北方 (the default) 7月–8月. 带班领导 in the duty room, 双岗. */
export function mainFloodSeason(year: number, region: FloodRegion = 'north'): ImportantPeriod {
  const from = region === 'south' ? civil(year, 6, 1) : civil(year, 7, 1);
  return floodPeriod(`主汛期（${REGION_ZH[region]}）`, from, civil(year, 8, 31), true, 2, EDITABLE);
}

/** 七下八上: the critical period of the northern flood season, 7月16日–8月15日. */
export function qiXiaBaShang(year: number): ImportantPeriod {
  return floodPeriod('七下八上', civil(year, 7, 16), civil(year, 8, 15), true, 2, '防汛关键期');
}

/** Every flood-season preset for a year, for a “choose a preset” list. */
export function floodSeasonPresets(year: number): ImportantPeriod[] {
  return [
    floodSeason(year),
    floodSeason(year, 'south'),
    floodSeason(year, 'north'),
    mainFloodSeason(year, 'south'),
    mainFloodSeason(year, 'north'),
    qiXiaBaShang(year),
  ];
}

/**
 * One period per holiday, from its first to its last day off: 零报告 every day, 双岗.
 * Make-up workdays are not part of the period. Estimated dates say so in the note.
 */
export function holidayPeriods(days: readonly HolidayDay[]): ImportantPeriod[] {
  const out: ImportantPeriod[] = [];
  for (const g of groupHolidays(days)) {
    const from = g.off[0];
    const to = g.off[g.off.length - 1];
    if (from === undefined || to === undefined) continue;
    const p: ImportantPeriod = { name: g.name, from, to, kind: 'holiday', zeroReport: true, dutyOfficers: 2 };
    if (g.estimated) p.note = '日期为估算，国务院办公厅通知公布后请核对';
    out.push(p);
  }
  return out;
}
