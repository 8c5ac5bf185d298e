import { z } from 'zod';
import { command, query } from './define';
import { isCivilDate, type CivilDate } from '../time/civil';
import type { AuditEntry } from '../audit/types';
import type { DayType } from '../calendar/types';
import type { Conflict } from '../roster/conflicts';
import type { PrintRow } from '../roster/print-model';
import type { AssignmentSource, DayCategory, DutyCounts, RosterWarning } from '../roster/types';
import type { SpreadSummary } from '../roster/fairness';

/** A configured duty role. Built-in roles (带班领导, 值班员) take their people from the staff directory. */
export interface RosterRole {
  key: string;
  name: string;
  leader: boolean;
  builtin: boolean;
  /** An important period's 值班员 count (双岗) raises this role's count on its days. */
  followsPeriods: boolean;
  /** People per duty day, by day category. */
  counts: Record<DayCategory, number>;
  /** People able to serve a custom role (empty for built-in roles). */
  staffIds: number[];
  /** Active people able to serve it. */
  eligible: number;
}

export interface RosterSettings {
  /** Whole days off between two duties of one person. */
  minRestDays: number;
  /** Printed at the foot of the roster (blank = a line to sign on). */
  preparer: string;
  reviewer: string;
}

export interface RosterConfig {
  settings: RosterSettings;
  roles: RosterRole[];
}

export interface RosterSlot {
  role: string;
  slot: number;
  staffId: number | null;
  name: string;
  phones: string[];
  source: AssignmentSource;
  reason: string;
}

export interface RosterDay {
  date: CivilDate;
  weekday: string;
  category: DayCategory;
  dayType: DayType;
  holidayName: string | null;
  /** Names of the important periods in force that day. */
  periods: string[];
  /** Every row of the day is locked. */
  locked: boolean;
  /** How many people each role needs that day (from the roles' counts and the periods). */
  needs: { role: string; count: number }[];
  slots: RosterSlot[];
  /** Problems of the day's rows (on leave, twice that day, rest rule, inactive), in Chinese. */
  conflicts: string[];
  /** People away that day: “孙浩（出差）”. */
  away: string[];
}

export interface RosterView {
  from: CivilDate;
  to: CivilDate;
  roles: { key: string; name: string; leader: boolean }[];
  days: RosterDay[];
  /** Some days lie in a year whose holidays are estimates (预估). */
  estimated: boolean;
}

/** One day of a generation preview: what is stored and what would be. */
export interface PreviewDay {
  date: CivilDate;
  weekday: string;
  category: DayCategory;
  holidayName: string | null;
  /** Names per role key, joined with 、. */
  before: Record<string, string>;
  after: Record<string, string>;
  changed: boolean;
  /** The day has manual or locked rows that generation keeps. */
  kept: boolean;
}

export interface RosterPreview {
  from: CivilDate;
  to: CivilDate;
  roles: { key: string; name: string }[];
  days: PreviewDay[];
  warnings: RosterWarning[];
  changedDays: number;
  keptDays: number;
  emptySlots: number;
  /** Pass back to roster.generate: refused if the result would now differ from this preview. */
  fingerprint: string;
}

export interface GenerateOutcome {
  from: CivilDate;
  to: CivilDate;
  changedDays: number;
  generatedSlots: number;
  warnings: RosterWarning[];
}

export interface EditOutcome {
  /** Warnings the edit was allowed with (rest rule), in Chinese. */
  warnings: string[];
}

export interface LeaveView {
  id: number;
  staffId: number;
  staffName: string;
  from: CivilDate;
  to: CivilDate;
  kind: string;
  note: string;
}

export interface PersonDuty {
  date: CivilDate;
  weekday: string;
  category: DayCategory;
  holidayName: string | null;
  role: string;
  roleName: string;
  source: AssignmentSource;
}

export interface PersonDuties {
  staffId: number;
  name: string;
  phones: string[];
  year: number;
  duties: PersonDuty[];
  counts: DutyCounts;
  leave: LeaveView[];
}

export interface StatsPerson {
  staffId: number;
  name: string;
  active: boolean;
  /** Role names the person can serve. */
  roles: string[];
  /** Index 0 = January. */
  months: DutyCounts[];
  year: DutyCounts;
}

export interface RosterStats {
  year: number;
  people: StatsPerson[];
  /** Balance per role pool (max − min per category). */
  spread: { role: string; name: string; summary: SpreadSummary }[];
}

export interface RosterFile {
  name: string;
  mime: string;
  dataBase64: string;
}

export interface IcsFile {
  name: string;
  text: string;
}

/** The printable roster (月度值班表 or 节假日值班表). */
export interface RosterSheet {
  title: string;
  org: string;
  headers: string[];
  roles: { key: string; name: string }[];
  rows: PrintRow[];
  dutyPhone: string;
  preparer: string;
  reviewer: string;
  from: CivilDate;
  to: CivilDate;
}

export const LEAVE_KINDS = ['请假', '出差', '培训', '其他'] as const;
export const MIN_REST_MAX = 14;
export const ROSTER_RANGE_MAX_DAYS = 366;

const date = (label: string) => z.string().refine(isCivilDate, `${label}应为有效日期，如 2026-12-01`);
const staffId = z.number().int().positive();
const year = z.number().int().min(2000).max(2100);
const roleKey = z.string().min(1).max(20);
const slotRef = z.object({ date: date('日期'), role: roleKey, slot: z.number().int().min(0).max(9) });
const reason = (what: string) => z.string().trim().min(1, `${what}原因不能为空`).max(200, `${what}原因最多200个字`);
const range = { from: date('开始日期'), to: date('结束日期') };
const count = z.number().int().min(0, '每日人数不能小于0').max(10, '每日人数最多10人');

