import { holidayPeriods, type HolidayCalendar, type HolidayDay, type ImportantPeriod } from '../../../shared/calendar/index';
import type { StoredPeriod } from '../../../db/repos/calendar-periods';
import type { PeriodView } from '../../../shared/contract/calendar';
import { dateRange, type CivilDate } from '../../../shared/time/civil';

const overlaps = (a: { from: CivilDate; to: CivilDate }, b: { from: CivilDate; to: CivilDate }): boolean => a.from <= b.to && b.from <= a.to;

function estimatedRange(cal: HolidayCalendar, from: CivilDate, to: CivilDate): boolean {
  return dateRange(from, to).some((d) => cal.byDate.get(d)?.estimated === true);
}

function storedView(p: StoredPeriod, origin: PeriodView['origin'], estimated: boolean): PeriodView {
  const { id, name, from, to, kind, zeroReport, dutyOfficers, note } = p;
  return { key: `p${id}`, id, name, from, to, kind, zeroReport, dutyOfficers, note, origin, estimated };
}

function autoView(p: ImportantPeriod, estimated: boolean): PeriodView {
  return {
    key: `h${p.from}`,
    id: null,
    name: p.name,
    from: p.from,
    to: p.to,
    kind: 'holiday',
    zeroReport: p.zeroReport,
    dutyOfficers: p.dutyOfficers,
    note: p.note ?? '',
    origin: 'auto',
    estimated,
  };
}

/**
 * The periods in force: one per holiday of the arrangement (零报告, 双岗 by default) and the
 * periods entered here. An entered 'holiday' period with a holiday's name that overlaps it
 * replaces that holiday's automatic period (the office adjusted its 零报告 or 值班员).
 */
export function mergePeriods(days: readonly HolidayDay[], cal: HolidayCalendar, stored: readonly StoredPeriod[]): PeriodView[] {
  const used = new Set<number>();
  const out: PeriodView[] = [];
  for (const auto of holidayPeriods(days)) {
    const estimated = estimatedRange(cal, auto.from, auto.to);
    const adjusted = stored.find((s) => s.kind === 'holiday' && !used.has(s.id) && s.name === auto.name && overlaps(s, auto));
    if (adjusted) {
      used.add(adjusted.id);
      out.push(storedView(adjusted, 'adjusted', estimated));
    } else out.push(autoView(auto, estimated));
  }
  for (const s of stored) if (!used.has(s.id)) out.push(storedView(s, 'entered', false));
  return out.sort((a, b) => (a.from !== b.from ? (a.from < b.from ? -1 : 1) : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

export function toImportantPeriod(p: PeriodView): ImportantPeriod {
  const out: ImportantPeriod = { name: p.name, from: p.from, to: p.to, kind: p.kind, zeroReport: p.zeroReport, dutyOfficers: p.dutyOfficers };
  if (p.id !== null) out.id = p.id;
  if (p.note) out.note = p.note;
  return out;
}
