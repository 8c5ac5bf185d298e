import type { CivilDate } from '../time/civil';

/**
 * One day of a holiday arrangement (放假调休安排).
 * `off` = 放假 (a day off, weekend days inside the holiday block included);
 * `workday` = 调休上班 (a weekend day that becomes a working day).
 */
export interface HolidayDay {
  date: CivilDate;
  kind: 'off' | 'workday';
  /** The holiday's Chinese name as the notice writes it, e.g. 春节, 国庆节、中秋节. */
  name: string;
  /** True when the date is our estimate, not yet announced by the State Council. */
  estimated?: boolean;
}

/** What a calendar day is for the duty desk. */
export type DayType = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** A holiday or important period (重要时段) during which duty rules are stricter. */
export interface ImportantPeriod {
  id?: number;
  name: string;
  from: CivilDate;
  to: CivilDate;
  kind: 'holiday' | 'important' | 'flood_season';
  /** Units report every day, even when nothing happened (零报告). */
  zeroReport: boolean;
  /** 值班员 per duty day (2 = 双岗). */
  dutyOfficers: number;
  note?: string;
}

/** A holiday as a notice states it: a block of days off and its make-up working days. */
export interface HolidaySpan {
  name: string;
  /** First day off. */
  from: CivilDate;
  /** Last day off (inclusive). */
  to: CivilDate;
  /** 调休上班 days, if any. */
  makeup: readonly CivilDate[];
}
