import { AppError } from '../../../shared/contract/errors';
import { civilDateOf, formatInstant } from '../../../shared/time/civil';
import { getDailyReport, insertDailyReport } from '../../../db/repos/reports';
import { readReminderState } from '../../../db/repos/reminders';
import { getUnit } from '../../../db/repos/reports-units';
import { markZeroSent, setZeroReport, zeroReportsOn } from '../../../db/repos/reports-zero';
import { dailyReportDraft } from '../services/daily-report-draft';
import { dailyReportHistory } from '../services/daily-report-history';
import { zeroReportDay } from '../services/zero-report-day';
import { issueNotice, noticeDraft, periodNotices } from '../services/period-notices';
import { unitHandlers } from './reports-units';
import type { HandlerContext, Handlers } from '../types';

const byName = (ctx: HandlerContext) => ctx.operator?.name ?? '（初始设置）';

export const reportHandlers = {
  'reports.daily': (input, { db, clock }) => dailyReportDraft(db, input.date ?? civilDateOf(clock.now()), clock.now()),
  'reports.submitDaily': (input, ctx) => {
    const now = ctx.clock.now();
    if (input.date > civilDateOf(now)) throw new AppError('invalid_input', `${input.date} 还没到，不能提前标记上报`, 'date');
    const existing = getDailyReport(ctx.db, input.date);
    if (existing) {
      throw new AppError('conflict', `${input.date} 的值班报告已由 ${existing.submittedByName} 于 ${formatInstant(existing.submittedAt)} 标记上报`, 'date');
    }
    const rec = insertDailyReport(ctx.db, { date: input.date, text: input.text, submittedAt: now, submittedByName: byName(ctx) }, ctx.operator?.id ?? null);
    ctx.audit({ entity: 'daily_report', entityId: input.date, action: 'submit', summary: `值班报告标记已上报：${input.date}`, after: rec });
    ctx.changed('reports', 'reminders');
    return rec;
  },
  'reports.history': (input, { db, clock }) => {
    const now = clock.now();
    return dailyReportHistory(db, input.year ?? Number(civilDateOf(now).slice(0, 4)), now, readReminderState(db).startedOn);
  },
  ...unitHandlers,
  'reports.periods': (_input, { db, clock }) => periodNotices(db, clock.now()),
  'reports.notice': (input, { db, clock }) => noticeDraft(db, input.periodId, clock.now()),
  'reports.issueNotice': (input, ctx) => issueNotice(ctx, input),
  'reports.zeroDay': (input, { db, clock }) => zeroReportDay(db, input.date ?? civilDateOf(clock.now())),
  'reports.setZeroStatus': (input, ctx) => {
    const unit = getUnit(ctx.db, input.unitId);
    if (!unit) throw new AppError('not_found', `找不到编号为 ${input.unitId} 的报送单位`, 'unitId');
    if (input.status === '有情况' && !input.note) throw new AppError('invalid_input', `请填写${unit.name}报告的情况`, 'note');
    const before = zeroReportsOn(ctx.db, input.date).find((r) => r.unitId === unit.id) ?? null;
    setZeroReport(
      ctx.db,
      input.date,
      unit.id,
      input.status === '未报' ? null : { status: input.status, note: input.status === '有情况' ? input.note : '', recordedAt: ctx.clock.now(), recordedBy: byName(ctx) },
    );
    const after = zeroReportsOn(ctx.db, input.date).find((r) => r.unitId === unit.id) ?? null;
    ctx.audit({
      entity: 'zero_report',
      entityId: `${input.date}/${unit.id}`,
      action: 'update',
      summary: `零报告 ${input.date} ${unit.name}：${input.status}`,
      before: { unit: unit.name, status: before?.status ?? '未报', note: before?.note ?? '' },
      after: { unit: unit.name, status: after?.status ?? '未报', note: after?.note ?? '' },
    });
    ctx.changed('reports');
    return zeroReportDay(ctx.db, input.date);
  },
  'reports.markZeroSent': (input, ctx) => {
    const day = zeroReportDay(ctx.db, input.date);
    const sent = { summary: input.summary, sentAt: ctx.clock.now(), sentByName: byName(ctx) };
    markZeroSent(ctx.db, input.date, sent);
    const missing = day.units.filter((u) => u.status === '未报').map((u) => u.name);
    ctx.audit({
      entity: 'zero_report',
      entityId: input.date,
      action: 'submit',
      summary: `零报告汇总已上报：${input.date}${missing.length ? `（未报：${missing.join('、')}）` : ''}`,
      ...(day.sent ? { before: day.sent } : {}),
      after: sent,
    });
    ctx.changed('reports', 'reminders');
    return zeroReportDay(ctx.db, input.date);
  },
} satisfies Pick<
  Handlers,
  | 'reports.daily'
  | 'reports.submitDaily'
  | 'reports.history'
  | 'reports.units'
  | 'reports.saveUnit'
  | 'reports.setUnitActive'
  | 'reports.periods'
  | 'reports.notice'
  | 'reports.issueNotice'
  | 'reports.zeroDay'
  | 'reports.setZeroStatus'
  | 'reports.markZeroSent'
>;
