import { addDays, civilDateOf, diffDays, dutyDayOf, weekdayZh } from '../../../shared/time/civil';
import type { DashboardDay, DashboardPeriod } from '../../../shared/contract/dashboard';
import { calendarContext, type CalendarContext } from '../services/calendar-context';
import { dutyOfDay } from '../services/duty-today';
import { readSettings } from './settings';
import type { Handlers } from '../types';
import type { Db } from '../../../db/open';

function day(db: Db, cal: CalendarContext, date: string): DashboardDay {
  const duty = dutyOfDay(db, date);
  const person = (p: { name: string; phones: string[] }) => ({ name: p.name, phones: p.phones });
  return {
    date,
    weekday: weekdayZh(date),
    dayType: cal.dayType(date),
    holidayName: cal.holidayName(date) ?? null,
    rostered: duty.rostered,
    leader: duty.leader ? person(duty.leader) : null,
    officers: duty.officers.map(person),
    others: duty.others.map((o) => ({ role: o.role, people: o.people.map(person) })),
  };
}

/** The duty desk at a glance: who is on duty today and tomorrow, and which periods are near. */
export const dashboardHandlers = {
  'dashboard.summary': (_i, { db, clock }) => {
    const now = clock.now();
    const settings = readSettings(db);
    const dutyDate = dutyDayOf(now, settings.shiftChange);
    const today = civilDateOf(now);
    const year = Number(today.slice(0, 4));
    const cal = calendarContext(db, [year - 1, year, year + 1]);
    const horizon = addDays(today, 30);
    const periods: DashboardPeriod[] = cal.periods
      .filter((p) => p.to >= today && p.from <= horizon)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      .map((p) => ({ name: p.name, from: p.from, to: p.to, kind: p.kind, zeroReport: p.zeroReport, startsIn: diffDays(p.from, today) }));
    return {
      now,
      dutyDate,
      shiftChange: settings.shiftChange,
      today: day(db, cal, dutyDate),
      tomorrow: day(db, cal, addDays(dutyDate, 1)),
      periods,
      estimatedYear: cal.estimatedYears.includes(year),
      dutyPhone: settings.dutyPhone,
    };
  },
} satisfies Pick<Handlers, 'dashboard.summary'>;
