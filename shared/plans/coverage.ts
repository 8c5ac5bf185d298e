import { PLAN_LEVELS, type PlanLevel, type PlanStatus } from './types';

/** Worst first: what a supervisor must look at before the rest. */
export const STATUS_SEVERITY: readonly PlanStatus[] = ['overdue', 'drafting', 'revising', 'unfiled', 'filed'];

export interface CoveragePlan {
  id: number;
  name: string;
  unit: string;
  level: PlanLevel;
  status: PlanStatus;
}

export interface CoverageRow {
  unit: string;
  /** The unit's highest level among its plans (市 before 乡镇 before 村 before 企业). */
  level: PlanLevel;
  /** The worst status among the unit's plans. */
  status: PlanStatus;
  counts: Record<PlanStatus, number>;
  plans: { id: number; name: string; status: PlanStatus }[];
}

function emptyCounts(): Record<PlanStatus, number> {
  return { overdue: 0, drafting: 0, revising: 0, unfiled: 0, filed: 0 };
}

/** One row per owning unit: whether its plans are filed, current (待备案), being revised or overdue. */
export function coverageBoard(plans: readonly CoveragePlan[]): CoverageRow[] {
  const byUnit = new Map<string, CoverageRow>();
  for (const p of plans) {
    const unit = p.unit.trim() || '（未填单位）';
    let row = byUnit.get(unit);
    if (!row) {
      row = { unit, level: p.level, status: p.status, counts: emptyCounts(), plans: [] };
      byUnit.set(unit, row);
    }
    row.counts[p.status]++;
    row.plans.push({ id: p.id, name: p.name, status: p.status });
    if (PLAN_LEVELS.indexOf(p.level) < PLAN_LEVELS.indexOf(row.level)) row.level = p.level;
    if (STATUS_SEVERITY.indexOf(p.status) < STATUS_SEVERITY.indexOf(row.status)) row.status = p.status;
  }
  return [...byUnit.values()].sort(
    (a, b) =>
      PLAN_LEVELS.indexOf(a.level) - PLAN_LEVELS.indexOf(b.level) ||
      STATUS_SEVERITY.indexOf(a.status) - STATUS_SEVERITY.indexOf(b.status) ||
      a.unit.localeCompare(b.unit, 'zh-CN'),
  );
}
