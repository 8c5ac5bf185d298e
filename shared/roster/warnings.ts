import type { CivilDate } from '../time/civil';
import type { RosterWarning } from './types';

/** Why a slot could not be filled under all rules. */
export interface Shortage {
  /** Active people able to serve the role. */
  pool: number;
  /** Leave kinds of the pool members away that day (请假, 出差 …). */
  leave: string[];
  /** Pool members already on duty in another slot that day. */
  busy: number;
  /** Pool members free that day but inside the rest interval. */
  rest: number;
  /** True when someone was assigned by relaxing the rest rule. */
  relaxed: boolean;
}

function leaveText(kinds: readonly string[]): string[] {
  const byKind = new Map<string, number>();
  for (const k of kinds) byKind.set(k, (byKind.get(k) ?? 0) + 1);
  return [...byKind].map(([kind, n]) => `${n}人${kind}`);
}

/** E.g. “2026-12-05 值班员：可用人员不足（3人请假），已放宽轮休间隔”. */
export function describeShortage(date: CivilDate, role: string, roleName: string, s: Shortage): RosterWarning {
  const prefix = `${date} ${roleName}：`;
  if (s.pool === 0) return { date, role, message: `${prefix}没有可担任${roleName}的在岗人员，无人可排` };
  const reasons = [
    ...leaveText(s.leave),
    ...(s.busy ? [`${s.busy}人当日已有其他岗位`] : []),
    ...(s.rest ? [`${s.rest}人轮休间隔不足`] : []),
  ];
  const why = reasons.length ? `（${reasons.join('，')}）` : '';
  const message = s.relaxed ? `${prefix}可用人员不足${why}，已放宽轮休间隔` : `${prefix}无人可排${why}`;
  return { date, role, message };
}
