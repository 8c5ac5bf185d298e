import type { z } from 'zod';
import { withLabels, type MethodDef } from './define';
import { systemMethods } from './system';
import { staffMethods } from './staff';
import { sessionMethods } from './session';
import { settingsMethods } from './settings';
import { auditMethods } from './audit';
import { dashboardMethods } from './dashboard';
import { calendarMethods, CALENDAR_AUDIT_LABELS } from './calendar';
import { reminderMethods, REMINDER_AUDIT_LABELS, type ReminderAlert } from './reminders';
import { dutylogMethods } from './dutylog';
import { reportMethods } from './reports';
import { planMethods, PLAN_INPUT_LABELS } from './plans';
import { rosterMethods } from './roster';
import { listMethods } from './lists';
import { relatedListMethods } from './lists-related';

/** Every API method, one entry each. The IPC bridge, the HTTP bridge and the client are all driven by this. */
export const contract = {
  ...systemMethods,
  ...sessionMethods,
  ...staffMethods,
  ...settingsMethods,
  ...auditMethods,
  ...dashboardMethods,
  ...withLabels(calendarMethods, CALENDAR_AUDIT_LABELS),
  ...withLabels(reminderMethods, REMINDER_AUDIT_LABELS),
  ...withLabels(dutylogMethods, REMINDER_AUDIT_LABELS),
  ...withLabels(reportMethods, REMINDER_AUDIT_LABELS),
  ...withLabels(planMethods, PLAN_INPUT_LABELS),
  ...rosterMethods,
  ...listMethods,
  ...relatedListMethods,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends MethodName> = Contract[K] extends MethodDef<z.ZodType, infer O> ? O : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Push events from the back end. */
export type PushEvent =
  | { type: 'changed'; areas: string[] }
  | { type: 'status'; state: string }
  /** A reminder was delivered (an alert to acknowledge). */
  | { type: 'reminder'; alert: ReminderAlert; unacknowledged: number }
  /** The shell asks the page to open a route (a native notification was clicked). */
  | { type: 'navigate'; route: string };

export * from './errors';
export type { SystemStatus, BackupInfo, DataState } from './system';
export type { SessionInfo } from './session';
