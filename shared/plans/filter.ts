import { PLAN_CATEGORIES, PLAN_LEVELS, type PlanCategory, type PlanLevel, type PlanStatus } from './types';

/** The register's filter, shared by the page, the print view and the xlsx export. */
export interface RegisterFilter {
  q?: string;
  categories?: PlanCategory[];
  levels?: PlanLevel[];
  statuses?: PlanStatus[];
}

/** What filtering and the default order need of a row. */
export interface FilterableRow {
  name: string;
  category: PlanCategory;
  level: PlanLevel;
  unit: string;
  approver: string;
  status: PlanStatus;
  docNo: string;
}

/** Search is case-insensitive over name, owning unit, approving body and 文号. */
export function matchesFilter(row: FilterableRow, f: RegisterFilter): boolean {
  if (f.categories?.length && !f.categories.includes(row.category)) return false;
  if (f.levels?.length && !f.levels.includes(row.level)) return false;
  if (f.statuses?.length && !f.statuses.includes(row.status)) return false;
  const q = (f.q ?? '').trim().toLowerCase();
  if (q === '') return true;
  return [row.name, row.unit, row.approver, row.docNo].some((s) => s.toLowerCase().includes(q));
}

/** The register's order: level (市 first), then category, then unit and name. */
export function compareRows(a: FilterableRow, b: FilterableRow): number {
  return (
    PLAN_LEVELS.indexOf(a.level) - PLAN_LEVELS.indexOf(b.level) ||
    PLAN_CATEGORIES.indexOf(a.category) - PLAN_CATEGORIES.indexOf(b.category) ||
    a.unit.localeCompare(b.unit, 'zh-CN') ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

export function filterRegister<T extends FilterableRow>(rows: readonly T[], f: RegisterFilter = {}): T[] {
  return rows.filter((r) => matchesFilter(r, f)).sort(compareRows);
}
