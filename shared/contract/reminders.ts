import { z } from 'zod';
import { command, query } from './define';
import { isTimeOfDay, type CivilDate } from '../time/civil';
import type { ReminderKind, ReminderRole, ReminderRule } from '../reminders/types';
import { isMonthDay } from '../reminders/deadlines';

/** A rule as stored, with whether it is one of the shipped defaults. */
export interface ReminderRuleView extends ReminderRule {
  builtIn: boolean;
  updatedAt: number;
}

/** A delivered occurrence: an alert that stays until an operator acknowledges it. */
export interface ReminderAlert {
  id: number;
  key: string;
  ruleId: string;
  kind: ReminderKind;
  role: ReminderRole | null;
  /** The period id for period reminders, the deadline id for plan_deadline, `lists-YYYY` for list_season. */
  subject: string | null;
  date: CivilDate;
  /** The original due time (also for a 补提醒). */
  dueAt: number;
  title: string;
  body: string;
  /** The page that deals with it, e.g. `/daily-report`. */
  route: string;
  /** Delivered late, after the app was closed or asleep (补提醒). */
  catchUp: boolean;
  deliveredAt: number;
  ackAt: number | null;
  ackByName: string | null;
}

export interface AlertList {
  unacknowledged: ReminderAlert[];
  history: ReminderAlert[];
  unacknowledgedCount: number;
  lastTick: number | null;
}

const ruleId = z.string().min(1).max(60);

export const ruleUpdateSchema = z.object({
  id: ruleId,
  time: z.string().refine(isTimeOfDay, '提醒时刻应为 HH:mm，如 11:40'),
  leadWorkdays: z.number({ error: '提前工作日数应为整数' }).int('提前工作日数应为整数').min(0, '提前工作日数不能小于0').max(20, '提前工作日数最多20').optional(),
  leadDays: z
    .array(z.number({ error: '提前天数应为整数' }).int('提前天数应为整数').min(0, '提前天数不能小于0').max(180, '提前天数最多180'), { error: '提前天数应为一组整数' })
    .min(1, '至少填写一个提前天数')
    .max(10, '提前天数最多10个')
    .optional(),
  anchor: z.string().refine(isMonthDay, '汛期开始日期应为 MM-DD，如 04-01').optional(),
  repeatMinutes: z
    .number({ error: '重复间隔应为分钟数' })
    .int('重复间隔应为整数分钟')
    .min(5, '重复间隔至少5分钟')
    .max(240, '重复间隔最多240分钟')
    .nullable()
    .default(null),
  enabled: z.boolean(),
});

export const reminderMethods = {
  'reminders.alerts': query(z.object({ historyLimit: z.number().int().min(1).max(500).default(100) })).returns<AlertList>(),
  'reminders.count': query(z.object({})).returns<{ unacknowledged: number }>(),
  'reminders.acknowledge': command(z.object({ id: z.number().int().positive() })).returns<ReminderAlert>(),
  'reminders.acknowledgeAll': command(z.object({})).returns<{ count: number }>(),
  'reminders.rules': query(z.object({})).returns<ReminderRuleView[]>(),
  'reminders.updateRule': command(ruleUpdateSchema).returns<ReminderRuleView>(),
};

/** Chinese labels of the fields this area's audit rows show (reminders, duty log, reports). */
export const REMINDER_AUDIT_LABELS: Record<string, string> = {
  time: '提醒时刻',
  leadWorkdays: '提前工作日数',
  leadDays: '提前天数',
  anchor: '汛期开始日期',
  repeatMinutes: '重复间隔',
  enabled: '启用',
  ackAt: '确认时间',
  ackByName: '确认人',
  dutyDate: '值班日',
  at: '时间',
  category: '类型',
  content: '内容',
  handledBy: '处理人',
  followUp: '后续跟进',
  open: '未办结',
  closedAt: '办结时间',
  closedBy: '办结人',
  createdBy: '记录人',
  toDate: '接班值班日',
  fromOfficer: '交班人',
  toOfficer: '接班人',
  summary: '摘要',
  openItems: '遗留事项',
  recordedBy: '记录人',
  date: '日期',
  text: '内容',
  submittedAt: '上报时间',
  submittedByName: '上报人',
  kind: '类别',
  status: '状态',
  docNo: '文号',
  issuedAt: '印发时间',
  period: '时段',
  sentAt: '上报时间',
  sentByName: '上报人',
  ids: '提醒编号',
  unitId: '报送单位',
  phone: '电话',
  periodId: '时段',
  rule: '提醒规则',
};
