import type { Db } from '../../../db/open';
import { dailyReportsBetween } from '../../../db/repos/reports';
import { reportStatus } from '../../../shared/reminders/index';
import type { DailyReportHistory, DailyReportHistoryDay } from '../../../shared/contract/reports';
import { civil, civilDateOf, dateRange, type CivilDate } from '../../../shared/time/civil';

/**
 * Every day of the year up to today, newest first, with 按时/迟报/未报: from the day the desk started
 * using the app (or the first report made) — days before that are not “missing”.
 */
export function dailyReportHistory(db: Db, year: number, now: number, startedOn: CivilDate | null): DailyReportHistory {
  const today = civilDateOf(now);
  const jan1 = civil(year, 1, 1);
  const dec31 = civil(year, 12, 31);
  const reports = dailyReportsBetween(db, jan1, dec31);
  const byDate = new Map(reports.map((r) => [r.date, r]));
  const candidates = [startedOn ?? today, ...reports.map((r) => r.date)].filter((d) => d <= dec31);
  const first = candidates.reduce((a, b) => (a < b ? a : b), today);
  const from = first < jan1 ? jan1 : first;
  const to = today < dec31 ? today : dec31;
  const days: DailyReportHistoryDay[] =
    from > to
      ? []
      : dateRange(from, to)
          .reverse()
          .map((date) => {
            const r = byDate.get(date);
            return { date, status: reportStatus(date, r?.submittedAt ?? null, now), submittedAt: r?.submittedAt ?? null, submittedByName: r?.submittedByName ?? null };
          });
  const count = (s: DailyReportHistoryDay['status']) => days.filter((d) => d.status === s).length;
  return { year, days, reportsThisYear: reports.length, onTime: count('on_time'), late: count('late'), missing: count('missing') };
}
