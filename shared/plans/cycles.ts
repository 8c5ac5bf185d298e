import { PLAN_CATEGORIES, type PlanCategory, type PlanCycle } from './types';

/**
 * Defaults from the 2024 measures (国办发〔2024〕5号): 备案 within 20 working days of 印发;
 * evaluation commonly every 3 years; 专项/部门 plans drilled at least every 3 years, and places prone
 * to floods and mountain torrents drill “经常” — a yearly drill before the flood season for the flood
 * plan and for township and village plans (the village “六个一”). A 重大活动 plan is one-off.
 * Every value is editable per category.
 */
export const DEFAULT_CYCLES: Readonly<Record<PlanCategory, PlanCycle>> = {
  overall: { category: 'overall', filingWorkdays: 20, evaluationYears: 3, drillMonths: 36 },
  special: { category: 'special', filingWorkdays: 20, evaluationYears: 3, drillMonths: 12 },
  department: { category: 'department', filingWorkdays: 20, evaluationYears: 3, drillMonths: 36 },
  grassroots: { category: 'grassroots', filingWorkdays: 20, evaluationYears: 3, drillMonths: 12 },
  event: { category: 'event', filingWorkdays: 20, evaluationYears: 0, drillMonths: 0 },
};

export const CYCLE_LIMITS = {
  filingWorkdays: { min: 1, max: 120 },
  evaluationYears: { min: 0, max: 10 },
  drillMonths: { min: 0, max: 120 },
} as const;

/** The cycle of every category: stored values over the defaults. */
export function cyclesWithDefaults(stored: readonly PlanCycle[]): Record<PlanCategory, PlanCycle> {
  const out = { ...DEFAULT_CYCLES };
  for (const c of stored) if (PLAN_CATEGORIES.includes(c.category)) out[c.category] = c;
  return out;
}
