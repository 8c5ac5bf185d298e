import type { Db } from '../../../db/open';
import { insertLeave } from '../../../db/repos/roster-leave';
import { listStaff } from '../../../db/repos/staff';
import { addDays, civilDateOf, daysInMonth, type CivilDate } from '../../../shared/time/civil';
import { runGeneration, saveGeneration } from '../services/roster-generate';

function monthOf(date: CivilDate): { from: CivilDate; to: CivilDate } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return { from: `${date.slice(0, 7)}-01`, to: `${date.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
}

/**
 * A generated roster for the month of `now` and the next one, so the dashboard shows who is on duty,
 * with one sample 出差 entry in the next month that the generator works around. Returns the rows written.
 */
export function loadSampleRoster(db: Db, now: number): number {
  const thisMonth = monthOf(civilDateOf(now));
  const nextMonth = monthOf(addDays(thisMonth.to, 1));
  const officer = listStaff(db, false).find((s) => s.canDuty && !s.canLead);
  if (officer) {
    const from = addDays(nextMonth.from, 4);
    insertLeave(db, { staffId: officer.id, from, to: addDays(from, 4), kind: '出差', note: '示例：赴省厅参加防汛培训' }, now);
  }
  let rows = 0;
  for (const m of [thisMonth, nextMonth]) rows += saveGeneration(db, runGeneration(db, m.from, m.to), now);
  return rows;
}
