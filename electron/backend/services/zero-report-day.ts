import type { Db } from '../../../db/open';
import { getRule } from '../../../db/repos/reminders';
import { listUnits, getUnit } from '../../../db/repos/reports-units';
import { zeroReportsOn, zeroSentOn } from '../../../db/repos/reports-zero';
import { zeroReportSummary } from '../../../shared/reminders/daily-report';
import type { ZeroReportDay, ZeroUnitRow } from '../../../shared/contract/reports';
import type { CivilDate } from '../../../shared/time/civil';
import { readSettings } from '../handlers/settings';
import { yearOf, yearSpan, zeroReportContext } from './reminder-periods';

export const ZERO_DEADLINE_RULE = 'zero-deadline';

/** “全县” for a county bureau, “全区” for a district, else “全市”. */
export function areaOf(org: string): string {
  if (org.includes('县')) return '全县';
  if (org.includes('区')) return '全区';
  return '全市';
}

/** The daily zero-report deadline, as set on the 零报告截止 rule. */
export function zeroDeadline(db: Db): string {
  return getRule(db, ZERO_DEADLINE_RULE)?.time ?? '15:00';
}

/** Each active unit's report for the date (未报 when none), plus any since-deactivated unit that did report. */
export function zeroUnitRows(db: Db, date: CivilDate): ZeroUnitRow[] {
  const reports = new Map(zeroReportsOn(db, date).map((r) => [r.unitId, r]));
  const units = listUnits(db, false);
  for (const id of reports.keys()) {
    if (!units.some((u) => u.id === id)) {
      const u = getUnit(db, id);
      if (u) units.push(u);
    }
  }
  return units.map((u) => {
    const r = reports.get(u.id);
    return {
      unitId: u.id,
      name: u.name,
      kind: u.kind,
      phone: u.phone,
      status: r?.status ?? '未报',
      note: r?.note ?? '',
      recordedAt: r?.recordedAt ?? null,
      recordedBy: r?.recordedBy ?? null,
    };
  });
}

export function zeroReportDay(db: Db, date: CivilDate): ZeroReportDay {
  const y = yearOf(date);
  const periods = zeroReportContext(db, yearSpan(y - 1, y))
    .periods.filter((p) => p.from <= date && date <= p.to)
    .map(({ id, name, from, to }) => ({ id, name, from, to }));
  const deadline = zeroDeadline(db);
  const units = zeroUnitRows(db, date);
  const summary = zeroReportSummary({ time: deadline, units, area: areaOf(readSettings(db).orgName) });
  return {
    date,
    periods,
    deadline,
    units,
    allReported: units.length > 0 && units.every((u) => u.status !== '未报'),
    summary,
    sent: zeroSentOn(db, date),
  };
}
