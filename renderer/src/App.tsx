import { useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { Result, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { onPush } from './api/client';
import { useApi } from './api/hooks';
import { AppShell } from './shell/AppShell';
import { RecoveryScreen } from './shell/RecoveryScreen';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { StaffPage } from './pages/staff/StaffPage';
import { CalendarPage } from './pages/calendar/CalendarPage';
import { PlansPage } from './pages/plans/PlansPage';
import { ListsPage } from './pages/lists/ListsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { RosterPage } from './pages/roster/RosterPage';
import { RosterPrint } from './print/roster-sheet';
import { DailyReportPage } from './pages/daily-report/DailyReportPage';
import { RemindersPage } from './pages/reminders/RemindersPage';
import { announceReminderEvent } from './components/AlertCenterEvents';

export function App() {
  const qc = useQueryClient();
  useEffect(
    () =>
      onPush((e) => {
        if (e.type === 'status' || (e.type === 'changed' && e.areas.includes('*'))) void qc.invalidateQueries();
        else if (e.type === 'changed') for (const area of e.areas) void qc.invalidateQueries({ queryKey: [area] });
        void qc.invalidateQueries({ queryKey: ['system'] });
        announceReminderEvent(e);
      }),
    [qc],
  );
  const status = useApi('system.status', {});
  if (status.isPending) return <Spin size="large" fullscreen description="正在打开数据文件…" />;
  if (status.isError) return <Result status="error" title="无法连接后台服务" subTitle={status.error.message} />;
  if (status.data.state !== 'ok') return <RecoveryScreen status={status.data} />;
  return (
    <AppShell status={status.data}>
      <Routes>
        <Route path="/" element={<DashboardPage status={status.data} />} />
        <Route path="/roster" element={<RosterPage />} />
        <Route path="/print/roster/*" element={<RosterPrint />} />
        <Route path="/daily-report/*" element={<DailyReportPage />} />
        <Route path="/lists/*" element={<ListsPage />} />
        <Route path="/plans/*" element={<PlansPage />} />
        <Route path="/reminders/*" element={<RemindersPage />} />
        <Route path="/staff" element={<StaffPage />} />
        <Route path="/calendar" element={<CalendarPage />} />
        <Route path="/settings/*" element={<SettingsPage status={status.data} />} />
        <Route path="*" element={<Result status="404" title="没有这个页面" />} />
      </Routes>
    </AppShell>
  );
}
