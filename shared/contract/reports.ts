import { z } from 'zod';
import { command, query } from './define';
import { dutyDateSchema } from './dutylog';
import type { CivilDate, TimeOfDay } from '../time/civil';
import type { ReportStatus, ZeroReportStatus } from '../reminders/daily-report';
import { phoneSchema } from '../staff/schema';

export interface DailyReportRecord {
  date: CivilDate;
  text: string;
  submittedAt: number;
  submittedByName: string;
}

/** What the 值班日报 form starts from: the day's duty and the log of the 24 hours before 12:00. */
export interface DailyReportDraft {
  date: CivilDate;
  today: CivilDate;
  status: ReportStatus;
  org: string;
  rostered: boolean;
  leader: string;
  officers: string[];
  phones: string[];
  logEntries: { at: number; category: string; text: string }[];
  logFrom: number;
  logTo: number;
  submitted: DailyReportRecord | null;
}

export interface DailyReportHistoryDay {
  date: CivilDate;
  status: ReportStatus;
  submittedAt: number | null;
  submittedByName: string | null;
}

export interface DailyReportHistory {
  year: number;
  days: DailyReportHistoryDay[];
  reportsThisYear: number;
  onTime: number;
  late: number;
  missing: number;
}

export const UNIT_KINDS = ['乡镇/街道', '成员单位'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface ReportUnit {
  id: number;
  name: string;
  kind: UnitKind;
  phone: string;
  active: boolean;
}

export interface ZeroUnitRow {
  unitId: number;
  name: string;
  kind: UnitKind;
  phone: string;
  status: ZeroReportStatus;
  note: string;
  recordedAt: number | null;
  recordedBy: string | null;
}

export interface ZeroReportDay {
  date: CivilDate;
  /** The zero-report periods covering the date (empty: no zero report is due that day). */
  periods: { id: string; name: string; from: CivilDate; to: CivilDate }[];
  deadline: TimeOfDay;
  units: ZeroUnitRow[];
  allReported: boolean;
  summary: string;
  sent: { summary: string; sentAt: number; sentByName: string } | null;
}

export interface PeriodNoticeInfo {
  id: string;
  name: string;
  from: CivilDate;
  to: CivilDate;
  estimated: boolean;
  noticeDue: CivilDate;
  issued: { docNo: string; issuedAt: number; issuedByName: string } | null;
}

export interface NoticeDraft {
  period: PeriodNoticeInfo;
  /** The generated draft, or the issued text once issued. */
  text: string;
}

const id = z.number().int().positive();
const periodId = z.string().min(1).max(80);

export const unitFields = {
  name: z.string().trim().min(1, '单位名称不能为空').max(40, '单位名称最多40字'),
  kind: z.enum(UNIT_KINDS, { error: '类别应为乡镇/街道或成员单位' }),
  phone: z.union([z.literal(''), phoneSchema]).default(''),
};

export const reportMethods = {
  'reports.daily': query(z.object({ date: dutyDateSchema.optional() })).returns<DailyReportDraft>(),
  'reports.submitDaily': command(
    z.object({ date: dutyDateSchema, text: z.string().trim().min(1, '内容不能为空').max(10000, '报告内容过长') }),
  ).returns<DailyReportRecord>(),
  'reports.history': query(z.object({ year: z.number().int().min(2000).max(2100).optional() })).returns<DailyReportHistory>(),
  'reports.units': query(z.object({ includeInactive: z.boolean().default(false) })).returns<ReportUnit[]>(),
  'reports.saveUnit': command(z.object({ id: id.optional(), ...unitFields })).returns<ReportUnit>(),
  'reports.setUnitActive': command(z.object({ id, active: z.boolean() })).returns<ReportUnit>(),
  'reports.periods': query(z.object({})).returns<PeriodNoticeInfo[]>(),
  'reports.notice': query(z.object({ periodId })).returns<NoticeDraft>(),
  'reports.issueNotice': command(
    z.object({
      periodId,
      docNo: z.string().trim().min(1, '文号不能为空').max(60, '文号最多60字'),
      text: z.string().trim().min(1, '内容不能为空').max(20000, '通知内容过长'),
    }),
  ).returns<PeriodNoticeInfo>(),
  'reports.zeroDay': query(z.object({ date: dutyDateSchema.optional() })).returns<ZeroReportDay>(),
  'reports.setZeroStatus': command(
    z.object({
      date: dutyDateSchema,
      unitId: id,
      status: z.enum(['未报', '零报告', '有情况'], { error: '状态应为未报、零报告或有情况' }),
      note: z.string().trim().max(500, '情况说明最多500字').default(''),
    }),
  ).returns<ZeroReportDay>(),
  'reports.markZeroSent': command(
    z.object({ date: dutyDateSchema, summary: z.string().trim().min(1, '摘要不能为空').max(5000, '摘要过长') }),
  ).returns<ZeroReportDay>(),
};
