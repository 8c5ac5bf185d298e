/**
 * The app's chunks: main.tsx starts loading the ones the first screen needs at once, and renders when
 * they are there; root.tsx and App.tsx make lazy components of them (lazyChunk.ts).
 */

/** A chunk loaded at most once; its module is kept once it has come. */
export interface Chunk<M> {
  load(): Promise<M>;
  readonly loaded: M | undefined;
}

export function chunk<M>(importer: () => Promise<M>): Chunk<M> {
  let pending: Promise<M> | undefined;
  let loaded: M | undefined;
  return {
    load: () =>
      (pending ??= importer().then((m) => {
        loaded = m;
        return m;
      })),
    get loaded() {
      return loaded;
    },
  };
}

/** The app with its shell (antd): every screen but the roster print view. */
export const FULL_APP = chunk(() => import('./FullApp'));
/** The roster print view: plain HTML, no antd. */
export const ROSTER_PRINT = chunk(() => import('./print/roster-sheet'));

/** One chunk per page, shown by its route (App.tsx). */
export const PAGES = {
  dashboard: chunk(() => import('./pages/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage }))),
  roster: chunk(() => import('./pages/roster/RosterPage').then((m) => ({ default: m.RosterPage }))),
  dailyReport: chunk(() => import('./pages/daily-report/DailyReportPage').then((m) => ({ default: m.DailyReportPage }))),
  lists: chunk(() => import('./pages/lists/ListsPage').then((m) => ({ default: m.ListsPage }))),
  plans: chunk(() => import('./pages/plans/PlansPage').then((m) => ({ default: m.PlansPage }))),
  reminders: chunk(() => import('./pages/reminders/RemindersPage').then((m) => ({ default: m.RemindersPage }))),
  staff: chunk(() => import('./pages/staff/StaffPage').then((m) => ({ default: m.StaffPage }))),
  calendar: chunk(() => import('./pages/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage }))),
  settings: chunk(() => import('./pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
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
