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
import { SettingsPage } from './pages/settings/SettingsPage';
import { NotBuiltPage } from './pages/placeholder/NotBuiltPage';

export function App() {
  const qc = useQueryClient();
  useEffect(
    () =>
      onPush((e) => {
        if (e.type === 'status' || (e.type === 'changed' && e.areas.includes('*'))) void qc.invalidateQueries();
        else if (e.type === 'changed') for (const area of e.areas) void qc.invalidateQueries({ queryKey: [area] });
        void qc.invalidateQueries({ queryKey: ['system'] });
      }),
    [qc],
  );
  const status = useApi('system.status', {});
  if (status.isPending) return <Spin size="large" fullscreen tip="正在打开数据文件…" />;
  if (status.isError) return <Result status="error" title="无法连接后台服务" subTitle={status.error.message} />;
  if (status.data.state !== 'ok') return <RecoveryScreen status={status.data} />;
  return (
    <AppShell status={status.data}>
      <Routes>
        <Route path="/" element={<DashboardPage status={status.data} />} />
        <Route path="/roster" element={<NotBuiltPage title="值班表" what="月度与节假日排班、换班替班、打印与导出" />} />
        <Route path="/daily-report" element={<NotBuiltPage title="值班日报" what="每日12:00前上报的值班值守情况与值班日志" />} />
        <Route path="/lists" element={<NotBuiltPage title="责任人名单" what="山洪灾害防御县、乡、村、组、户五级责任人名单" />} />
        <Route path="/plans" element={<NotBuiltPage title="预案台账" what="应急预案的编制、评审、印发、备案与修订" />} />
        <Route path="/reminders" element={<NotBuiltPage title="提醒中心" what="每日报告与节假日零报告提醒" />} />
        <Route path="/staff" element={<StaffPage />} />
        <Route path="/settings/*" element={<SettingsPage status={status.data} />} />
        <Route path="*" element={<Result status="404" title="没有这个页面" />} />
      </Routes>
    </AppShell>
  );
}
