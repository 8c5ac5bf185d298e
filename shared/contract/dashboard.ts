import { z } from 'zod';
import { query } from './define';
import type { CivilDate } from '../time/civil';
import type { DayType } from '../calendar/types';

export interface DashboardPerson {
  name: string;
  phones: string[];
}

export interface DashboardDay {
  date: CivilDate;
  weekday: string;
  dayType: DayType;
  holidayName: string | null;
  rostered: boolean;
  leader: DashboardPerson | null;
  officers: DashboardPerson[];
  others: { role: string; people: DashboardPerson[] }[];
}

export interface DashboardPeriod {
  name: string;
  from: CivilDate;
  to: CivilDate;
  kind: string;
  zeroReport: boolean;
  /** Days until it starts (0 or negative = in force). */
  startsIn: number;
}

export interface DashboardSummary {
  now: number;
  /** The duty day in force now (before the shift change it is still yesterday's). */
  dutyDate: CivilDate;
  shiftChange: string;
  today: DashboardDay;
  tomorrow: DashboardDay;
  /** Periods in force now or starting within 30 days. */
  periods: DashboardPeriod[];
  estimatedYear: boolean;
  dutyPhone: string;
}

export const dashboardMethods = {
  'dashboard.summary': query(z.object({})).returns<DashboardSummary>(),
};
