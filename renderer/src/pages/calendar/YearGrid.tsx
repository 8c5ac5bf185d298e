import { useMemo } from 'react';
import type { CalendarDay, CalendarYear } from '../../../../shared/contract/calendar';
import { MonthCalendar } from './MonthCalendar';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The year as twelve small month calendars. */
export function YearGrid({ data, today, onPick }: { data: CalendarYear; today: string; onPick: (d: CalendarDay) => void }) {
  const days = useMemo(() => new Map(data.days.map((d) => [d.date, d] as const)), [data.days]);
  const periods = useMemo(() => new Map(data.periods.map((p) => [p.key, p] as const)), [data.periods]);
  return (
    <div className="cal-grid">
      {MONTHS.map((m) => (
        <MonthCalendar key={m} year={data.year} month={m} days={days} periods={periods} today={today} onPick={onPick} />
      ))}
    </div>
  );
}