export const leaveFields = {
  staffId,
  from: date('开始日期'),
  to: date('结束日期'),
  kind: z.enum(LEAVE_KINDS, '类型应为请假、出差、培训或其他'),
  note: z.string().trim().max(200, '备注最多200个字').default(''),
};

export const roleFields = {
  name: z.string().trim().min(1, '岗位名称不能为空').max(12, '岗位名称最多12个字'),
  leader: z.boolean().default(false),
  followsPeriods: z.boolean().default(false),
  counts: z.object({ workday: count, weekend: count, holiday: count }),
  staffIds: z.array(staffId).max(500).default([]),
};

/** Chinese names of the roster methods' input fields. */
export const ROSTER_INPUT_LABELS: Record<string, string> = {
  from: '开始日期',
  to: '结束日期',
  date: '日期',
  role: '岗位',
  slot: '班次',
  staffId: '人员',
  reason: '原因',
  a: '第一个班次',
  b: '第二个班次',
  'a.date': '第一个班次的日期',
  'b.date': '第二个班次的日期',
  year: '年份',
  month: '月份',
  kind: '类型',
  note: '备注',
  name: '名称',
  counts: '每日人数',
  'counts.workday': '工作日人数',
  'counts.weekend': '周末人数',
  'counts.holiday': '节假日人数',
  minRestDays: '轮休间隔天数',
  preparer: '制表人',
  reviewer: '审核人',
  fingerprint: '预览',
  locked: '锁定',
  key: '岗位',
  id: '编号',
};

const opts = { labels: ROSTER_INPUT_LABELS };

export const rosterMethods = {
  'roster.config': query(z.object({})).returns<RosterConfig>(),
  'roster.updateSettings': command(
    z.object({
      minRestDays: z.number().int().min(0, '轮休间隔天数不能小于0').max(MIN_REST_MAX, `轮休间隔天数最多${MIN_REST_MAX}天`),
      preparer: z.string().trim().max(20, '制表人最多20个字').default(''),
      reviewer: z.string().trim().max(20, '审核人最多20个字').default(''),
    }),
    opts,
  ).returns<RosterConfig>(),
  'roster.saveRole': command(z.object({ key: roleKey.optional(), ...roleFields }), opts).returns<RosterConfig>(),
  'roster.deleteRole': command(z.object({ key: roleKey }), opts).returns<RosterConfig>(),

  'roster.view': query(z.object(range), opts).returns<RosterView>(),
  'roster.preview': query(z.object(range), opts).returns<RosterPreview>(),
  'roster.generate': command(z.object({ ...range, fingerprint: z.string().max(64).optional() }), opts).returns<GenerateOutcome>(),
  'roster.check': query(slotRef.extend({ staffId: staffId.nullable() }), opts).returns<Conflict[]>(),
  'roster.assign': command(slotRef.extend({ staffId: staffId.nullable(), reason: z.string().trim().max(200, '原因最多200个字').default('') }), opts).returns<EditOutcome>(),
  'roster.swap': command(z.object({ a: slotRef, b: slotRef, reason: reason('换班') }), { labels: { ...ROSTER_INPUT_LABELS, reason: '换班原因' } }).returns<EditOutcome>(),
  'roster.substitute': command(slotRef.extend({ staffId, reason: reason('替班') }), { labels: { ...ROSTER_INPUT_LABELS, reason: '替班原因', staffId: '替班人员' } }).returns<EditOutcome>(),
  'roster.lockDay': command(z.object({ date: date('日期'), locked: z.boolean() }), opts).returns<RosterDay>(),
  'roster.dayHistory': query(z.object({ date: date('日期') }), opts).returns<AuditEntry[]>(),

  'roster.person': query(z.object({ staffId, year }), opts).returns<PersonDuties>(),
  'roster.stats': query(z.object({ year }), opts).returns<RosterStats>(),
  'roster.exportStats': query(z.object({ year }), opts).returns<RosterFile>(),
  'roster.exportXlsx': query(z.object({ ...range, name: z.string().max(30).optional() }), opts).returns<RosterFile>(),
  'roster.exportIcs': query(z.object({ ...range, staffId: staffId.optional() }), opts).returns<IcsFile>(),
  'roster.sheet': query(z.object({ ...range, name: z.string().max(30).optional() }), opts).returns<RosterSheet>(),

  'roster.leave.list': query(z.object({ year }), opts).returns<LeaveView[]>(),
  'roster.leave.create': command(z.object(leaveFields), opts).returns<LeaveView>(),
  'roster.leave.update': command(z.object({ id: z.number().int().positive(), ...leaveFields }), opts).returns<LeaveView>(),
  'roster.leave.delete': command(z.object({ id: z.number().int().positive() }), opts).returns<{ id: number }>(),
};

/** Chinese labels of the fields in the roster area's audit snapshots. */
export const ROSTER_AUDIT_LABELS: Record<string, string> = {
  rosterDate: '值班日期',
  rosterPeople: '值班人员',
  rosterSource: '排班方式',
  rosterReason: '原因',
  rosterLocked: '锁定',
  rosterRange: '排班范围',
  rosterSlots: '生成班次',
  leaveStaff: '请假人员',
  leaveFrom: '开始日期',
  leaveTo: '结束日期',
  leaveKind: '类型',
  leaveNote: '备注',
  roleName: '岗位名称',
  roleLeader: '计入带班次数',
  roleFollowsPeriods: '重要时段按双岗',
  roleCounts: '每日人数',
  roleStaff: '可担任人员',
  minRestDays: '轮休间隔天数',
  preparer: '制表人',
  reviewer: '审核人',
};
