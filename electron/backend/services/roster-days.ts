import type { Db } from '../../../db/open';
import type { StoredRole } from '../../../db/repos/roster-roles';
import type { DayType, ImportantPeriod } from '../../../shared/calendar/types';
import type { CategoryOf } from '../../../shared/roster/fairness';
import type { DayCategory, RoleSlot, RosterDay } from '../../../shared/roster/types';
import { dateRange, type CivilDate } from '../../../shared/time/civil';
import { calendarContext, type CalendarContext } from './calendar-context';

/** A 调休 make-up working day counts as a workday; a statutory day off (even on a weekday) as a holiday. */
export function categoryOfType(t: DayType): DayCategory {
  return t === 'holiday' ? 'holiday' : t === 'weekend' ? 'weekend' : 'workday';
}

/** The calendar for the years around a range (and its duty-day categories). */
export interface RangeCalendar {
  cal: CalendarContext;
  categoryOf: CategoryOf;
}

export function rangeCalendar(db: Db, from: CivilDate, to: CivilDate): RangeCalendar {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)) - 1; y <= Number(to.slice(0, 4)) + 1; y++) years.push(y);
  const cal = calendarContext(db, years);
  return { cal, categoryOf: (d) => categoryOfType(cal.dayType(d)) };
}

/** Names of the important periods in force on a day. */
export function periodsOn(cal: CalendarContext, date: CivilDate): string[] {
  return cal.periods.filter((p) => p.from <= date && date <= p.to).map((p) => p.name);
}

/** How many people a role needs on a day: its count for the day's category, raised by a period's 值班员 count. */
export function slotCount(role: StoredRole, category: DayCategory, periods: readonly ImportantPeriod[], date: CivilDate): number {
  let n = role.counts[category];
  if (role.followsPeriods && n > 0) {
    // Indexed: run for every day of a range, often before the code is optimised (for…of allocates then).
    for (let k = 0; k < periods.length; k++) {
      const p = periods[k]!;
      if (p.from <= date && date <= p.to && p.dutyOfficers > n) n = p.dutyOfficers;
    }
  }
  return n;
}

/** The domain's duty days of a range: category and holiday name from the calendar, slots from the roles. */
export function rosterDays(rc: RangeCalendar, roles: readonly StoredRole[], from: CivilDate, to: CivilDate): RosterDay[] {
  // The calendar's periods cover the years around the range; most lie outside it.
  const periods = rc.cal.periods.filter((p) => p.from <= to && from <= p.to);
  return dateRange(from, to).map((date) => {
    const category = rc.categoryOf(date);
    const holidayName = category === 'holiday' ? rc.cal.holidayName(date) : undefined;
    const slots: RoleSlot[] = [];
    for (const r of roles) {
      const count = slotCount(r, category, periods, date);
      if (count > 0) slots.push({ role: r.key, count });
    }
    return holidayName ? { date, category, holidayName, slots } : { date, category, slots };
  });
}
