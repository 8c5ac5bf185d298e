import { z } from 'zod';
import { command, query } from './define';
import type { CivilDate } from '../time/civil';
import type { DayType, ImportantPeriod } from '../calendar/types';
import type { ParsedHoliday, UnparsedLine } from '../calendar/notice-parser';

/** Where one day of a year's arrangement comes from. */
export type DaySource = 'official' | 'estimated' | 'notice' | 'manual';

/**
 * How a year's arrangement was made: shipped official data or our estimate (nothing stored),
 * or a stored copy that started from one of them or from an imported notice.
 */
export type YearBasis = 'official' | 'estimated' | 'notice';

/** One stored day of a year's arrangement. */
export interface StoredDay {
  date: CivilDate;
  kind: 'off' | 'workday';
  name: string;
  source: DaySource;
}

/** One calendar day as the 节假日 page shows it. */
export interface CalendarDay {
  date: CivilDate;
  dayType: DayType;
  /** The holiday an off day or a make-up workday belongs to. */
  holidayName?: string;
  /** The day's entry is our estimate (预估), not announced. */
  estimated: boolean;
  /** Where the day's entry comes from; absent for a plain weekday or weekend. */
  source?: DaySource;
  /** Keys of the periods in force that day (see `CalendarYear.periods`). */
  periods: string[];
}

/** An important period as listed: entered here, or a holiday's automatic period. */
export interface PeriodView extends Required<Omit<ImportantPeriod, 'id'>> {
  /** Unique in a list: `p<id>` for a stored period, `h<from>` for an automatic holiday period. */
  key: string;
  /** The stored period's id; null for an automatic holiday period not adjusted here. */
  id: number | null;
  /** auto = from the holiday arrangement; adjusted = such a period with 零报告/值班员 changed here; entered = added here. */
  origin: 'auto' | 'adjusted' | 'entered';
  /** Dates taken from an estimated arrangement. */
  estimated: boolean;
}

/** A holiday of the year: its days off and make-up workdays. */
export interface CalendarHoliday {
  name: string;
  from: CivilDate;
  to: CivilDate;
  offDays: CivilDate[];
  makeupDays: CivilDate[];
  estimated: boolean;
}

export interface CalendarYear {
  year: number;
  basis: YearBasis;
  /** The year has a stored arrangement (imported or edited), not only the shipped one. */
  stored: boolean;
  /** Some of the year's holidays are our estimate: say 预估 until an official arrangement is entered. */
  estimated: boolean;
  /** Days edited by hand (source manual). */
  manualDays: number;
  /** 成文日期 of the notice the arrangement comes from, when known. */
  issued: CivilDate | null;
  /** Every day of the year, 1 January first. */
  days: CalendarDay[];
  holidays: CalendarHoliday[];
  periods: PeriodView[];
  /** Sanity checks on the year's arrangement (连续工作超过6天 …). */
  warnings: string[];
}

/** A day of a pasted notice compared with the year's current arrangement. */
export interface NoticeDayRow {
  date: CivilDate;
  kind: 'off' | 'workday';
  name: string;
  change: 'new' | 'changed' | 'same';
  before?: { kind: 'off' | 'workday'; name: string };
}

export interface NoticePreview {
  year: number | null;
  issued: CivilDate | null;
  holidays: ParsedHoliday[];
  days: NoticeDayRow[];
  /** Days the year has now that the notice does not list: importing turns them back into plain days. */
  removed: { date: CivilDate; kind: 'off' | 'workday'; name: string }[];
  unparsed: UnparsedLine[];
  notes: string[];
  warnings: string[];
  /** The year's arrangement now, when the notice's year is known. */
  current: { basis: YearBasis; stored: boolean; estimated: boolean } | null;
  /** Why the notice cannot be imported as it stands; null when it can. */
  problem: string | null;
}

const year = z.number().int().min(2000).max(2100);
const id = z.number().int().positive();
const noticeText = z.string().max(20_000, '通知全文最多20000字');

/** Period fields: types here, meaning (dates, order, lengths) checked by the handler with Chinese messages. */
export const periodFields = {
  name: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(['holiday', 'important', 'flood_season']),
  zeroReport: z.boolean(),
  dutyOfficers: z.number().int(),
  note: z.string().default(''),
};

export const calendarMethods = {
  'calendar.year': query(z.object({ year })).returns<CalendarYear>(),
  'calendar.setDay': command(
    z.object({ date: z.string(), kind: z.enum(['off', 'workday', 'normal']), name: z.string().default('') }),
  ).returns<{ day: CalendarDay; warnings: string[] }>(),
  'calendar.previewNotice': query(z.object({ text: noticeText, year: year.optional() })).returns<NoticePreview>(),
  'calendar.applyNotice': command(
    z.object({ text: noticeText, year: year.optional(), ignoreUnparsed: z.boolean().default(false) }),
  ).returns<CalendarYear>(),
  'calendar.resetYear': command(z.object({ year })).returns<CalendarYear>(),
  'calendar.periods.list': query(z.object({ year })).returns<PeriodView[]>(),
  'calendar.periods.create': command(z.object(periodFields)).returns<PeriodView>(),
  'calendar.periods.update': command(z.object({ id, ...periodFields })).returns<PeriodView>(),
  'calendar.periods.delete': command(z.object({ id })).returns<{ id: number }>(),
};

/** Chinese labels of the fields in the calendar area's audit snapshots. */
export const CALENDAR_AUDIT_LABELS: Record<string, string> = {
  year: '年份',
  basis: '依据',
  issued: '成文日期',
  holidays: '放假安排',
  manualDays: '手工修改的日期',
  date: '日期',
  arrangement: '安排',
  holidayName: '假日名称',
  source: '来源',
  periodName: '时段名称',
  from: '开始日期',
  to: '结束日期',
  periodKind: '类别',
  zeroReport: '零报告',
  dutyOfficers: '每日值班员人数',
  note: '备注',
};
