import { Suspense, lazy, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { Alert, Button, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { onPush } from './api/client';
import { useApi } from './api/hooks';
import { AppShell } from './shell/AppShell';
import { Loading } from './shell/Loading';
import { PAGES } from './pages';
import { lazyChunk } from './lazyChunk';
import { announceReminderEvent } from './components/AlertCenterEvents';

// One chunk per page, loaded when its route is first shown (the roster print view is routed in root.tsx).
// The recovery screen (with its backup table) only when the data file cannot be used.
const RecoveryScreen = lazy(() => import('./shell/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));
// antd's Result (with its large pictures) only for an unknown address.
const NotFound = lazy(() => import('./shell/NotFound').then((m) => ({ default: m.NotFound })));
const DashboardPage = lazyChunk(PAGES.dashboard);
const StaffPage = lazyChunk(PAGES.staff);
const CalendarPage = lazyChunk(PAGES.calendar);
const PlansPage = lazyChunk(PAGES.plans);
const ListsPage = lazyChunk(PAGES.lists);
const SettingsPage = lazyChunk(PAGES.settings);
const RosterPage = lazyChunk(PAGES.roster);
const DailyReportPage = lazyChunk(PAGES.dailyReport);
const RemindersPage = lazyChunk(PAGES.reminders);

export function App() {
  const qc = useQueryClient();
  useEffect(
    () =>
      onPush((e) => {
        if (e.type === 'status' || (e.type === 'changed' && e.areas.includes('*'))) void qc.invalidateQueries();
        else if (e.type === 'changed') for (const area of e.areas) void qc.invalidateQueries({ queryKey: [area] });
        // A reminder means the clock crossed a due time (12:00…): what depends on the time of day is stale now.
        if (e.type === 'reminder') for (const area of ['reports', 'dashboard', 'reminders']) void qc.invalidateQueries({ queryKey: [area] });
        void qc.invalidateQueries({ queryKey: ['system'] });
        announceReminderEvent(e);
      }),
    [qc],
  );
  const status = useApi('system.status', {});
  if (status.isPending) return <Spin size="large" fullscreen description="正在打开数据文件…" />;
  if (status.isError) {
    return (
      <div className="app-problem">
        <Alert
          type="error"
          showIcon
          title={status.error.message}
          description="请稍候重试；仍不行时，请关闭并重新打开防汛值班台。"
          action={
            <Button size="small" loading={status.isFetching} onClick={() => void status.refetch()}>
              重试
            </Button>
          }
        />
      </div>
    );
  }
  if (status.data.state !== 'ok') {
    return (
      <Suspense fallback={<Loading />}>
        <RecoveryScreen status={status.data} />
      </Suspense>
    );
  }
  return (
    <AppShell status={status.data}>
      <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<DashboardPage status={status.data} />} />
        <Route path="/roster" element={<RosterPage />} />
        <Route path="/daily-report/*" element={<DailyReportPage />} />
        <Route path="/lists/*" element={<ListsPage />} />
        <Route path="/plans/*" element={<PlansPage />} />
        <Route path="/reminders/*" element={<RemindersPage />} />
        <Route path="/staff" element={<StaffPage />} />
        <Route path="/calendar" element={<CalendarPage />} />
        <Route path="/settings/*" element={<SettingsPage status={status.data} />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
      </Suspense>
    </AppShell>
  );
}
