import { insertPlan, insertVersion, updatePlan } from '../../../db/repos/plans';
import { civilDateOf } from '../../../shared/time/civil';
import { STAGE_LABELS } from '../../../shared/plans/index';
import { planDetail, mustGetPlan, planRegister } from '../services/plans-register';
import { planData, textField, LABEL_MAX } from '../services/plans-input';
import { mustGetVersion, recordExisting, recordStage, startRevision, undoStage } from '../services/plans-lifecycle';
import { planSnapshot, stageSnapshot, versionSnapshot } from '../services/plans-audit';
import { planRecordHandlers } from './plans-records';
import { planFileHandlers } from './plans-files';
import type { Handlers, HandlerContext } from '../types';

const today = (ctx: HandlerContext) => civilDateOf(ctx.clock.now());

const planHandlersCore = {
  'plans.list': (_i, ctx) => planRegister(ctx.db, today(ctx)),
  'plans.get': (input, ctx) => planDetail(ctx.db, input.planId, today(ctx)),

  'plans.create': (input, ctx) => {
    const now = ctx.clock.now();
    const data = planData(input);
    const label = textField(input.versionLabel, 'versionLabel', '版本名称', LABEL_MAX);
    const plan = insertPlan(ctx.db, data, now);
    const version = insertVersion(ctx.db, plan.id, { label, reason: '' }, now);
    const existing = input.existing ? recordExisting(ctx.db, version, input.existing, today(ctx), now) : [];
    const how = input.existing ? `（登记已印发预案，印发日期 ${input.existing.issued}）` : '';
    ctx.audit({ entity: 'plan', entityId: plan.id, action: 'create', summary: `新增预案 ${plan.name}${how}`, after: { ...planSnapshot(plan), stages: existing.map((r) => STAGE_LABELS[r.stage]) } });
    ctx.changed('plans');
    return planDetail(ctx.db, plan.id, today(ctx));
  },

  'plans.update': (input, ctx) => {
    const before = mustGetPlan(ctx.db, input.planId);
    const after = updatePlan(ctx.db, input.planId, planData(input), ctx.clock.now());
    ctx.audit({ entity: 'plan', entityId: after.id, action: 'update', summary: `修改预案 ${after.name}`, before: planSnapshot(before), after: planSnapshot(after) });
    ctx.changed('plans');
    return planDetail(ctx.db, after.id, today(ctx));
  },

  'plans.revise': (input, ctx) => {
    const plan = mustGetPlan(ctx.db, input.planId);
    const v = startRevision(ctx.db, plan.id, input, ctx.clock.now());
    ctx.audit({ entity: 'plan_version', entityId: v.id, action: 'create', summary: `开始修订 ${plan.name}：第${v.seq}版（${v.reason}）`, after: versionSnapshot(plan.name, v) });
    ctx.changed('plans');
    return planDetail(ctx.db, plan.id, today(ctx));
  },

  'plans.stage.record': (input, ctx) => {
    const v = mustGetVersion(ctx.db, input.versionId);
    const plan = mustGetPlan(ctx.db, v.planId);
    const { record, docNo } = recordStage(ctx.db, v, input, today(ctx), ctx.clock.now());
    const what = record.outcome === 'done' ? `完成「${STAGE_LABELS[record.stage]}」` : `跳过「${STAGE_LABELS[record.stage]}」（${record.skipReason}）`;
    ctx.audit({
      entity: 'plan_stage',
      entityId: v.id,
      action: record.stage === 'issue' ? 'issue' : 'update',
      summary: `${plan.name} 第${v.seq}版 ${what}，${record.date}`,
      after: stageSnapshot(plan.name, v.seq, record, docNo),
    });
    ctx.changed('plans');
    return planDetail(ctx.db, plan.id, today(ctx));
  },

  'plans.stage.undo': (input, ctx) => {
    const v = mustGetVersion(ctx.db, input.versionId);
    const plan = mustGetPlan(ctx.db, v.planId);
    const removed = undoStage(ctx.db, v, ctx.clock.now());
    ctx.audit({
      entity: 'plan_stage',
      entityId: v.id,
      action: 'delete',
      summary: `${plan.name} 第${v.seq}版 撤销「${STAGE_LABELS[removed.stage]}」（${removed.date}）`,
      before: stageSnapshot(plan.name, v.seq, removed, v.docNo),
    });
    ctx.changed('plans');
    return planDetail(ctx.db, plan.id, today(ctx));
  },
} satisfies Pick<Handlers, 'plans.list' | 'plans.get' | 'plans.create' | 'plans.update' | 'plans.revise' | 'plans.stage.record' | 'plans.stage.undo'>;

export const planHandlers = { ...planHandlersCore, ...planRecordHandlers, ...planFileHandlers };
