import type { ReminderKind } from '../../../../shared/reminders/types';

export const KIND_LABELS: Record<ReminderKind, string> = {
  daily_report: '每日报告',
  period_notice: '节假日通知',
  period_collect: '零报告收集',
  period_deadline: '零报告截止',
  plan_deadline: '预案期限',
  list_season: '汛前名单',
  custom: '自定义',
};

export const KIND_COLORS: Record<ReminderKind, string> = {
  daily_report: 'blue',
  period_notice: 'purple',
  period_collect: 'cyan',
  period_deadline: 'volcano',
  plan_deadline: 'magenta',
  list_season: 'geekblue',
  custom: 'default',
};
