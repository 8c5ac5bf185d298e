import { weekdayZh, type CivilDate, type TimeOfDay } from '../time/civil';

/** `2026-10-01` → `10月1日`. */
export function monthDayZh(date: CivilDate): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** `2026-10-01` → `2026年10月1日`. */
export function dateZh(date: CivilDate): string {
  return `${date.slice(0, 4)}年${monthDayZh(date)}`;
}

/** `2026-10-01` → `10月1日（星期四）`. */
export function monthDayWeekZh(date: CivilDate): string {
  return `${monthDayZh(date)}（${weekdayZh(date)}）`;
}

/** `15:00` → `15时`, `15:30` → `15时30分`. */
export function hourZh(time: TimeOfDay): string {
  const [h, m] = time.split(':').map(Number);
  return m ? `${h}时${m}分` : `${h}时`;
}
