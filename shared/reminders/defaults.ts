import type { ReminderRule } from './types';

/** The deadline of the daily report (每日12:00报告). */
export const DAILY_REPORT_DEADLINE = '12:00';
export const DEFAULT_NOTICE_LEAD_WORKDAYS = 3;
export const DEFAULT_MAX_CATCH_UP_DAYS = 7;
/** plan_deadline: remind this many working days before a 备案/评估/演练 deadline. */
export const DEFAULT_PLAN_LEAD_WORKDAYS = 5;
/** list_season: the flood season starts on 4月1日 unless the rule says otherwise. */
export const DEFAULT_SEASON_ANCHOR = '04-01';
/** list_season: remind 30, 14, 7 and 1 days before the flood season, and on its first day. */
export const DEFAULT_SEASON_LEAD_DAYS: readonly number[] = [30, 14, 7, 1, 0];
/** An occurrence due more than this before `now` is a catch-up (补提醒). */
export const CATCH_UP_GRACE_MS = 2 * 60_000;

export const DEFAULT_RULES: readonly ReminderRule[] = [
  { id: 'daily-prepare', kind: 'daily_report', name: '准备每日值班报告', time: '11:00', enabled: true, role: 'prepare' },
  { id: 'daily-warn', kind: 'daily_report', name: '距12:00上报还有20分钟', time: '11:40', enabled: true, role: 'warn' },
  {
    id: 'daily-overdue',
    kind: 'daily_report',
    name: '每日值班报告已超时未上报',
    time: DAILY_REPORT_DEADLINE,
    repeatMinutes: 15,
    enabled: true,
    role: 'overdue',
  },
  {
    id: 'period-notice',
    kind: 'period_notice',
    name: '关于做好{名称}期间应急值班值守工作的通知',
    time: '09:00',
    leadWorkdays: DEFAULT_NOTICE_LEAD_WORKDAYS,
    enabled: true,
  },
  { id: 'zero-collect', kind: 'period_collect', name: '收集零报告', time: '09:00', enabled: true },
  { id: 'zero-deadline', kind: 'period_deadline', name: '零报告截止', time: '15:00', enabled: true },
  {
    id: 'plan-deadline',
    kind: 'plan_deadline',
    name: '预案期限提醒',
    time: '09:00',
    leadWorkdays: DEFAULT_PLAN_LEAD_WORKDAYS,
    enabled: true,
  },
  {
    id: 'list-season',
    kind: 'list_season',
    name: '汛前更新并公示责任人名单',
    time: '09:00',
    leadDays: [...DEFAULT_SEASON_LEAD_DAYS],
    anchor: DEFAULT_SEASON_ANCHOR,
    enabled: true,
  },
];
