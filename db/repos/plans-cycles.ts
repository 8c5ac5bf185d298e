import type { Db } from '../open';
import { cyclesWithDefaults } from '../../shared/plans/cycles';
import { PLAN_CATEGORIES, type PlanCategory, type PlanCycle } from '../../shared/plans/types';

interface CycleRow {
  category: string;
  filing_workdays: number;
  evaluation_years: number;
  drill_months: number;
}

/** Every category's cycle: edited values over the defaults. */
export function readCycles(db: Db): Record<PlanCategory, PlanCycle> {
  const rows = db.prepare('SELECT * FROM plan_cycles').all() as CycleRow[];
  return cyclesWithDefaults(
    rows.map((r) => ({
      category: r.category as PlanCategory,
      filingWorkdays: r.filing_workdays,
      evaluationYears: r.evaluation_years,
      drillMonths: r.drill_months,
    })),
  );
}

export function listCycles(db: Db): PlanCycle[] {
  const all = readCycles(db);
  return PLAN_CATEGORIES.map((c) => all[c]);
}

export function writeCycle(db: Db, c: PlanCycle, now: number): void {
  db.prepare(
    `INSERT INTO plan_cycles (category, filing_workdays, evaluation_years, drill_months, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(category) DO UPDATE SET filing_workdays = excluded.filing_workdays, evaluation_years = excluded.evaluation_years,
       drill_months = excluded.drill_months, updated_at = excluded.updated_at`,
  ).run(c.category, c.filingWorkdays, c.evaluationYears, c.drillMonths, now);
}
