import { ok, testBackend } from '../../db/helpers';
import type { Staff } from '../../../shared/staff/types';
import type { PlanDetail } from '../../../shared/contract/plans';
import type { Backend } from '../../../electron/backend/backend';
import { instantAt } from '../../../shared/time/civil';
import { manualClock } from '../../../shared/time/clock';

/** A backend on 2026-10-09 with the sample data and an operator chosen. */
export async function plansBackend(dataDir?: string, date = '2026-10-09') {
  const t = testBackend(dataDir, manualClock(instantAt(date, '09:00')));
  await ok(t.backend, 'system.loadSampleData');
  const staff = await ok<Staff[]>(t.backend, 'staff.list', {});
  await ok(t.backend, 'session.setOperator', { staffId: staff[0]!.id });
  return { ...t, operator: staff[0]! };
}

export const NEW_PLAN = { name: '测试镇防汛应急预案', category: 'grassroots', level: 'township', unit: '青山县测试镇人民政府', approver: '测试镇人民政府', note: '', versionLabel: '2026年版' };

export async function createPlan(backend: Backend, over: Record<string, unknown> = {}): Promise<PlanDetail> {
  return ok<PlanDetail>(backend, 'plans.create', { ...NEW_PLAN, ...over });
}

/** Record stages in order: [stage, date] done, or [stage, date, reason] skipped. */
export async function walk(backend: Backend, versionId: number, steps: [string, string, string?][], docNo = ''): Promise<PlanDetail> {
  let d: PlanDetail | undefined;
  for (const [stage, date, reason] of steps) {
    d = await ok<PlanDetail>(backend, 'plans.stage.record', {
      versionId,
      stage,
      date,
      outcome: reason ? 'skipped' : 'done',
      skipReason: reason ?? '',
      who: '经办人',
      docNo: stage === 'issue' ? docNo : '',
    });
  }
  return d!;
}

export const TO_ISSUE: [string, string, string?][] = [
  ['draft', '2026-08-03'],
  ['consult', '2026-08-20'],
  ['review', '2026-09-01', '以座谈会代替专家评审'],
  ['evaluate', '2026-09-01', '新编预案'],
  ['approve', '2026-09-18'],
  ['issue', '2026-09-25'],
];
