import type { RosterDay } from '../../../../shared/contract/roster';
import type { AssignmentSource, DayCategory } from '../../../../shared/roster/types';
import { daysInMonth } from '../../../../shared/time/civil';

export const CATEGORY_ZH: Record<DayCategory, string> = { workday: '工作日', weekend: '周末', holiday: '节假日' };
export const SOURCE_ZH: Record<AssignmentSource, string> = { generated: '自动', manual: '手工', locked: '锁定' };
export const SOURCE_COLOR: Record<AssignmentSource, string> = { generated: 'default', manual: 'blue', locked: 'gold' };

/** What a day is: 元旦 / 周末 / 调休上班 / ''. */
export function dayLabel(d: Pick<RosterDay, 'dayType' | 'holidayName'>): string {
  if (d.dayType === 'holiday') return d.holidayName ?? '节假日';
  if (d.dayType === 'weekend') return '周末';
  if (d.dayType === 'makeup_workday') return '调休上班';
  return '';
}

/** Names of a role's people on a day, in slot order, joined with 、 (empty slots as 空缺). */
export function roleNames(d: RosterDay, role: string): string {
  return d.slots
    .filter((s) => s.role === role)
    .sort((a, b) => a.slot - b.slot)
    .map((s) => s.name || '空缺')
    .join('、');
}

/** The slot indexes a role has on a day: what it needs, and any extra stored ones. */
export function slotIndexes(d: RosterDay, role: string): number[] {
  const need = d.needs.find((n) => n.role === role)?.count ?? 0;
  const stored = d.slots.filter((s) => s.role === role).map((s) => s.slot + 1);
  const n = Math.max(need, ...stored, 0);
  return Array.from({ length: n }, (_, i) => i);
}

export const monthLabel = (ym: string) => `${Number(ym.slice(0, 4))}年${Number(ym.slice(5, 7))}月`;

export function monthBounds(ym: string): { from: string; to: string } {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  const last = daysInMonth(y, m);
  return { from: `${ym}-01`, to: `${ym}-${String(last).padStart(2, '0')}` };
}

export function shiftMonth(ym: string, n: number): string {
  const total = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
