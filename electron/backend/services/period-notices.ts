import type { Db } from '../../../db/open';
import { getRule } from '../../../db/repos/reminders';
import { getNotice, saveNotice } from '../../../db/repos/reports-zero';
import { AppError } from '../../../shared/contract/errors';
import type { NoticeDraft, PeriodNoticeInfo } from '../../../shared/contract/reports';
import { DEFAULT_NOTICE_LEAD_WORKDAYS, draftHolidayNotice, noticeDueDate, type NoticeRosterRow } from '../../../shared/reminders/index';
import { addDays, civilDateOf, dateRange } from '../../../shared/time/civil';
import { readSettings } from '../handlers/settings';
import type { HandlerContext } from '../types';
import { dutyOfDay } from './duty-today';
import { yearOf, yearSpan, zeroReportContext, type ZeroPeriod } from './reminder-periods';
import { areaOf, zeroDeadline } from './zero-report-day';

export const NOTICE_RULE = 'period-notice';

/** How far back a finished period is still listed. */
const KEEP_DAYS = 30;

function leadWorkdays(db: Db): number {
  return getRule(db, NOTICE_RULE)?.leadWorkdays ?? DEFAULT_NOTICE_LEAD_WORKDAYS;
}

function info(db: Db, p: ZeroPeriod, isWorkday: (d: string) => boolean, lead: number): PeriodNoticeInfo {
  const n = getNotice(db, p.id);
  return {
    id: p.id,
    name: p.name,
    from: p.from,
    to: p.to,
    estimated: p.estimated,
    noticeDue: noticeDueDate(p, isWorkday, lead),
    issued: n ? { docNo: n.docNo, issuedAt: n.issuedAt, issuedByName: n.issuedByName } : null,
  };
}

/** Zero-report periods from a month ago to the end of next year, each with its notice's due date and state. */
export function periodNotices(db: Db, now: number): PeriodNoticeInfo[] {
  const today = civilDateOf(now);
  const y = yearOf(today);
  const ctx = zeroReportContext(db, yearSpan(y - 1, y + 1));
  const lead = leadWorkdays(db);
  return ctx.periods
    .filter((p) => p.to >= addDays(today, -KEEP_DAYS))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map((p) => info(db, p, ctx.isWorkday, lead));
}

function findPeriod(db: Db, periodId: string, now: number) {
  const y = yearOf(civilDateOf(now));
  const hinted = /@(\d{4})/.exec(periodId)?.[1];
  const years = yearSpan(Math.min(y - 1, hinted ? Number(hinted) : y), Math.max(y + 1, hinted ? Number(hinted) + 1 : y));
  const ctx = zeroReportContext(db, years);
  const p = ctx.periods.find((x) => x.id === periodId);
  if (!p) throw new AppError('not_found', `找不到需要零报告的时段：${periodId}`, 'periodId');
  return { p, ctx };
}

/** The draft notice from the period's dates, its duty roster, the zero-report time and the duty phone. */
export function noticeDraft(db: Db, periodId: string, now: number): NoticeDraft {
  const { p, ctx } = findPeriod(db, periodId, now);
  const period = info(db, p, ctx.isWorkday, leadWorkdays(db));
  const issued = getNotice(db, periodId);
  if (issued) return { period, text: issued.text };
  const settings = readSettings(db);
  const roster: NoticeRosterRow[] = dateRange(p.from, p.to).flatMap((date) => {
    const d = dutyOfDay(db, date);
    if (!d.rostered) return [];
    return [{ date, leader: d.leader?.name ?? '', officers: d.officers.map((o) => o.name), phones: d.officers.flatMap((o) => o.phones.slice(0, 1)) }];
  });
  const text = draftHolidayNotice({
    org: settings.orgName,
    period: p,
    roster,
    dutyPhone: settings.dutyPhone || '＿＿＿＿＿＿',
    zeroReportTime: zeroDeadline(db),
    issueDate: period.noticeDue,
    addressees: `各乡镇人民政府、街道办事处，${areaOf(settings.orgName).slice(1)}防指各成员单位`,
  });
  return { period, text };
}

export function issueNotice(ctx: HandlerContext, input: { periodId: string; docNo: string; text: string }): PeriodNoticeInfo {
  const { p, ctx: cal } = findPeriod(ctx.db, input.periodId, ctx.clock.now());
  const before = getNotice(ctx.db, p.id);
  const rec = {
    periodId: p.id,
    periodName: p.name,
    from: p.from,
    to: p.to,
    docNo: input.docNo,
    text: input.text,
    issuedAt: ctx.clock.now(),
    issuedByName: ctx.operator?.name ?? '（初始设置）',
  };
  saveNotice(ctx.db, rec);
  ctx.audit({
    entity: 'notice',
    entityId: p.id,
    action: 'issue',
    summary: `印发通知：关于做好${p.name}期间应急值班值守工作的通知（${input.docNo}）`,
    ...(before ? { before: { docNo: before.docNo, issuedAt: before.issuedAt } } : {}),
    after: { docNo: rec.docNo, issuedAt: rec.issuedAt, period: `${p.from}至${p.to}` },
  });
  ctx.changed('reports', 'reminders');
  return info(ctx.db, p, cal.isWorkday, leadWorkdays(ctx.db));
}
