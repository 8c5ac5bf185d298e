import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { App, Button, Card, Popconfirm, Result, Select, Space, Spin } from 'antd';
import { ImportOutlined, LeftOutlined, RightOutlined, UndoOutlined } from '@ant-design/icons';
import type { CalendarDay } from '../../../../shared/contract/calendar';
import { civilDateOf } from '../../../../shared/time/civil';
import { useApi, useApiMutation } from '../../api/hooks';
import { DayEditDialog } from './DayEditDialog';
import { HolidayList } from './HolidayList';
import { Legend } from './Legend';
import { NoticeImportDialog } from './NoticeImportDialog';
import { PeriodsTable } from './PeriodsTable';
import { YearBanner } from './YearBanner';
import { YearGrid } from './YearGrid';
import './calendar.css';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** 节假日: a year's 放假调休 arrangement as a calendar, editable day by day, and its 重要时段. */
export function CalendarPage() {
  const { message } = App.useApp();
  const status = useApi('system.status', {});
  const today = status.data ? civilDateOf(status.data.now) : '';
  const thisYear = today ? Number(today.slice(0, 4)) : new Date().getFullYear();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR ? asked : thisYear;
  const setYear = (y: number) => setParams({ year: String(y) }, { replace: true });
  const data = useApi('calendar.year', { year });
  const reset = useApiMutation('calendar.resetYear');
  const [editing, setEditing] = useState<CalendarDay | null>(null);
  const [importing, setImporting] = useState(false);
  const onPick = useCallback((d: CalendarDay) => setEditing(d), []);
  const years = Array.from({ length: Math.max(thisYear + 5, year) - Math.min(2024, year) + 1 }, (_, i) => Math.min(2024, year) + i);

  return (
    <>
      <h1 className="page-title">节假日与重要时段</h1>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<LeftOutlined />} aria-label="上一年" disabled={year <= MIN_YEAR} onClick={() => setYear(year - 1)} />
        <Select aria-label="年份" value={year} style={{ width: 110 }} onChange={(y: number) => setYear(y)} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        <Button icon={<RightOutlined />} aria-label="下一年" disabled={year >= MAX_YEAR} onClick={() => setYear(year + 1)} />
        <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          导入国务院通知
        </Button>
        {data.data?.stored && (
          <Popconfirm
            title={`恢复${year}年的放假安排？`}
            description="删除本年导入和手工修改的日期，恢复为程序内置的国务院通知（没有时为预估）。"
            okText="恢复"
            cancelText="取消"
            onConfirm={() =>
              reset.mutate({ year }, { onSuccess: () => void message.success(`已恢复${year}年放假安排`), onError: (e) => void message.error(e.message) })
            }
          >
            <Button icon={<UndoOutlined />}>恢复内置安排</Button>
          </Popconfirm>
        )}
      </Space>
      {data.isPending ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : data.isError ? (
        <Result status="error" title="无法读取节假日安排" subTitle={data.error.message} />
      ) : (
        <>
          <YearBanner data={data.data} />
          <Card title={`${year}年日历`} extra="点击日期可调整" style={{ marginBottom: 16 }}>
            <Legend />
            <YearGrid data={data.data} today={today} onPick={onPick} />
          </Card>
          <Card title={`${year}年节假日`} style={{ marginBottom: 16 }}>
            <HolidayList holidays={data.data.holidays} />
          </Card>
          <PeriodsTable year={year} periods={data.data.periods} loading={data.isFetching} />
          <DayEditDialog day={editing} data={data.data} onClose={() => setEditing(null)} />
        </>
      )}
      <NoticeImportDialog open={importing} years={years} onClose={() => setImporting(false)} onImported={setYear} />
    </>
  );
}
