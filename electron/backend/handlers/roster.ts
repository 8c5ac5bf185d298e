import { AppError } from '../../../shared/contract/errors';
import { dayHistory } from '../../../db/repos/roster-history';
import { listAssignments } from '../../../db/repos/roster';
import { substituteDuty, swapDuties, type SlotRef } from '../../../shared/roster/index';
import { weekdayZh } from '../../../shared/time/civil';
import { staffName } from '../services/roster-config';
import { assignSlot, checkSlot, daySnapshotText, editScope, lockDay, mustRole, refuse, slotLabel, writeChanges, type EditScope } from '../services/roster-edit';
import { auditSnapshot, generationChanges, generationFingerprint, runGeneration, saveGeneration } from '../services/roster-generate';
import { checkRange } from '../services/roster-input';
import { rosterDay, rosterView } from '../services/roster-view';
import type { HandlerContext, Handlers } from '../types';

/** Day texts keyed by date, for an edit's before/after snapshot. */
function snapshot(ctx: HandlerContext, scope: EditScope, dates: readonly string[]): Record<string, string> {
  const rows = listAssignments(ctx.db, dates[0]!, dates[dates.length - 1]!);
  return Object.fromEntries(dates.map((d) => [d, daySnapshotText(scope, rows, d)]));
}

const occupant = (scope: EditScope, at: SlotRef) => scope.rows.find((a) => a.date === at.date && a.role === at.role && a.slot === at.slot)?.staffId ?? null;

export const rosterHandlers = {
  'roster.view': (input, { db }) => {
    const { from, to } = checkRange(input.from, input.to);
    return rosterView(db, from, to);
  },

  'roster.preview': (input, { db }) => {
    const { from, to } = checkRange(input.from, input.to);
    return runGeneration(db, from, to).preview;
  },

  'roster.generate': (input, ctx) => {
    const { from, to } = checkRange(input.from, input.to);
    const run = runGeneration(ctx.db, from, to);
    if (input.fingerprint !== undefined && input.fingerprint !== generationFingerprint(run)) {
      throw new AppError('conflict', '预览之后人员、请假或排班有了变化，生成结果已不同，请重新预览后再保存', 'fingerprint');
    }
    const generatedSlots = saveGeneration(ctx.db, run, ctx.clock.now());
    const { warnings } = run.result;
    // Counts and audit texts straight from the run: saving does not need the whole preview.
    const snaps = generationChanges(run);
    const { changedDays, keptDays, emptySlots } = snaps;
    if (changedDays > 0) {
      const extra = [keptDays ? `保留手工调整或锁定的${keptDays}天` : '', emptySlots ? `${emptySlots}个班次无人可排` : ''].filter(Boolean);
      ctx.audit({
        entity: 'roster_generate',
        entityId: `${from}~${to}`,
        action: 'generate',
        summary: `生成排班 ${from}至${to}：${changedDays}天有变化${extra.length ? `，${extra.join('，')}` : ''}`,
        before: auditSnapshot({ rosterRange: `${from}至${to}` }, snaps.before),
        after: auditSnapshot({ rosterRange: `${from}至${to}`, rosterSlots: generatedSlots }, snaps.after),
      });
      ctx.changed('roster', 'dashboard');
    }
    return { from, to, changedDays, generatedSlots, warnings };
  },

  'roster.check': (input, { db }) => {
    const scope = editScope(db, input.date, input.date);
    mustRole(scope, input.role);
    return checkSlot(scope, input);
  },

  'roster.assign': (input, ctx) => {
    const scope = editScope(ctx.db, input.date, input.date);
    const before = snapshot(ctx, scope, [input.date]);
    const r = assignSlot(ctx.db, scope, input, ctx.clock.now());
    const was = r.before?.staffId ?? null;
    const reason = input.reason ? `，原因：${input.reason}` : '';
    ctx.audit({
      entity: 'roster_day',
      entityId: input.date,
      action: 'update',
      summary: `排班调整 ${input.date}（${weekdayZh(input.date)}）${slotLabel(scope, input).slice(11)}：${staffName(scope.setup, was) || '空缺'} → ${staffName(scope.setup, input.staffId) || '空缺'}${reason}`,
      before,
      after: { ...snapshot(ctx, scope, [input.date]), ...(input.reason ? { rosterReason: input.reason } : {}) },
    });
    ctx.changed('roster', 'dashboard');
    return { warnings: r.warnings };
  },

  'roster.swap': (input, ctx) => {
    const dates = [...new Set([input.a.date, input.b.date])].sort();
    const scope = editScope(ctx.db, dates[0]!, dates[dates.length - 1]!);
    mustRole(scope, input.a.role, 'a.role');
    mustRole(scope, input.b.role, 'b.role');
    const r = swapDuties(scope.rows, input.a, input.b, scope.ctx);
    refuse(r, 'b');
    const before = snapshot(ctx, scope, dates);
    writeChanges(ctx.db, r, input.reason, ctx.clock.now());
    const who = (at: SlotRef) => `${slotLabel(scope, at)} ${staffName(scope.setup, occupant(scope, at))}`;
    ctx.audit({
      entity: 'roster_day',
      entityId: dates.join(','),
      action: 'swap',
      summary: `换班：${who(input.a)} 与 ${who(input.b)} 互换，原因：${input.reason}`,
      before,
      after: { ...snapshot(ctx, scope, dates), rosterReason: input.reason },
    });
    ctx.changed('roster', 'dashboard');
    return { warnings: r.warnings.map((w) => w.message) };
  },

  'roster.substitute': (input, ctx) => {
    const scope = editScope(ctx.db, input.date, input.date);
    mustRole(scope, input.role);
    const r = substituteDuty(scope.rows, input, input.staffId, scope.ctx);
    refuse(r, 'staffId');
    const before = snapshot(ctx, scope, [input.date]);
    writeChanges(ctx.db, r, input.reason, ctx.clock.now());
    ctx.audit({
      entity: 'roster_day',
      entityId: input.date,
      action: 'substitute',
      summary: `替班：${slotLabel(scope, input)} ${staffName(scope.setup, occupant(scope, input)) || '空缺'} 由 ${staffName(scope.setup, input.staffId)} 替班，原因：${input.reason}`,
      before,
      after: { ...snapshot(ctx, scope, [input.date]), rosterReason: input.reason },
    });
    ctx.changed('roster', 'dashboard');
    return { warnings: r.warnings.map((w) => w.message) };
  },

  'roster.lockDay': (input, ctx) => {
    const before = rosterDay(ctx.db, input.date);
    if (before.locked !== input.locked) {
      lockDay(ctx.db, input.date, input.locked, ctx.clock.now());
      ctx.audit({
        entity: 'roster_day',
        entityId: input.date,
        action: input.locked ? 'lock' : 'unlock',
        summary: `${input.locked ? '锁定' : '解锁'} ${input.date}（${weekdayZh(input.date)}）的排班`,
        before: { rosterLocked: before.locked },
        after: { rosterLocked: input.locked },
      });
      ctx.changed('roster');
    }
    return rosterDay(ctx.db, input.date);
  },

  'roster.dayHistory': (input, { db }) => dayHistory(db, input.date),
} satisfies Pick<
  Handlers,
  | 'roster.view'
  | 'roster.preview'
  | 'roster.generate'
  | 'roster.check'
  | 'roster.assign'
  | 'roster.swap'
  | 'roster.substitute'
  | 'roster.lockDay'
  | 'roster.dayHistory'
>;
