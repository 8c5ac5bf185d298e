/** The holiday calendar: 放假调休 arrangements, working-day arithmetic, important periods. */
export type { DayType, HolidayDay, HolidaySpan, ImportantPeriod } from './types';
export { compareDays, expandHolidays, groupHolidays, sortDays, type HolidayGroup } from './arrangement';
export { OFFICIAL_NOTICES, OFFICIAL_YEARS, officialArrangement, type OfficialNotice } from './official-data';
export {
  EMPTY_CALENDAR,
  addWorkdays,
  buildCalendar,
  dayTypeOf,
  holidayNameOf,
  isOffDay,
  isWorkday,
  maxConsecutiveWorkdays,
  previousWorkday,
  workdayRuns,
  workdaysBetween,
  type HolidayCalendar,
  type WorkdayRun,
} from './day-type';
export { MAX_CONSECUTIVE_WORKDAYS, checkArrangement } from './check-arrangement';
export { holidayParts, isStatutoryHolidayName, statutoryDays } from './statutory';
export {
  floodSeason,
  floodSeasonPresets,
  holidayPeriods,
  mainFloodSeason,
  periodsOn,
  qiXiaBaShang,
  type FloodRegion,
} from './periods';
export {
  parseStateCouncilNotice,
  type ParsedHoliday,
  type ParsedNotice,
  type UnparsedLine,
} from './notice-parser';
export { dragonBoatFestival, lunarNewYearsEve, midAutumnFestival, qingming, springFestival } from './lunar-dates';
export { estimateYear, estimatedBlocks, oneDayBlock, type HolidayBlock } from './estimate';
export { calendarForYears, type CalendarForYears } from './for-years';
