import { diffDays, type CivilDate } from '../time/civil';
import {
  DEFAULT_MIN_REST_DAYS,
  type Assignment,
  type LeaveEntry,
  type RoleDef,
  type RosterStaff,
} from './types';

export type ConflictCode = 'unknown-staff' | 'inactive' | 'role' | 'leave' | 'same-day' | 'rest';

export interface Conflict {
  code: ConflictCode;
  /** 'error': the office should not keep it (on leave, twice that day …); 'warning': allowed with care (rest rule). */
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckContext {
  staff: readonly RosterStaff[];
  roles: readonly RoleDef[];
  leave: readonly LeaveEntry[];
  /** The roster the row goes into; a row in the same date/role/slot is the one being replaced. */
  assignments: readonly Assignment[];
  minRestDays?: number;
}

/** Where a duty sits: one slot of one role on one duty day. */
export interface SlotRef {
  date: CivilDate;
  role: string;
  slot: number;
}

export const sameSlot = (a: SlotRef, b: SlotRef) => a.date === b.date && a.role === b.role && a.slot === b.slot;

export function roleName(roles: readonly RoleDef[], key: string): string {
  return roles.find((r) => r.key === key)?.name ?? key;
}

/** Problems with putting `staffId` into the slot, in Chinese, for the editor to show as you edit. */
export function checkAssignment(at: SlotRef & { staffId: number | null }, ctx: CheckContext): Conflict[] {
  if (at.staffId === null) return [];
  const person = ctx.staff.find((s) => s.id === at.staffId);
  if (!person) return [{ code: 'unknown-staff', severity: 'error', message: `找不到人员（编号 ${at.staffId}）` }];
  const out: Conflict[] = [];
  const who = person.name;
  const role = roleName(ctx.roles, at.role);
  if (!person.active) out.push({ code: 'inactive', severity: 'error', message: `${who}已停用，不能排班` });
  if (!person.roles.includes(at.role)) out.push({ code: 'role', severity: 'error', message: `${who}不能担任${role}` });
  for (const l of ctx.leave) {
    if (l.staffId === person.id && at.date >= l.from && at.date <= l.to) {
      const span = l.from === l.to ? l.from : `${l.from} 至 ${l.to}`;
      out.push({ code: 'leave', severity: 'error', message: `${who} ${at.date} ${l.kind}（${span}）` });
    }
  }
  const minRest = ctx.minRestDays ?? DEFAULT_MIN_REST_DAYS;
  const others = ctx.assignments.filter((a) => a.staffId === person.id && !sameSlot(a, at));
  for (const a of others) {
    if (a.date === at.date) {
      out.push({ code: 'same-day', severity: 'error', message: `${who} ${at.date} 已排${roleName(ctx.roles, a.role)}，同一天不能兼任两个班次` });
    }
  }
  const near = others
    .filter((a) => a.date !== at.date && Math.abs(diffDays(a.date, at.date)) - 1 < minRest)
    .sort((x, y) => (x.date < y.date ? -1 : 1));
  for (const a of near) {
    const off = Math.abs(diffDays(a.date, at.date)) - 1;
    out.push({
      code: 'rest',
      severity: 'warning',
      message: `${who} ${a.date} 已值班，与 ${at.date} 之间只休息${off}天（轮休间隔至少${minRest}天）`,
    });
  }
  return out;
}

/** Every problem in a roster, row by row. */
export function checkRoster(
  ctx: CheckContext,
): (Conflict & SlotRef & { staffId: number })[] {
  const out: (Conflict & SlotRef & { staffId: number })[] = [];
  for (const a of ctx.assignments) {
    if (a.staffId === null) continue;
    for (const c of checkAssignment(a, ctx)) {
      out.push({ ...c, date: a.date, role: a.role, slot: a.slot, staffId: a.staffId });
    }
  }
  return out;
}
