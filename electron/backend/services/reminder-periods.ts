import type { Db } from '../../../db/open';
import type { ImportantPeriod } from '../../../shared/calendar/index';
import type { Period } from '../../../shared/reminders/types';
import { calendarContext } from './calendar-context';

export interface ZeroPeriod extends Period {
  estimated: boolean;
}

/**
 * A stable id for a period, used as the subject of its reminders and to key its notice:
 * a holiday by name and year (it survives the office adjusting its dates), an entered period by its row.
 */
export function periodKey(p: Pick<ImportantPeriod, 'id' | 'name' | 'from' | 'kind'>): string {
  if (p.kind === 'holiday') return `${p.name}@${p.from.slice(0, 4)}`;
  return p.id !== undefined ? `period-${p.id}` : `${p.kind}:${p.name}@${p.from}`;
}

/** The periods of the given years that require daily zero reports, with a calendar for working days. */
export function zeroReportContext(db: Db, years: readonly number[]) {
  const cal = calendarContext(db, years);
  const seen = new Set<string>();
  const periods: ZeroPeriod[] = [];
  for (const p of cal.periods) {
    if (!p.zeroReport) continue;
    const id = periodKey(p);
    if (seen.has(id)) continue;
    seen.add(id);
    const estimated = p.kind === 'holiday' && cal.estimatedYears.includes(Number(p.from.slice(0, 4)));
    periods.push({ id, name: p.name, from: p.from, to: p.to, zeroReport: true, estimated });
  }
  return { periods, isWorkday: cal.isWorkday };
}

/** Every year from `fromYear` to `toYear`, inclusive. */
export function yearSpan(fromYear: number, toYear: number): number[] {
  const out: number[] = [];
  for (let y = fromYear; y <= toYear; y++) out.push(y);
  return out;
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));
