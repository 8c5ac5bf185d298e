/**
 * The pages' chunks: App.tsx makes each a lazy route, and main.tsx starts loading the one the app opens
 * on at once, beside the shell's chunk, rather than after it.
 */
export const PAGES = {
  dashboard: () => import('./pages/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
  roster: () => import('./pages/roster/RosterPage').then((m) => ({ default: m.RosterPage })),
  dailyReport: () => import('./pages/daily-report/DailyReportPage').then((m) => ({ default: m.DailyReportPage })),
  lists: () => import('./pages/lists/ListsPage').then((m) => ({ default: m.ListsPage })),
  plans: () => import('./pages/plans/PlansPage').then((m) => ({ default: m.PlansPage })),
  reminders: () => import('./pages/reminders/RemindersPage').then((m) => ({ default: m.RemindersPage })),
  staff: () => import('./pages/staff/StaffPage').then((m) => ({ default: m.StaffPage })),
  calendar: () => import('./pages/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })),
  settings: () => import('./pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
};

/** The page a hash route shows (`#/lists/print` → lists), if any. */
export function pageOf(hash: string): keyof typeof PAGES | null {
  const first = hash.replace(/^#/, '').split('?')[0]!.split('/')[1] ?? '';
  const byPath: Record<string, keyof typeof PAGES> = {
    '': 'dashboard',
    roster: 'roster',
    'daily-report': 'dailyReport',
    lists: 'lists',
    plans: 'plans',
    reminders: 'reminders',
    staff: 'staff',
    calendar: 'calendar',
    settings: 'settings',
  };
  return byPath[first] ?? null;
}
