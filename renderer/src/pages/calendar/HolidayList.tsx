import { Typography } from 'antd';
import type { CalendarHoliday } from '../../../../shared/contract/calendar';
import { dateSpan, monthDay } from './labels';

/** The year's holidays in words: days off and make-up workdays. */
export function HolidayList({ holidays }: { holidays: CalendarHoliday[] }) {
  if (holidays.length === 0) return <Typography.Text type="secondary">本年没有放假安排，可点日期逐日添加，或导入国务院通知。</Typography.Text>;
  return (
    <ul className="cal-holiday-list" aria-label="本年节假日">
      {holidays.map((h) => (
        <li key={`${h.name}${h.from}`}>
          <strong>{h.name}</strong>：{dateSpan(h.from, h.to)}放假，共{h.offDays.length}天
          {h.makeupDays.length > 0 ? `；${h.makeupDays.map(monthDay).join('、')}上班` : ''}
          {h.estimated ? '（预估）' : ''}
        </li>
      ))}
    </ul>
  );
}
