import type { Db } from '../../../db/open';
import { logBetween } from '../../../db/repos/dutylog';
import { getDailyReport } from '../../../db/repos/reports';
import { DAILY_REPORT_DEADLINE, reportStatus } from '../../../shared/reminders/index';
import type { DailyReportDraft } from '../../../shared/contract/reports';
import type { LogEntry } from '../../../shared/contract/dutylog';
import { addDays, civilDateOf, instantAt, type CivilDate } from '../../../shared/time/civil';
import { readSettings } from '../handlers/settings';
import { dutyOfDay } from './duty-today';

/** One log entry as a line of 每日工作开展情况. */
export function logLine(e: Pick<LogEntry, 'content' | 'handledBy' | 'followUp' | 'open'>): string {
  const parts = [e.content.replace(/\s+/g, ' ').trim()];
  if (e.handledBy) parts.push(`处理人：${e.handledBy}`);
  if (e.followUp) parts.push(`后续：${e.followUp.replace(/\s+/g, ' ').trim()}`);
  if (e.open) parts.push('（未办结）');
  return parts.join('；');
}

/** The log a report covers: from 12:00 the day before to 12:00 of its day. */
export function reportLogWindow(date: CivilDate): { from: number; to: number } {
  return { from: instantAt(addDays(date, -1), DAILY_REPORT_DEADLINE), to: instantAt(date, DAILY_REPORT_DEADLINE) };
}

export function dailyReportDraft(db: Db, date: CivilDate, now: number): DailyReportDraft {
  const settings = readSettings(db);
  const duty = dutyOfDay(db, date);
  const officers = duty.officers.map((p) => p.name);
  const phones = settings.dutyPhone ? [settings.dutyPhone] : duty.officers.flatMap((p) => p.phones.slice(0, 1));
  const { from, to } = reportLogWindow(date);
  const submitted = getDailyReport(db, date);
  return {
    date,
    today: civilDateOf(now),
    status: reportStatus(date, submitted?.submittedAt ?? null, now),
    org: settings.orgName,
    rostered: duty.rostered,
    leader: duty.leader?.name ?? '',
    officers,
    phones,
    logEntries: logBetween(db, from, to).map((e) => ({ at: e.at, category: e.category, text: logLine(e) })),
    logFrom: from,
    logTo: to,
    submitted,
  };
}
