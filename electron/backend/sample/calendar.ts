import type { Db } from '../../../db/open';
import { insertPeriod, listPeriods, type PeriodData } from '../../../db/repos/calendar-periods';
import { floodSeason, qiXiaBaShang } from '../../../shared/calendar/periods';
import { civil, civilDateOf } from '../../../shared/time/civil';

/** A few important periods of the current year, for trying the app out. Dates are illustrative. */
export function samplePeriods(year: number): PeriodData[] {
  const flood = floodSeason(year);
  const critical = qiXiaBaShang(year);
  return [
    {
      name: '全国两会',
      from: civil(year, 3, 4),
      to: civil(year, 3, 11),
      kind: 'important',
      zeroReport: true,
      dutyOfficers: 2,
      note: '示例：全国两会期间每日零报告，双岗值班',
    },
    { name: flood.name, from: flood.from, to: flood.to, kind: 'flood_season', zeroReport: false, dutyOfficers: 1, note: '示例：汛期默认6月1日至9月30日，按本地规定修改' },
    { name: critical.name, from: critical.from, to: critical.to, kind: 'flood_season', zeroReport: true, dutyOfficers: 2, note: '示例：防汛关键期，带班领导在岗' },
  ];
}

/** Add the sample periods for the year of `now`; returns how many. */
export function loadSampleCalendar(db: Db, now: number): number {
  const have = listPeriods(db);
  const periods = samplePeriods(Number(civilDateOf(now).slice(0, 4))).filter((p) => !have.some((h) => h.name === p.name && h.from === p.from));
  for (const p of periods) insertPeriod(db, p, now);
  return periods.length;
}
