import { groupHolidays, type HolidayGroup } from '../../../shared/calendar/index';
import type { DaySource, PeriodView, YearBasis } from '../../../shared/contract/calendar';
import type { StoredPeriod } from '../../../db/repos/calendar-periods';
import { weekdayZh, type CivilDate } from '../../../shared/time/civil';
import { toHolidayDay, type YearArrangement } from './calendar-arrangement';

/** Readable before/after snapshots for the audit log (labels in shared/audit/diff.ts). */

export const BASIS_ZH: Record<YearBasis, string> = { official: '国务院通知（内置）', estimated: '预估', notice: '导入的国务院通知' };
export const SOURCE_ZH: Record<DaySource, string> = { official: '国务院通知（内置）', estimated: '预估', notice: '导入的国务院通知', manual: '手工修改' };
export const PERIOD_KIND_ZH: Record<PeriodView['kind'], string> = { holiday: '节假日', important: '重要时段', flood_season: '汛期' };

/** 10月1日 */
export const monthDay = (d: CivilDate): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** “国庆节：10月1日至10月7日放假，9月20日、10月10日上班” */
export function describeGroup(g: HolidayGroup): string {
  const first = g.off[0];
  const last = g.off[g.off.length - 1];
  const off = first === undefined || last === undefined ? '' : first === last ? `${monthDay(first)}放假` : `${monthDay(first)}至${monthDay(last)}放假`;
  const work = g.makeup.length ? `${g.makeup.map(monthDay).join('、')}上班` : '';
  return `${g.name}：${[off, work].filter(Boolean).join('，')}${g.estimated ? '（预估）' : ''}`;
}

export function yearSnapshot(a: YearArrangement) {
  return {
    year: a.year,
    basis: a.stored ? `${BASIS_ZH[a.basis]}（本地保存）` : BASIS_ZH[a.basis],
    issued: a.issued,
    // One string: the audit view joins arrays with 、, which the dates already use.
    holidays: groupHolidays(a.days.map(toHolidayDay)).map(describeGroup).join('；'),
    manualDays: a.days.filter((d) => d.source === 'manual').map((d) => `${monthDay(d.date)}${d.kind === 'off' ? '放假' : '上班'}`),
  };
}

export interface DayState {
  kind: 'off' | 'workday' | 'normal';
  name: string;
  source?: DaySource;
}

export function dayArrangementZh(date: CivilDate, s: DayState): string {
  if (s.kind === 'off') return '放假';
  if (s.kind === 'workday') return '调休上班';
  return weekdayZh(date) === '星期六' || weekdayZh(date) === '星期日' ? '普通（周末休息）' : '普通（工作日）';
}

export function daySnapshot(date: CivilDate, s: DayState) {
  return { date, arrangement: dayArrangementZh(date, s), holidayName: s.name || null, source: s.source ? SOURCE_ZH[s.source] : null };
}

export function periodSnapshot(p: StoredPeriod) {
  return {
    periodName: p.name,
    from: p.from,
    to: p.to,
    periodKind: PERIOD_KIND_ZH[p.kind],
    zeroReport: p.zeroReport,
    dutyOfficers: p.dutyOfficers,
    note: p.note,
  };
}
