import { AppError } from '../../../shared/contract/errors';
import { formatInstant } from '../../../shared/time/civil';
import {
  acknowledgeAlert,
  acknowledgedAlerts,
  countUnacknowledged,
  getAlert,
  getRule,
  listRules,
  readReminderState,
  unacknowledgedAlerts,
  updateRule,
} from '../../../db/repos/reminders';
import type { ReminderRuleView } from '../../../shared/contract/reminders';
import { DEFAULT_NOTICE_LEAD_WORKDAYS, DEFAULT_PLAN_LEAD_WORKDAYS, DEFAULT_SEASON_ANCHOR, DEFAULT_SEASON_LEAD_DAYS } from '../../../shared/reminders/index';
import { BUILT_IN_RULE_IDS } from '../services/reminder-engine';
import type { HandlerContext, Handlers } from '../types';

const ackBy = (ctx: HandlerContext) => ({ id: ctx.operator?.id ?? null, name: ctx.operator?.name ?? '（初始设置）' });

const editable = (r: ReminderRuleView) => ({
  time: r.time,
  leadWorkdays: r.leadWorkdays ?? null,
  leadDays: r.leadDays ?? null,
  anchor: r.anchor ?? null,
  repeatMinutes: r.repeatMinutes ?? null,
  enabled: r.enabled,
});

export const reminderHandlers = {
  'reminders.alerts': (input, { db }) => ({
    unacknowledged: unacknowledgedAlerts(db),
    history: acknowledgedAlerts(db, input.historyLimit),
    unacknowledgedCount: countUnacknowledged(db),
    lastTick: readReminderState(db).lastTick,
  }),
  'reminders.count': (_input, { db }) => ({ unacknowledged: countUnacknowledged(db) }),
  'reminders.acknowledge': (input, ctx) => {
    const before = getAlert(ctx.db, input.id);
    if (!before) throw new AppError('not_found', `找不到编号为 ${input.id} 的提醒`, 'id');
    if (before.ackAt !== null) {
      throw new AppError('conflict', `该提醒已由 ${before.ackByName ?? '他人'} 于 ${formatInstant(before.ackAt)} 确认`, 'id');
    }
    acknowledgeAlert(ctx.db, input.id, ctx.clock.now(), ackBy(ctx));
    const after = getAlert(ctx.db, input.id)!;
    ctx.audit({
      entity: 'reminder',
      entityId: after.id,
      action: 'acknowledge',
      summary: `确认提醒：${after.title}（${formatInstant(after.dueAt)}）`,
      before: { ackAt: null, ackByName: null },
      after: { ackAt: after.ackAt, ackByName: after.ackByName },
    });
    ctx.changed('reminders');
    return after;
  },
  'reminders.acknowledgeAll': (_input, ctx) => {
    const open = unacknowledgedAlerts(ctx.db);
    const now = ctx.clock.now();
    for (const a of open) acknowledgeAlert(ctx.db, a.id, now, ackBy(ctx));
    if (open.length) {
      ctx.audit({
        entity: 'reminder',
        entityId: null,
        action: 'acknowledge',
        summary: `全部确认：${open.length} 条提醒`,
        after: { ids: open.map((a) => a.id), ackByName: ackBy(ctx).name },
      });
      ctx.changed('reminders');
    }
    return { count: open.length };
  },
  'reminders.rules': (_input, { db }) => listRules(db, BUILT_IN_RULE_IDS),
  'reminders.updateRule': (input, ctx) => {
    const before = getRule(ctx.db, input.id, BUILT_IN_RULE_IDS);
    if (!before) throw new AppError('not_found', `找不到提醒规则 ${input.id}`, 'id');
    const leadWorkdays =
      before.kind === 'period_notice'
        ? (input.leadWorkdays ?? before.leadWorkdays ?? DEFAULT_NOTICE_LEAD_WORKDAYS)
        : before.kind === 'plan_deadline'
          ? (input.leadWorkdays ?? before.leadWorkdays ?? DEFAULT_PLAN_LEAD_WORKDAYS)
          : null;
    const season = before.kind === 'list_season';
    const leadDays = season ? [...new Set(input.leadDays ?? before.leadDays ?? DEFAULT_SEASON_LEAD_DAYS)].sort((a, b) => b - a) : null;
    const anchor = season ? (input.anchor ?? before.anchor ?? DEFAULT_SEASON_ANCHOR) : null;
    updateRule(ctx.db, input.id, { time: input.time, leadWorkdays, leadDays, anchor, repeatMinutes: input.repeatMinutes, enabled: input.enabled }, ctx.clock.now());
    const after = getRule(ctx.db, input.id, BUILT_IN_RULE_IDS)!;
    if (JSON.stringify(editable(before)) !== JSON.stringify(editable(after))) {
      ctx.audit({
        entity: 'reminder_rule',
        entityId: after.id,
        action: 'update',
        summary: `修改提醒规则：${after.name}`,
        before: { rule: before.name, ...editable(before) },
        after: { rule: after.name, ...editable(after) },
      });
      ctx.changed('reminders');
    }
    return after;
  },
} satisfies Pick<
  Handlers,
  'reminders.alerts' | 'reminders.count' | 'reminders.acknowledge' | 'reminders.acknowledgeAll' | 'reminders.rules' | 'reminders.updateRule'
>;
