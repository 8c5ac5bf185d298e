import { useLocation, useNavigate } from 'react-router';
import { DutyLog } from './DutyLog';
import { Notices } from './Notices';
import { ReportForm } from './ReportForm';
import { ReportHistory } from './ReportHistory';
import { ZeroReports } from './ZeroReports';
import { PageTabs } from '../../components/PageTabs';

const TABS = [
  { key: 'report', label: '每日报告', children: <ReportForm /> },
  { key: 'log', label: '值班日志', children: <DutyLog /> },
  { key: 'zero', label: '零报告', children: <ZeroReports /> },
  { key: 'notices', label: '节假日通知', children: <Notices /> },
  { key: 'history', label: '上报记录', children: <ReportHistory /> },
];

/** 值班日报: the daily 12:00 report, the duty log and handover, zero reports and holiday notices. */
export function DailyReportPage() {
  const loc = useLocation();
  const nav = useNavigate();
  const sub = loc.pathname.split('/')[2] ?? '';
  const key = TABS.some((t) => t.key === sub) ? sub : 'report';
  return (
    <>
      <h1 className="page-title">值班日报</h1>
      <PageTabs activeKey={key} onChange={(k) => nav(k === 'report' ? '/daily-report' : `/daily-report/${k}`)} items={TABS} destroyOnHidden />
    </>
  );
}
