import { isWeekend, monthRange, dateRange, weekdayZh, type CivilDate } from '../time/civil';
import { DEFAULT_ROLES, type Assignment, type DayCategory, type RoleDef } from './types';

export interface PrintStaff {
  id: number;
  name: string;
  phone?: string;
}

export interface MonthPrintInput {
  /** The unit, e.g. “**市应急管理局”. */
  org: string;
  year: number;
  month: number;
  /** Known categories of the month's days (from the holiday calendar); other days by weekday. */
  days: readonly { date: CivilDate; category: DayCategory; holidayName?: string }[];
  assignments: readonly Assignment[];
  staff: readonly PrintStaff[];
  /** Columns, in order; default 带班领导, 值班员. */
  roles?: readonly RoleDef[];
}

export interface PrintRow {
  date: CivilDate;
  /** “12月1日” */
  dateLabel: string;
  /** “星期一” */
  weekday: string;
  /** Names per role key, joined with 、 (in slot order). */
  byRole: Record<string, string>;
  /** Phones of the people on duty, in column order, joined with 、. */
  phones: string;
  category: DayCategory;
  /** Weekends and holidays are shaded. */
  shaded: boolean;
  /** The holiday's name (春节 …), 周末, 调休上班 on a make-up working day, else ''. */
  label: string;
}

export interface MonthPrintModel {
  /** `${org}${year}年${month}月值班表` */
  title: string;
  /** Column headings: 日期, 星期, the roles, 联系电话, 备注. */
  headers: string[];
  roles: { key: string; name: string }[];
  rows: PrintRow[];
}

function label(date: CivilDate, category: DayCategory, holidayName: string | undefined): string {
  if (category === 'holiday') return holidayName ?? '节假日';
  if (category === 'weekend') return '周末';
  return isWeekend(date) ? '调休上班' : '';
}

/** Rows of the printable monthly roster (月度值班表), one per day of the month. */
export function monthPrintModel(input: MonthPrintInput): MonthPrintModel {
  const roles = input.roles ?? DEFAULT_ROLES;
  const { from, to } = monthRange(input.year, input.month);
  const known = new Map(input.days.map((d) => [d.date, d]));
  const byId = new Map(input.staff.map((s) => [s.id, s]));
  const rows = dateRange(from, to).map((date): PrintRow => {
    const day = known.get(date);
    const category = day?.category ?? (isWeekend(date) ? 'weekend' : 'workday');
    const today = input.assignments
      .filter((a) => a.date === date && a.staffId !== null)
      .sort((a, b) => a.slot - b.slot);
    const byRole: Record<string, string> = {};
    const phones: string[] = [];
    for (const r of roles) {
      const people = today.filter((a) => a.role === r.key).map((a) => byId.get(a.staffId!));
      byRole[r.key] = people.map((p) => p?.name ?? '').filter(Boolean).join('、');
      for (const p of people) if (p?.phone && !phones.includes(p.phone)) phones.push(p.phone);
    }
    return {
      date,
      dateLabel: `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`,
      weekday: weekdayZh(date),
      byRole,
      phones: phones.join('、'),
      category,
      shaded: category !== 'workday',
      label: label(date, category, day?.holidayName),
    };
  });
  return {
    title: `${input.org}${input.year}年${input.month}月值班表`,
    headers: ['日期', '星期', ...roles.map((r) => r.name), '联系电话', '备注'],
    roles: roles.map((r) => ({ key: r.key, name: r.name })),
    rows,
  };
}
