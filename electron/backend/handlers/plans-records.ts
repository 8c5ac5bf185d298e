import { deleteDrill, deleteEvaluation, getDrill, getEvaluation, insertDrill, insertEvaluation } from '../../../db/repos/plans-records';
import { listCycles, readCycles, writeCycle } from '../../../db/repos/plans-cycles';
import { AppError } from '../../../shared/contract/errors';
import { civilDateOf } from '../../../shared/time/civil';
import { CATEGORY_LABELS, CONCLUSION_LABELS, DRILL_KIND_LABELS, issueDateOf } from '../../../shared/plans/index';
import { mustGetPlan, planDetail } from '../services/plans-register';
import { conclusionOf, cycleData, drillData, invalid, pastDate, textField, TEXT_MAX, WHO_MAX_INPUT } from '../services/plans-input';
import { versionsWithStages } from '../services/plans-lifecycle';
import { cycleSnapshot, drillSnapshot, evaluationSnapshot } from '../services/plans-audit';
import type { Handlers, HandlerContext } from '../types';

const today = (ctx: HandlerContext) => civilDateOf(ctx.clock.now());

export const planRecordHandlers = {
  'plans.drills.add': (input, ctx) => {
    const plan = mustGetPlan(ctx.db, input.planId);
    const drill = insertDrill(ctx.db, plan.id, drillData(input, today(ctx)), ctx.clock.now());
    ctx.audit({
      entity: 'plan_drill',
      entityId: drill.id,
      action: 'create',
      summary: `登记演练：${plan.name}，${drill.date} ${DRILL_KIND_LABELS[drill.kind]}`,
      after: drillSnapshot(plan.name, drill),
    });
    ctx.changed('plans');
    return planDetail(ctx.db, plan.id, today(ctx));
  },

  'plans.drills.remove': (input, ctx) => {
    const drill = getDrill(ctx.db, input.drillId);
    if (!drill) throw new AppError('not_found', `找不到编号为 ${input.drillId} 的演练记录，可能已被删除`, 'drillId');
    const plan = mustGetPlan(ctx.db, drill.planId);
    deleteDrill(ctx.db, drill.id);
    ctx.audit({ entity: 'plan_drill', entityId: drill.id, action: 'delete', summary: `删除演练记录：${plan.name}，${drill.date}`, before: drillSnapshot(plan.name, drill) });
    ctx.changed('plans');
    return planDetail(ctx.db, plan.id, today(ctx));
  },

  'plans.evaluations.add': (input, ctx) => {
    const plan = mustGetPlan(ctx.db, input.planId);
    const current = versionsWithStages(ctx.db, plan.id).find((v) => v.id === plan.currentVersionId);
    if (!current) throw new AppError('conflict', `${plan.name}尚未印发，还没有可评估的现行版本`, 'planId');
    const date = pastDate(input.date, 'date', '评估日期', today(ctx));
    const issued = issueDateOf(current.stages)!;
    if (date < issued) throw invalid(`评估日期（${date}）不能早于现行第${current.seq}版的印发日期（${issued}）`, 'date');
    const e = insertEvaluation(
      ctx.db,
      plan.id,
      {
        versionId: current.id,
        date,
        who: textField(input.who, 'who', '评估人', WHO_MAX_INPUT),
        conclusion: conclusionOf(input.conclusion),
        notes: textField(input.notes, 'notes', '评估意见', TEXT_MAX),
      },
      ctx.clock.now(),
    );
    ctx.audit({
      entity: 'plan_evaluation',
      entityId: e.id,
      action: 'create',
      summary: `登记定期评估：${plan.name}，${e.date}，${CONCLUSION_LABELS[e.conclusion]}`,
      after: evaluationSnapshot(plan.name, e),
    });
    ctx.changed('plans');
    return planDetail(ctx.db, plan.id, today(ctx));
  },

  'plans.evaluations.remove': (input, ctx) => {
    const e = getEvaluation(ctx.db, input.evaluationId);
    if (!e) throw new AppError('not_found', `找不到编号为 ${input.evaluationId} 的评估记录，可能已被删除`, 'evaluationId');
    const plan = mustGetPlan(ctx.db, e.planId);
    deleteEvaluation(ctx.db, e.id);
    ctx.audit({ entity: 'plan_evaluation', entityId: e.id, action: 'delete', summary: `删除评估记录：${plan.name}，${e.date}`, before: evaluationSnapshot(plan.name, e) });
    ctx.changed('plans');
    return planDetail(ctx.db, plan.id, today(ctx));
  },

  'plans.cycles': (_i, ctx) => listCycles(ctx.db),

  'plans.cycles.update': (input, ctx) => {
    const next = cycleData(input);
    const before = readCycles(ctx.db)[next.category];
    if (JSON.stringify(before) !== JSON.stringify(next)) {
      writeCycle(ctx.db, next, ctx.clock.now());
      ctx.audit({
        entity: 'plan_cycle',
        entityId: next.category,
        action: 'update',
        summary: `修改${CATEGORY_LABELS[next.category]}预案的期限：备案${next.filingWorkdays}个工作日，评估每${next.evaluationYears}年，演练每${next.drillMonths}个月`,
        before: cycleSnapshot(before),
        after: cycleSnapshot(next),
      });
      ctx.changed('plans');
    }
    return listCycles(ctx.db);
  },
} satisfies Pick<
  Handlers,
  'plans.drills.add' | 'plans.drills.remove' | 'plans.evaluations.add' | 'plans.evaluations.remove' | 'plans.cycles' | 'plans.cycles.update'
>;
