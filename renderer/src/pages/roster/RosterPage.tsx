import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, App, Button, Result, Space, Spin } from 'antd';
import { CalendarOutlined, DownloadOutlined, LeftOutlined, PrinterOutlined, RightOutlined, ThunderboltOutlined } from '@ant-design/icons';
import type { RosterDay } from '../../../../shared/contract/roster';
import { civilDateOf } from '../../../../shared/time/civil';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { DayDrawer } from './DayDrawer';
import { downloadBase64, downloadText } from '../../api/files';
import { GenerateDialog } from './GenerateDialog';
import { monthBounds, monthLabel, shiftMonth } from './labels';
import { LeaveRegister } from './LeaveRegister';
import { MonthGrid } from './MonthGrid';
import { PeriodPrintDialog } from './PeriodPrintDialog';
import { PersonDuties } from './PersonDuties';
import { RosterList } from './RosterList';
import { RosterSettings } from './RosterSettings';
import { StatsView } from './StatsView';
import { PageTabs } from '../../components/PageTabs';
import './roster.css';

const TABS = ['grid', 'list', 'person', 'stats', 'leave', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** 值班表: the month as a grid or list, generation, editing, a person's duties, statistics, leave, settings. */
export function RosterPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const status = useApi('system.status', {});
  const today = status.data ? civilDateOf(status.data.now) : '';
  const [params, setParams] = useSearchParams();
  const asked = params.get('month') ?? '';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : today.slice(0, 7);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'grid';
  const set = (m: string, t: Tab) => setParams({ month: m, tab: t }, { replace: true });
  const { from, to } = month ? monthBounds(month) : { from: '', to: '' };
  const view = useApi('roster.view', { from, to }, { enabled: month !== '' });
  const config = useApi('roster.config', {});
  const staff = useApi('staff.list', {});
  const [picked, setPicked] = useState<string | null>(null);
  const [generating, setGenerating] = useState(false);
  const [periodPrint, setPeriodPrint] = useState(false);
  const pickedDay: RosterDay | null = view.data?.days.find((d) => d.date === picked) ?? null;
  if (!month) return <Spin />;
  const year = Number(month.slice(0, 4));
  const title = `${monthLabel(month)}值班表`;

  const exportXlsx = async () => {
    try {
      const f = await call('roster.exportXlsx', { from, to });
      downloadBase64(f.name, f.mime, f.dataBase64);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  const exportIcs = async () => {
    try {
      const f = await call('roster.exportIcs', { from, to });
      downloadText(f.name, 'text/calendar', f.text);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const monthBody = (kind: 'grid' | 'list') =>
    view.isPending ? (
      <Spin style={{ display: 'block', margin: 48 }} />
    ) : view.isError ? (
      <Result status="error" title="无法读取值班表" subTitle={view.error.message} />
    ) : (
      <>
        {view.data.estimated && <Alert type="info" showIcon style={{ marginBottom: 8 }} title="本月节假日为预估，国务院通知发布后请在“节假日”页导入。" />}
        {view.data.days.every((d) => d.slots.length === 0) && (
          <Alert type="info" showIcon style={{ marginBottom: 8 }} title={`${monthLabel(month)}尚未排班，点“生成排班”自动排出，或点某一天手工安排。`} />
        )}
        {kind === 'grid' ? <MonthGrid view={view.data} today={today} onPick={(d) => setPicked(d.date)} title={title} /> : <RosterList view={view.data} onPick={(d) => setPicked(d.date)} />}
      </>
    );

  return (
    <>
      <h1 className="page-title">值班表</h1>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<LeftOutlined />} aria-label="上个月" onClick={() => set(shiftMonth(month, -1), tab)} />
        <span className="roster-month-title" aria-live="polite">
          {monthLabel(month)}
        </span>
        <Button icon={<RightOutlined />} aria-label="下个月" onClick={() => set(shiftMonth(month, 1), tab)} />
        {today && month !== today.slice(0, 7) && <Button onClick={() => set(today.slice(0, 7), tab)}>本月</Button>}
        <Button type="primary" icon={<ThunderboltOutlined />} onClick={() => setGenerating(true)}>
          生成排班
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/roster/${year}/${Number(month.slice(5, 7))}`)}>
          打印月度值班表
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => setPeriodPrint(true)}>
          节假日值班表
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()}>
          导出Excel
        </Button>
        <Button icon={<CalendarOutlined />} onClick={() => void exportIcs()}>
          导出日历（.ics）
        </Button>
      </Space>
      <PageTabs
        activeKey={tab}
        onChange={(k) => set(month, k as Tab)}
        items={[
          { key: 'grid', label: '月历', children: monthBody('grid') },
          { key: 'list', label: '列表', children: monthBody('list') },
          { key: 'person', label: '个人值班', children: <PersonDuties year={year} staff={staff.data} /> },
          { key: 'stats', label: `${year}年统计`, children: <StatsView year={year} /> },
          { key: 'leave', label: '请假/出差', children: <LeaveRegister year={year} staff={staff.data} /> },
          { key: 'settings', label: '排班设置', children: <RosterSettings config={config.data} staff={staff.data} /> },
        ]}
      />
      <DayDrawer day={pickedDay} roles={view.data?.roles ?? []} config={config.data} staff={staff.data} onClose={() => setPicked(null)} />
      {generating && <GenerateDialog month={month} onClose={() => setGenerating(false)} />}
      <PeriodPrintDialog open={periodPrint} year={year} onClose={() => setPeriodPrint(false)} />
    </>
  );
}
