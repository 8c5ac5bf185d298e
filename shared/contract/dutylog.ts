import { z } from 'zod';
import { command, query } from './define';
import { isCivilDate, type CivilDate } from '../time/civil';

export const LOG_CATEGORIES = ['来电', '来文', '突发事件', '领导指示', '交接', '其他'] as const;
export type LogCategory = (typeof LOG_CATEGORIES)[number];

/** One 值班日志 entry, filed under the duty day its time falls in. */
export interface LogEntry {
  id: number;
  dutyDate: CivilDate;
  at: number;
  category: LogCategory;
  content: string;
  handledBy: string;
  followUp: string;
  /** Still open (未办结): carried over at the shift change. */
  open: boolean;
  closedAt: number | null;
  closedBy: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** 交接班记录 of one duty day. */
export interface Handover {
  id: number;
  dutyDate: CivilDate;
  toDate: CivilDate;
  at: number;
  fromOfficer: string;
  toOfficer: string;
  summary: string;
  openItems: number[];
  note: string;
  recordedBy: string;
}

export interface DutyLogDay {
  dutyDate: CivilDate;
  /** The current duty day by the clock (for “今天”). */
  currentDutyDate: CivilDate;
  shiftChange: string;
  entries: LogEntry[];
  /** Open entries of earlier duty days, carried into this one. */
  carried: LogEntry[];
  handover: Handover | null;
  /** Who is rostered today and on the next duty day (empty when no roster exists). */
  fromOfficers: string[];
  toOfficers: string[];
  rostered: boolean;
  /** The handover summary as it would be recorded now. */
  handoverDraft: string;
}

export const dutyDateSchema = z.string().refine(isCivilDate, '日期应为 YYYY-MM-DD');

export const logEntryFields = {
  at: z.number({ error: '时间不能为空' }).int().positive('时间不能为空'),
  category: z.enum(LOG_CATEGORIES, { error: '类型应为来电、来文、突发事件、领导指示、交接或其他' }),
  content: z.string().trim().min(1, '内容不能为空').max(2000, '内容最多2000字'),
  handledBy: z.string().trim().max(40, '处理人最多40字').default(''),
  followUp: z.string().trim().max(1000, '后续跟进最多1000字').default(''),
  open: z.boolean().default(false),
};

const id = z.number().int().positive();

export const dutylogMethods = {
  'dutylog.day': query(z.object({ dutyDate: dutyDateSchema.optional() })).returns<DutyLogDay>(),
  'dutylog.create': command(z.object(logEntryFields)).returns<LogEntry>(),
  'dutylog.update': command(z.object({ id, ...logEntryFields })).returns<LogEntry>(),
  'dutylog.setOpen': command(z.object({ id, open: z.boolean() })).returns<LogEntry>(),
  'dutylog.handover': command(
    z.object({
      dutyDate: dutyDateSchema,
      fromOfficer: z.string().trim().min(1, '交班人不能为空').max(40, '交班人最多40字'),
      toOfficer: z.string().trim().min(1, '接班人不能为空').max(40, '接班人最多40字'),
      note: z.string().trim().max(1000, '交接说明最多1000字').default(''),
    }),
  ).returns<Handover>(),
};
