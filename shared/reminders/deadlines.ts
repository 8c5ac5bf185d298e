import { addDays, diffDays, isCivilDate, type CivilDate } from '../time/civil';
import { DEFAULT_PLAN_LEAD_WORKDAYS, DEFAULT_SEASON_ANCHOR, DEFAULT_SEASON_LEAD_DAYS } from './defaults';
import { dateZh, monthDayZh } from './format';
import { noticeDueDate } from './notice';
import type { ListYearStatus, PlanDeadlineKind, PlanDeadlineSubject, ReminderRule } from './types';

/** Which of a deadline's three reminders a firing is. */
export type PlanDeadlinePhase = 'lead' | 'due' | 'overdue';

export interface PlanDeadlineFiring {
  date: CivilDate;
  phase: PlanDeadlinePhase;
  deadline: PlanDeadlineSubject;
}

const KIND_ZH: Record<PlanDeadlineKind, { label: string; action: string }> = {
  filing: { label: '备案', action: '报送备案' },
  evaluation: { label: '定期评估', action: '组织评估' },
  drill: { label: '演练', action: '组织演练' },
};

/**
 * The days a deadline is reminded of: `leadWorkdays` working days before it (调休-aware, through the
 * injected calendar), on the day, and once on the day after (it has just become overdue).
 * A lead of 0 leaves only the day itself and the day after.
 */
export function planDeadlineFirings(
  deadline: PlanDeadlineSubject,
  isWorkday: (date: CivilDate) => boolean,
  leadWorkdays: number = DEFAULT_PLAN_LEAD_WORKDAYS,
): PlanDeadlineFiring[] {
  const out: PlanDeadlineFiring[] = [];
  if (leadWorkdays > 0) out.push({ date: noticeDueDate({ from: deadline.due }, isWorkday, leadWorkdays), phase: 'lead', deadline });
  out.push({ date: deadline.due, phase: 'due', deadline });
  out.push({ date: addDays(deadline.due, 1), phase: 'overdue', deadline });
  return out;
}

/** Working days from `date` (exclusive) up to `due` (inclusive). */
function workdaysUntil(date: CivilDate, due: CivilDate, isWorkday: (d: CivilDate) => boolean): number {
  let n = 0;
  for (let d = addDays(date, 1); d <= due; d = addDays(d, 1)) if (isWorkday(d)) n++;
  return n;
}

const quoted = (name: string) => (name.startsWith('《') ? name : `《${name}》`);

export function planDeadlineTitle(rule: ReminderRule, deadline: PlanDeadlineSubject): string {
  return `${rule.name}：${quoted(deadline.planName)}${KIND_ZH[deadline.kind].label}`;
}

/** The alert text: the plan, the deadline's kind and date, and how near or late it is. */
export function planDeadlineBody(f: PlanDeadlineFiring, isWorkday: (d: CivilDate) => boolean): string {
  const { deadline: d, phase, date } = f;
  const { label, action } = KIND_ZH[d.kind];
  const plan = quoted(d.planName);
  switch (phase) {
    case 'lead':
      return `${plan}${label}期限为${dateZh(d.due)}，还有${workdaysUntil(date, d.due, isWorkday)}个工作日，请抓紧${action}，完成后在预案台账中登记。`;
    case 'due':
      return `今天（${dateZh(d.due)}）是${plan}的${label}期限，请今日内${action}，完成后在预案台账中登记。`;
    case 'overdue':
      return `${plan}${label}期限${dateZh(d.due)}已过，尚未登记${label}，已逾期，请尽快${action}并在预案台账中登记。`;
  }
}

/** `MM-DD` of a real calendar day (02-29 allowed: it falls back to 02-28 in common years). */
export function isMonthDay(s: string): boolean {
  return /^\d\d-\d\d$/.test(s) && isCivilDate(`2024-${s}`);
}

/** The flood season's first day in `year` for a rule's anchor (`MM-DD`, default 04-01). */
export function seasonStart(year: number, anchor: string = DEFAULT_SEASON_ANCHOR): CivilDate {
  const md = isMonthDay(anchor) ? anchor : DEFAULT_SEASON_ANCHOR;
  const date = `${String(year).padStart(4, '0')}-${md}`;
  return isCivilDate(date) ? date : `${String(year).padStart(4, '0')}-02-28`;
}

export interface ListSeasonFiring {
  date: CivilDate;
  /** The list year (the season's year). */
  year: number;
  start: CivilDate;
}

/** The days in [first, last] on which a list_season rule fires: each lead day before each year's season start. */
export function listSeasonFirings(rule: Pick<ReminderRule, 'leadDays' | 'anchor'>, first: CivilDate, last: CivilDate): ListSeasonFiring[] {
  const leads = [...new Set(rule.leadDays ?? DEFAULT_SEASON_LEAD_DAYS)].filter((n) => Number.isInteger(n) && n >= 0).sort((a, b) => b - a);
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(last.slice(0, 4)) + 1; // a lead can reach back into the year before the season
  const out: ListSeasonFiring[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const start = seasonStart(year, rule.anchor);
    for (const n of leads) {
      const date = addDays(start, -n);
      if (date >= first && date <= last) out.push({ date, year, start });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** “30，14、7 1” → [30, 14, 7, 1]; null when something is not a whole number. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
  if (!parts.length || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

export const listSubject = (year: number) => `lists-${year}`;

const STATUS_ZH: Record<ListYearStatus, string> = {
  missing: '尚未建立',
  not_updated: '复制自上一年后尚未更新，也未公示',
  unpublished: '已建立但尚未记录公示',
  published: '已公示',
};

export function listSeasonTitle(rule: ReminderRule, f: ListSeasonFiring): string {
  return `${rule.name}（${f.year}年）`;
}

/** The alert text: how many days to the flood season, and what is missing about this year's list. */
export function listSeasonBody(f: ListSeasonFiring, status: ListYearStatus | undefined): string {
  const left = diffDays(f.start, f.date);
  const when = left === 0 ? `今天（${monthDayZh(f.start)}）汛期开始` : `距${monthDayZh(f.start)}汛期开始还有${left}天`;
  const state = status ? `${f.year}年山洪灾害防御责任人名单${STATUS_ZH[status]}` : `${f.year}年山洪灾害防御责任人名单尚未更新并公示`;
  return `${when}，${state}。请汛前更新五级责任人名单并公示（接受公众监督），公示后在名单页登记公示日期。`;
}
