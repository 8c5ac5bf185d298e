import { addDays, dateRange, diffDays, isCivilDate, isWeekend, weekdayZh, type CivilDate } from '../time/civil';
import { groupHolidays, sortDays, type HolidayGroup } from './arrangement';
import { buildCalendar, isWorkday, workdayRuns, type HolidayCalendar } from './day-type';
import { statutoryDays } from './statutory';
import type { HolidayDay } from './types';

/** Consecutive working days around a holiday should not exceed this (the rule since 2025). */
export const MAX_CONSECUTIVE_WORKDAYS = 6;
/** A make-up day further than this from its holiday's days off is suspicious. */
const MAX_MAKEUP_DISTANCE = 31;

const label = (d: CivilDate): string => `${d}（${weekdayZh(d)}）`;

/** Gaps inside a holiday, make-up days on weekdays or far away, a holiday with no day off. */
function checkGroup(g: HolidayGroup, cal: HolidayCalendar): string[] {
  const out: string[] = [];
  const first = g.off[0];
  const last = g.off[g.off.length - 1];
  if (first === undefined || last === undefined) {
    return [`${g.name}：只有调休上班日（${g.makeup.join('、')}），没有放假日`];
  }
  for (const d of dateRange(first, last)) {
    if (isWorkday(cal, d)) out.push(`${g.name}：放假日期不连续，${label(d)}是工作日`);
  }
  for (const m of g.makeup) {
    if (!isWeekend(m)) out.push(`${g.name}：调休上班日${label(m)}本来就是工作日`);
    const distance = Math.min(Math.abs(diffDays(m, first)), Math.abs(diffDays(m, last)));
    if (distance > MAX_MAKEUP_DISTANCE) out.push(`${g.name}：调休上班日${m}离假期${distance}天，是否写错？`);
  }
  return out;
}

/**
 * Net working days each holiday takes (weekdays off minus make-up days) against the statutory days.
 * A holiday may lend a day to another (2015: 中秋 on a Sunday, 国庆 one day longer), so a
 * holiday is reported only when its whole year does not add up.
 */
function checkStatutory(groups: readonly HolidayGroup[]): string[] {
  const byYear = new Map<number, { g: HolidayGroup; used: number; statutory: number; weekdaysOff: number }[]>();
  for (const g of groups) {
    const last = g.off[g.off.length - 1];
    if (last === undefined) continue;
    const year = Number(last.slice(0, 4));
    const statutory = statutoryDays(g.name, year);
    if (statutory === undefined) continue;
    const weekdaysOff = g.off.filter((d) => !isWeekend(d)).length;
    const rows = byYear.get(year) ?? [];
    rows.push({ g, used: weekdaysOff - g.makeup.length, statutory, weekdaysOff });
    byYear.set(year, rows);
  }
  const out: string[] = [];
  for (const [year, rows] of byYear) {
    const used = rows.reduce((n, r) => n + r.used, 0);
    const statutory = rows.reduce((n, r) => n + r.statutory, 0);
    if (used === statutory) continue;
    out.push(`${year}年：各节日净占用工作日共${used}天，法定假日共${statutory}天`);
    for (const r of rows) {
      if (r.g.off.every(isWeekend)) out.push(`${r.g.name}：放假日期都在周末，是否漏了补休？`);
      if (r.used !== r.statutory) {
        out.push(
          `${r.g.name}（${r.g.off[0]}起）：放假占用工作日${r.weekdaysOff}天、调休上班${r.g.makeup.length}天，` +
            `净占用${r.used}天，与法定假日${r.statutory}天不符`,
        );
      }
    }
  }
  return out;
}

function checkDuplicates(days: readonly HolidayDay[]): string[] {
  const out: string[] = [];
  const seen = new Map<CivilDate, HolidayDay>();
  for (const d of days) {
    const prev = seen.get(d.date);
    if (prev) {
      const what = (x: HolidayDay) => `${x.name}${x.kind === 'off' ? '放假' : '上班'}`;
      out.push(`${d.date} 重复出现：${what(prev)}、${what(d)}`);
    }
    seen.set(d.date, d);
  }
  return out;
}

/**
 * Sanity checks for an entered or parsed arrangement. Returns warnings in Chinese (empty when
 * nothing looks wrong): invalid or repeated dates, gaps inside a holiday, make-up days that are
 * not weekends or are far away, net days off that differ from the statutory count, and stretches
 * of more than 6 consecutive working days.
 */
export function checkArrangement(days: readonly HolidayDay[]): string[] {
  const invalid = days.filter((d) => !isCivilDate(d.date));
  const valid = sortDays(days.filter((d) => isCivilDate(d.date)));
  const warnings = invalid.map((d) => `日期无效：${d.date}（${d.name}）`);
  warnings.push(...checkDuplicates(valid));
  const cal = buildCalendar(valid);
  const groups = groupHolidays(valid);
  for (const g of groups) warnings.push(...checkGroup(g, cal));
  warnings.push(...checkStatutory(groups));
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (first && last) {
    for (const run of workdayRuns(cal, addDays(first.date, -7), addDays(last.date, 7))) {
      if (run.length > MAX_CONSECUTIVE_WORKDAYS) {
        warnings.push(`${run.from}至${run.to}连续工作${run.length}天，超过${MAX_CONSECUTIVE_WORKDAYS}天`);
      }
    }
  }
  return warnings;
}
