import type { CivilDate } from '../time/civil';
import { expandHolidays } from './arrangement';
import type { HolidayDay, HolidaySpan } from './types';

/** A published 国务院办公厅关于YYYY年部分节假日安排的通知, as data. */
export interface OfficialNotice {
  year: number;
  /** Date the notice was issued (成文日期). */
  issued: CivilDate;
  holidays: readonly HolidaySpan[];
}

const span = (name: string, from: CivilDate, to: CivilDate, ...makeup: CivilDate[]): HolidaySpan => ({
  name,
  from,
  to,
  makeup,
});

/**
 * The State Council's 放假调休 arrangements. Off days include the weekend days inside
 * (or joined to, “与周末连休”) each holiday block. Check any new entry against the notice text.
 */
export const OFFICIAL_NOTICES: readonly OfficialNotice[] = [
  {
    year: 2024,
    issued: '2023-10-25',
    holidays: [
      span('元旦', '2023-12-30', '2024-01-01'),
      span('春节', '2024-02-10', '2024-02-17', '2024-02-04', '2024-02-18'),
      span('清明节', '2024-04-04', '2024-04-06', '2024-04-07'),
      span('劳动节', '2024-05-01', '2024-05-05', '2024-04-28', '2024-05-11'),
      span('端午节', '2024-06-08', '2024-06-10'),
      span('中秋节', '2024-09-15', '2024-09-17', '2024-09-14'),
      span('国庆节', '2024-10-01', '2024-10-07', '2024-09-29', '2024-10-12'),
    ],
  },
  {
    year: 2025,
    issued: '2024-11-12',
    holidays: [
      span('元旦', '2025-01-01', '2025-01-01'),
      span('春节', '2025-01-28', '2025-02-04', '2025-01-26', '2025-02-08'),
      span('清明节', '2025-04-04', '2025-04-06'),
      span('劳动节', '2025-05-01', '2025-05-05', '2025-04-27'),
      span('端午节', '2025-05-31', '2025-06-02'),
      span('国庆节、中秋节', '2025-10-01', '2025-10-08', '2025-09-28', '2025-10-11'),
    ],
  },
  {
    year: 2026,
    issued: '2025-11-04',
    holidays: [
      span('元旦', '2026-01-01', '2026-01-03', '2026-01-04'),
      span('春节', '2026-02-15', '2026-02-23', '2026-02-14', '2026-02-28'),
      span('清明节', '2026-04-04', '2026-04-06'),
      span('劳动节', '2026-05-01', '2026-05-05', '2026-05-09'),
      span('端午节', '2026-06-19', '2026-06-21'),
      span('中秋节', '2026-09-25', '2026-09-27'),
      span('国庆节', '2026-10-01', '2026-10-07', '2026-09-20', '2026-10-10'),
    ],
  },
];

/** Years whose arrangement has been published and is shipped as data. */
export const OFFICIAL_YEARS: readonly number[] = OFFICIAL_NOTICES.map((n) => n.year);

/** Every off day and make-up workday of a year's official arrangement, or undefined if not known. */
export function officialArrangement(year: number): HolidayDay[] | undefined {
  const notice = OFFICIAL_NOTICES.find((n) => n.year === year);
  return notice ? expandHolidays(notice.holidays) : undefined;
}
