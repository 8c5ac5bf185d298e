import type { ReminderKind } from './types';

/** The page that deals with an occurrence of a kind. */
export function routeOf(kind: ReminderKind): string {
  switch (kind) {
    case 'daily_report':
      return '/daily-report';
    case 'period_notice':
      return '/daily-report/notices';
    case 'period_collect':
    case 'period_deadline':
      return '/daily-report/zero';
    case 'plan_deadline':
      return '/plans';
    case 'list_season':
      return '/lists';
    case 'custom':
      return '/reminders';
  }
}
