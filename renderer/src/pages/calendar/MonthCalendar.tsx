import { memo, type ReactElement } from 'react';
import { Calendar } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarDay, PeriodView } from '../../../../shared/contract/calendar';
import { civil, weekdayZh } from '../../../../shared/time/civil';
import { dayWords } from './labels';

interface Props {
  year: number;
  /** 1–12 */
  month: number;
  days: ReadonlyMap<string, CalendarDay>;
  periods: ReadonlyMap<string, PeriodView>;
  today: string;
  onPick: (day: CalendarDay) => void;
}

/** Period bars under a day: 重要时段 and 汛期 (holiday periods are already shown by the day's colour). */
function bars(day: CalendarDay, periods: ReadonlyMap<string, PeriodView>): PeriodView[] {
  return day.periods.map((k) => periods.get(k)).filter((p): p is PeriodView => p !== undefined && p.kind !== 'holiday');
}

function DayCell({ day, periods, today, onPick }: { day: CalendarDay; periods: ReadonlyMap<string, PeriodView>; today: string; onPick: (d: CalendarDay) => void }) {
  const marks = bars(day, periods);
  const names = day.periods.map((k) => periods.get(k)?.name).filter(Boolean);
  const label = `${day.date} ${weekdayZh(day.date)} ${dayWords(day)}${names.length ? ` · ${names.join('、')}` : ''}`;
  const cls = ['cal-day', `cal-${day.dayType}`, day.estimated ? 'cal-estimated' : '', day.date === today ? 'cal-today' : ''].filter(Boolean).join(' ');
  return (
    <div
      className={cls}
      role="button"
      tabIndex={0}
      title={label}
      aria-label={label}
      data-testid={`day-${day.date}`}
      data-day-type={day.dayType}
      onClick={() => onPick(day)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onPick(day);
        }
      }}
    >
      <span className="cal-num">{Number(day.date.slice(8, 10))}</span>
      {day.dayType === 'holiday' && <span className="cal-mark">休</span>}
      {day.dayType === 'makeup_workday' && <span className="cal-mark">班</span>}
      {marks.length > 0 && (
        <span className="cal-bars">
          {marks.slice(0, 2).map((p) => (
            <span key={p.key} className={`cal-bar cal-bar-${p.kind}`} />
          ))}
        </span>
      )}
    </div>
  );
}

/** One month as a small antd calendar; days outside the month are left blank. */
export const MonthCalendar = memo(function MonthCalendar({ year, month, days, periods, today, onPick }: Props) {
  const value = dayjs(civil(year, month, 1));
  const render = (d: Dayjs, info: { type: string; originNode: ReactElement }) => {
    if (info.type !== 'date') return info.originNode;
    const day = d.year() === year && d.month() + 1 === month ? days.get(d.format('YYYY-MM-DD')) : undefined;
    return day ? <DayCell day={day} periods={periods} today={today} onPick={onPick} /> : <div className="cal-day cal-out" />;
  };
  return (
    <div className="cal-month" aria-label={`${year}年${month}月`} role="group">
      <Calendar
        fullscreen={false}
        value={value}
        validRange={[value.startOf('month'), value.endOf('month')]}
        headerRender={() => <div className="cal-month-title">{month}月</div>}
        fullCellRender={render}
      />
    </div>
  );
});
