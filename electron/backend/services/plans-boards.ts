import { coverageBoard, type Deadline } from '../../../shared/plans/index';
import type { OverdueBoard, OverdueItem, PlanRegister } from '../../../shared/contract/plans';
import type { CoverageBoard } from '../../../shared/contract/plans';

/** Every overdue and soon-due deadline of the register; most overdue first, then nearest due. */
export function overdueBoard(reg: PlanRegister): OverdueBoard {
  const items = reg.rows.flatMap((r) =>
    r.deadlines
      .filter((d: Deadline) => d.state === 'overdue' || d.state === 'due_soon')
      .map(
        (d): OverdueItem => ({
          planId: r.id,
          planName: r.name,
          unit: r.unit,
          level: r.level,
          category: r.category,
          kind: d.kind,
          due: d.due,
          state: d.state,
          daysOverdue: d.daysOverdue,
          estimated: d.estimated === true,
        }),
      ),
  );
  return {
    today: reg.today,
    overdue: items.filter((i) => i.state === 'overdue').sort((a, b) => b.daysOverdue - a.daysOverdue || a.planName.localeCompare(b.planName, 'zh-CN')),
    dueSoon: items.filter((i) => i.state === 'due_soon').sort((a, b) => a.due.localeCompare(b.due) || a.planName.localeCompare(b.planName, 'zh-CN')),
  };
}

/** For each owning unit: its plans' worst status. */
export function coverage(reg: PlanRegister): CoverageBoard {
  return { today: reg.today, rows: coverageBoard(reg.rows) };
}
