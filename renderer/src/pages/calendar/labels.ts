import type { CalendarDay, DaySource, PeriodView, YearBasis } from '../../../../shared/contract/calendar';
import { weekdayZh, type CivilDate } from '../../../../shared/time/civil';

export const DAY_TYPE_ZH: Record<CalendarDay['dayType'], string> = {
  holiday: '放假',
  makeup_workday: '调休上班',
  weekend: '周末',
  workday: '工作日',
};

export const SOURCE_ZH: Record<DaySource, string> = {
  official: '国务院通知（内置）',
  estimated: '预估',
  notice: '导入的国务院通知',
  manual: '手工修改',
};

export const BASIS_ZH: Record<YearBasis, string> = {
  official: '国务院办公厅通知（程序内置）',
  estimated: '按农历和节气预估',
  notice: '导入的国务院办公厅通知',
};

export const PERIOD_KIND_ZH: Record<PeriodView['kind'], string> = { holiday: '节假日', important: '重要时段', flood_season: '汛期' };
export const PERIOD_KIND_COLOR: Record<PeriodView['kind'], string> = { holiday: 'red', important: 'purple', flood_season: 'blue' };

/** 10月1日 */
export const monthDay = (d: CivilDate): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** 10月1日至10月7日 (one day: 10月1日) */
export const dateSpan = (from: CivilDate, to: CivilDate): string => (from === to ? monthDay(from) : `${monthDay(from)}至${monthDay(to)}`);

/** 2026-10-01（星期四） */
export const dateWithWeekday = (d: CivilDate): string => `${d}（${weekdayZh(d)}）`;

/** What a day is, in words: “国庆节 放假”, “春节 调休上班”, “周末”. */
export function dayWords(day: CalendarDay): string {
  const base = day.holidayName ? `${day.holidayName} ${DAY_TYPE_ZH[day.dayType]}` : DAY_TYPE_ZH[day.dayType];
  return day.estimated ? `${base}（预估）` : base;
}
