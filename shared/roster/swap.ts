import { checkAssignment, roleName, sameSlot, type CheckContext, type Conflict, type SlotRef } from './conflicts';
import type { Assignment } from './types';

/** One changed row: what it was and what it becomes (for the audit log and “who is affected”). */
export interface RosterChange {
  before: Assignment;
  after: Assignment;
}

export type EditResult =
  | { ok: true; assignments: Assignment[]; changes: RosterChange[]; warnings: Conflict[] }
  | { ok: false; errors: string[] };

type Ctx = Omit<CheckContext, 'assignments'>;

const label = (ctx: Ctx, at: SlotRef) => `${at.date} ${roleName(ctx.roles, at.role)}（第${at.slot + 1}岗）`;
const nameOf = (ctx: Ctx, id: number) => ctx.staff.find((s) => s.id === id)?.name ?? `编号 ${id}`;

function find(assignments: readonly Assignment[], at: SlotRef): Assignment | undefined {
  return assignments.find((a) => sameSlot(a, at));
}

/** Apply the new rows, then check each; errors refuse the edit, warnings come back with it. */
function apply(assignments: readonly Assignment[], after: Assignment[], ctx: Ctx): EditResult {
  const next = assignments.map((a) => after.find((b) => sameSlot(a, b)) ?? a);
  const changes = after.map((b) => ({ before: find(assignments, b)!, after: b }));
  const problems = after.flatMap((b) => checkAssignment(b, { ...ctx, assignments: next }));
  const seen = new Set<string>();
  const unique = problems.filter((p) => !seen.has(p.message) && seen.add(p.message));
  const errors = unique.filter((p) => p.severity === 'error').map((p) => p.message);
  if (errors.length) return { ok: false, errors };
  return { ok: true, assignments: next, changes, warnings: unique };
}

function editable(ctx: Ctx, row: Assignment | undefined, at: SlotRef): string | null {
  if (!row) return `${label(ctx, at)}不在值班表中`;
  if (row.source === 'locked') return `${label(ctx, at)}已锁定，请先解锁`;
  return null;
}

/**
 * 换班: the people on two duties exchange them (A takes B's duty and B takes A's). Both rows become
 * 'manual' so a later generation keeps them.
 */
export function swapDuties(assignments: readonly Assignment[], a: SlotRef, b: SlotRef, ctx: Ctx): EditResult {
  const ra = find(assignments, a);
  const rb = find(assignments, b);
  const errors = [editable(ctx, ra, a), editable(ctx, rb, b)].filter((e): e is string => e !== null);
  if (errors.length) return { ok: false, errors };
  if (sameSlot(a, b)) return { ok: false, errors: ['请选择两个不同的班次'] };
  if (ra!.staffId === null || rb!.staffId === null) {
    const empty = ra!.staffId === null ? a : b;
    return { ok: false, errors: [`${label(ctx, empty)}尚未安排人员，无法换班（可直接安排或替班）`] };
  }
  if (ra!.staffId === rb!.staffId) return { ok: false, errors: [`两个班次都是${nameOf(ctx, ra!.staffId)}，无需换班`] };
  return apply(
    assignments,
    [
      { ...ra!, staffId: rb!.staffId, source: 'manual' },
      { ...rb!, staffId: ra!.staffId, source: 'manual' },
    ],
    ctx,
  );
}

/** 替班: someone else takes over one duty. The row becomes 'manual'. */
export function substituteDuty(
  assignments: readonly Assignment[],
  at: SlotRef,
  substituteId: number,
  ctx: Ctx,
): EditResult {
  const row = find(assignments, at);
  const error = editable(ctx, row, at);
  if (error) return { ok: false, errors: [error] };
  if (row!.staffId === substituteId) return { ok: false, errors: [`${label(ctx, at)}本来就是${nameOf(ctx, substituteId)}`] };
  return apply(assignments, [{ ...row!, staffId: substituteId, source: 'manual' }], ctx);
}
