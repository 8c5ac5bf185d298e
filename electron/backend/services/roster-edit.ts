import type { Db } from '../../../db/open';
import { getAssignment, listAssignments, putAssignment, setDaySource, type StoredAssignment } from '../../../db/repos/roster';
import { listLeave } from '../../../db/repos/roster-leave';
import { AppError } from '../../../shared/contract/errors';
import { checkAssignment, type CheckContext, type Conflict, type EditResult, type SlotRef } from '../../../shared/roster/index';
import type { AssignmentSource } from '../../../shared/roster/types';
import type { CivilDate } from '../../../shared/time/civil';
import { roleNameOf, rosterSetup, staffName, type RosterSetup } from './roster-config';
import { restWindow } from './roster-input';

/** What one edit needs: roles, people, leave and the stored rows around the edited days. */
export interface EditScope {
  setup: RosterSetup;
  rows: StoredAssignment[];
  ctx: Omit<CheckContext, 'assignments'>;
}

export function editScope(db: Db, from: CivilDate, to: CivilDate): EditScope {
  const setup = rosterSetup(db);
  const win = restWindow(from, to, setup.settings.minRestDays);
  const rows = listAssignments(db, win.from, win.to);
  const leave = listLeave(db, win).map((l) => ({ staffId: l.staffId, from: l.from, to: l.to, kind: l.kind }));
  return { setup, rows, ctx: { staff: setup.rosterStaff, roles: setup.roleDefs, leave, minRestDays: setup.settings.minRestDays } };
}

export function mustRole(scope: EditScope, role: string, field = 'role'): void {
  if (!scope.setup.roles.some((r) => r.key === role)) throw new AppError('invalid_input', `没有“${role}”这个值班岗位`, field);
}

/** “2026-12-05 值班员（第2岗）” */
export function slotLabel(scope: EditScope, at: SlotRef): string {
  return `${at.date} ${roleNameOf(scope.setup, at.role)}（第${at.slot + 1}岗）`;
}

/** The day's people as audit text, “带班领导 王建国；值班员 赵敏、孙浩”. */
export function daySnapshotText(scope: EditScope, rows: readonly StoredAssignment[], date: CivilDate): string {
  const today = rows.filter((a) => a.date === date);
  const parts = scope.setup.roles.flatMap((r) => {
    const names = today
      .filter((a) => a.role === r.key)
      .sort((a, b) => a.slot - b.slot)
      .map((a) => (a.staffId === null ? '（空缺）' : staffName(scope.setup, a.staffId)));
    return names.length ? [`${r.name} ${names.join('、')}`] : [];
  });
  return parts.join('；') || '（未排班）';
}

/** Problems with putting a person into a slot (nothing written). */
export function checkSlot(scope: EditScope, at: SlotRef & { staffId: number | null }): Conflict[] {
  return checkAssignment(at, { ...scope.ctx, assignments: scope.rows });
}

/** Refuse an edit the domain refused, naming the field. */
export function refuse(r: EditResult, field: string): asserts r is Extract<EditResult, { ok: true }> {
  if (!r.ok) throw new AppError('conflict', r.errors.join('；'), field);
}

/** Set one slot by hand (assign, change or clear). Errors refuse it; warnings (rest rule) come back. */
export function assignSlot(
  db: Db,
  scope: EditScope,
  at: SlotRef & { staffId: number | null; reason: string },
  now: number,
): { before: StoredAssignment | null; warnings: string[] } {
  mustRole(scope, at.role);
  const before = getAssignment(db, at.date, at.role, at.slot);
  if (scope.rows.some((a) => a.date === at.date && a.source === 'locked')) {
    throw new AppError('conflict', `${at.date} 的排班已锁定，请先解锁`, 'date');
  }
  const problems = checkSlot(scope, at);
  const errors = problems.filter((p) => p.severity === 'error').map((p) => p.message);
  if (errors.length) throw new AppError('conflict', errors.join('；'), 'staffId');
  putAssignment(db, { date: at.date, role: at.role, slot: at.slot, staffId: at.staffId, source: 'manual', reason: at.reason }, now);
  return { before, warnings: problems.map((p) => p.message) };
}

/** Write the rows an accepted swap or substitution changed, with its reason. */
export function writeChanges(db: Db, r: Extract<EditResult, { ok: true }>, reason: string, now: number): void {
  for (const c of r.changes) putAssignment(db, { ...c.after, reason }, now);
}

/** Lock or unlock every row of a day (unlocking leaves them as set by hand). */
export function lockDay(db: Db, date: CivilDate, locked: boolean, now: number): number {
  const n = listAssignments(db, date, date).length;
  if (n === 0) throw new AppError('conflict', `${date} 尚未排班，无法${locked ? '锁定' : '解锁'}`, 'date');
  const source: AssignmentSource = locked ? 'locked' : 'manual';
  return setDaySource(db, date, source, now);
}
