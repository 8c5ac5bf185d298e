import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ok } from '../../db/helpers';
import { createPlan, NEW_PLAN, plansBackend, TO_ISSUE, walk } from './plans-helpers';
import type { CoverageBoard, ExportFile, OverdueBoard, PlanDetail, PlanRegister } from '../../../shared/contract/plans';
import type { AuditEntry } from '../../../shared/audit/types';
import type { PlanCycle } from '../../../shared/plans';
import { auditDiff } from '../../../shared/audit/diff';

async function counts(backend: Awaited<ReturnType<typeof plansBackend>>['backend']) {
  const reg = await ok<PlanRegister>(backend, 'plans.list');
  const audit = await ok<{ total: number }>(backend, 'audit.list', {});
  return { plans: reg.rows.length, audit: audit.total, reg };
}

describe('plans through dispatch', () => {
  it('loads the sample register: the county plan in force, townships in various stages, one overdue', async () => {
    const { backend } = await plansBackend();
    const reg = await ok<PlanRegister>(backend, 'plans.list');
    expect(reg.today).toBe('2026-10-09');
    const by = (name: string) => reg.rows.find((r) => r.name === name)!;
    expect(by('青山县防汛应急预案（2023年）')).toMatchObject({ status: 'filed', docNo: '青政办〔2023〕12号', issued: '2023-04-20', filed: '2023-05-12', current: { seq: 1 } });
    expect(by('河口镇防汛应急预案')).toMatchObject({ status: 'revising', working: { seq: 2, next: 'review' }, current: { seq: 1 } });
    expect(by('桃源乡防汛应急预案')).toMatchObject({ status: 'drafting', current: null });
    expect(by('石门镇防汛应急预案').status).toBe('overdue');
    const overdue = await ok<OverdueBoard>(backend, 'plans.overdue');
    expect(overdue.overdue.map((o) => [o.planName, o.kind])).toEqual([['石门镇防汛应急预案', 'filing']]);
  });

  it('creates a plan, walks it to 印发 with the 备案 deadline counted on the holiday calendar, then files it', async () => {
    const { backend, clock } = await plansBackend();
    const created = await createPlan(backend);
    expect(created.plan).toMatchObject({ name: NEW_PLAN.name, status: 'drafting', working: { seq: 1, next: 'draft' } });
    const v = created.versions[0]!.id;
    const issued = await walk(backend, v, TO_ISSUE, '测政〔2026〕9号');
    expect(issued.plan).toMatchObject({ status: 'unfiled', docNo: '测政〔2026〕9号', issued: '2026-09-25', current: { id: v, seq: 1 }, working: null });
    expect(issued.plan.deadlines[0]).toMatchObject({ kind: 'filing', due: '2026-10-29', state: 'ok', daysOverdue: -20 });
    expect(issued.versions[0]!.stages.find((s) => s.stage === 'review')).toMatchObject({ outcome: 'skipped', skipReason: '以座谈会代替专家评审' });

    clock.set(Date.parse('2026-11-02T01:00:00Z'));
    const late = await ok<OverdueBoard>(backend, 'plans.overdue');
    expect(late.overdue.find((o) => o.planName === NEW_PLAN.name)).toMatchObject({ kind: 'filing', due: '2026-10-29', daysOverdue: 4 });
    const filed = await walk(backend, v, [['file', '2026-11-02']]);
    expect(filed.plan).toMatchObject({ status: 'filed', filed: '2026-11-02' });
    expect(filed.plan.deadlines[0]).toMatchObject({ state: 'done', late: true });
    expect((await ok<OverdueBoard>(backend, 'plans.overdue')).overdue.some((o) => o.planName === NEW_PLAN.name)).toBe(false);

    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'plan_stage' });
    const issue = audit.rows.find((r) => r.action === 'issue')!;
    expect(issue.summary).toContain('完成「印发」');
    expect(auditDiff(null, issue.after).find((d) => d.field === 'docNo')).toMatchObject({ label: '文号', after: '测政〔2026〕9号' });
    expect(auditDiff(null, issue.after).find((d) => d.field === 'stageName')).toMatchObject({ label: '环节', after: '印发' });
  });

  it('refuses out-of-order stages, a skip without reason, skipping 印发, future and backward dates — writing nothing', async () => {
    const { backend } = await plansBackend();
    const v = (await createPlan(backend)).versions[0]!.id;
    await walk(backend, v, TO_ISSUE.slice(0, 2));
    const before = await counts(backend);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ stage: 'approve', date: '2026-09-01' }, 'stage', '请先完成或跳过「专家评审」，再记录「审批」'],
      [{ stage: 'review', date: '2026-09-01', outcome: 'skipped', skipReason: ' ' }, 'skipReason', '跳过「专家评审」须填写原因'],
      [{ stage: 'review', date: '2026-10-10' }, 'date', '「专家评审」的日期（2026-10-10）不能晚于今天（2026-10-09）'],
      [{ stage: 'review', date: '2026-08-01' }, 'date', '「专家评审」的日期（2026-08-01）不能早于上一环节「征求意见」的日期（2026-08-20）'],
      [{ stage: 'review', date: '2026-9-1' }, 'date', '「专家评审」的日期无效：“2026-9-1”，应为有效日期，如 2026-06-01'],
      [{ stage: 'review', date: '2026-09-01', outcome: 'maybe' }, 'outcome', '结果无效：“maybe”，应为done、skipped之一'],
      [{ stage: 'printing', date: '2026-09-01' }, 'stage', '环节无效：“printing”，应为draft、consult、review、evaluate、approve、issue、file、publish之一'],
    ];
    for (const [input, field, message] of cases) {
      const r = await backend.dispatch('plans.stage.record', { versionId: v, who: '', notes: '', ...input });
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { field, message } });
    }
    await walk(backend, v, TO_ISSUE.slice(2, 5));
    const skipIssue = await backend.dispatch('plans.stage.record', { versionId: v, stage: 'issue', date: '2026-09-25', outcome: 'skipped', skipReason: '不印发' });
    expect(skipIssue).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'outcome', message: '「印发」不能跳过：预案须经印发才能生效' } });
    const after = await counts(backend);
    expect(after.plans).toBe(before.plans);
    expect(after.audit).toBe(before.audit + 3);
  });

  it('names the field in Chinese for bad plan fields, and writes nothing', async () => {
    const { backend } = await plansBackend();
    const before = await counts(backend);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '  ' }, 'name', '预案名称不能为空'],
      [{ name: '名'.repeat(81) }, 'name', '预案名称最多80个字'],
      [{ category: '综合' }, 'category', '预案类别无效：“综合”，应为总体、专项、部门、基层组织和单位、重大活动之一'],
      [{ level: 'county' }, 'level', '层级无效：“county”，应为市、乡镇、村、企业之一'],
      [{ unit: '' }, 'unit', '编制单位不能为空'],
      [{ existing: { issued: '2027-01-01', docNo: '', filed: null } }, 'existing.issued', '印发日期（2027-01-01）不能晚于今天（2026-10-09）'],
      [{ existing: { issued: '2026-05-01', docNo: '', filed: '2026-04-01' } }, 'existing.filed', '备案日期（2026-04-01）不能早于印发日期（2026-05-01）'],
    ];
    for (const [over, field, message] of cases) {
      const r = await backend.dispatch('plans.create', { ...NEW_PLAN, ...over });
      expect(r, JSON.stringify(over)).toEqual({ ok: false, error: { code: 'invalid_input', field, message } });
    }
    const after = await counts(backend);
    expect(after.plans).toBe(before.plans);
    expect(after.audit).toBe(before.audit);
  });

  it('registers an existing plan issued earlier: earlier stages skipped with a reason, filed on the given day', async () => {
    const { backend } = await plansBackend();
    const d = await createPlan(backend, { existing: { issued: '2025-03-03', docNo: '测政〔2025〕1号', filed: '2025-03-20' } });
    expect(d.plan).toMatchObject({ issued: '2025-03-03', filed: '2025-03-20', docNo: '测政〔2025〕1号' });
    // Filed in time; but a village-level plan drills yearly, and this one has not drilled since it was issued.
    expect(d.plan.deadlines.map((x) => [x.kind, x.state])).toEqual([
      ['filing', 'done'],
      ['evaluation', 'ok'],
      ['drill', 'overdue'],
    ]);
    expect(d.plan.status).toBe('overdue');
    expect(d.versions[0]!.stages.map((s) => `${s.stage}:${s.outcome}`)).toEqual([
      'draft:skipped',
      'consult:skipped',
      'review:skipped',
      'evaluate:skipped',
      'approve:skipped',
      'issue:done',
      'file:done',
    ]);
    expect(d.versions[0]!.stages[0]!.skipReason).toContain('登记已印发的预案');
  });

  it('revises: a new version starts at 起草, the old one stays in force and readable, then read-only once superseded', async () => {
    const { backend } = await plansBackend();
    const v1 = (await createPlan(backend)).versions[0]!.id;
    const tooEarly = await backend.dispatch('plans.revise', { planId: (await ok<PlanDetail>(backend, 'plans.get', { planId: 10 })).plan.id, versionLabel: '', reason: '测试' });
    expect(tooEarly).toMatchObject({ ok: false, error: { code: 'conflict', message: '第1版尚未印发（下一环节「起草」），不能再开始新的修订' } });
    const issued = await walk(backend, v1, [...TO_ISSUE, ['file', '2026-09-30']]);
    const planId = issued.plan.id;
    expect(await backend.dispatch('plans.revise', { planId, versionLabel: '', reason: ' ' })).toMatchObject({ ok: false, error: { field: 'reason', message: '修订原因不能为空' } });
    const revising = await ok<PlanDetail>(backend, 'plans.revise', { planId, versionLabel: '2026年修订版', reason: '演练发现问题' });
    expect(revising.plan).toMatchObject({ status: 'revising', current: { id: v1, seq: 1 }, working: { seq: 2, next: 'draft' } });
    expect(revising.versions.map((v) => [v.seq, v.current, v.working])).toEqual([
      [2, false, true],
      [1, true, false],
    ]);
    const v2 = revising.versions[0]!.id;
    const done = await walk(backend, v2, TO_ISSUE.map(([s, _d, r]) => [s, '2026-10-09', r] as [string, string, string?]), '测政〔2026〕20号');
    expect(done.plan).toMatchObject({ current: { id: v2, seq: 2 }, docNo: '测政〔2026〕20号', status: 'unfiled', versionCount: 2 });
    // Version 1 is still readable, with its stages, and no longer takes changes.
    expect(done.versions[1]!.stages).toHaveLength(7);
    expect(await backend.dispatch('plans.stage.record', { versionId: v1, stage: 'publish', date: '2026-10-09' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '第1版已被第2版取代，旧版本只能查看，不能再修改' },
    });
    expect(await backend.dispatch('plans.stage.undo', { versionId: v1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('records 备案 of the version in force while a revision is under way, and undoes the last step with an audit row', async () => {
    const { backend } = await plansBackend();
    const v1 = (await createPlan(backend)).versions[0]!.id;
    const planId = (await walk(backend, v1, TO_ISSUE)).plan.id;
    await ok(backend, 'plans.revise', { planId, versionLabel: '', reason: '风险点变化' });
    const filed = await walk(backend, v1, [['file', '2026-10-09']]);
    expect(filed.plan).toMatchObject({ status: 'revising', filed: '2026-10-09' });
    // Undoing the issue of a version that has a successor is refused; undoing its 备案 is fine.
    const undone = await ok<PlanDetail>(backend, 'plans.stage.undo', { versionId: v1 });
    expect(undone.versions[1]!.stages.map((s) => s.stage)).not.toContain('file');
    expect(await backend.dispatch('plans.stage.undo', { versionId: v1 })).toMatchObject({ ok: false, error: { message: '第1版之后已有第2版，不能撤销其印发' } });
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'plan_stage' });
    expect(audit.rows[0]).toMatchObject({ action: 'delete', summary: expect.stringContaining('撤销「备案」') });
  });

  it('undoing 印发 of the only version moves the current pointer back to none', async () => {
    const { backend } = await plansBackend();
    const v1 = (await createPlan(backend)).versions[0]!.id;
    await walk(backend, v1, TO_ISSUE);
    const d = await ok<PlanDetail>(backend, 'plans.stage.undo', { versionId: v1 });
    expect(d.plan).toMatchObject({ current: null, status: 'drafting', working: { next: 'issue' } });
  });

  it('records drills and evaluations; the last drill shows in the register and moves the drill deadline', async () => {
    const { backend } = await plansBackend();
    const v1 = (await createPlan(backend)).versions[0]!.id;
    const planId = (await walk(backend, v1, TO_ISSUE)).plan.id;
    const bad = await backend.dispatch('plans.drills.add', { planId, date: '2026-10-01', kind: '演习' });
    expect(bad).toMatchObject({ ok: false, error: { field: 'kind', message: '演练形式无效：“演习”，应为桌面推演、实战演练之一' } });
    await ok(backend, 'plans.drills.add', { planId, date: '2026-09-28', kind: 'tabletop', participants: '镇村干部' });
    const d = await ok<PlanDetail>(backend, 'plans.drills.add', { planId, date: '2026-10-08', kind: 'field', participants: '镇村干部、群众', findings: '转移路线标识不清' });
    expect(d.plan.lastDrill).toEqual({ date: '2026-10-08', kind: 'field' });
    expect(d.plan.deadlines.find((x) => x.kind === 'drill')?.due).toBe('2027-10-08');
    expect(d.drills.map((x) => x.date)).toEqual(['2026-10-08', '2026-09-28']);
    const early = await backend.dispatch('plans.evaluations.add', { planId, date: '2026-09-01', conclusion: 'keep' });
    expect(early).toMatchObject({ ok: false, error: { field: 'date', message: '评估日期（2026-09-01）不能早于现行第1版的印发日期（2026-09-25）' } });
    const e = await ok<PlanDetail>(backend, 'plans.evaluations.add', { planId, date: '2026-10-09', who: '县应急管理局', conclusion: 'revise', notes: '需修订' });
    expect(e.plan.deadlines.find((x) => x.kind === 'evaluation')?.due).toBe('2029-10-09');
    expect(e.evaluations[0]).toMatchObject({ versionSeq: 1, conclusion: 'revise' });
    const drafting = await createPlan(backend, { name: '未印发的预案' });
    expect(await backend.dispatch('plans.evaluations.add', { planId: drafting.plan.id, date: '2026-10-09', conclusion: 'keep' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const removed = await ok<PlanDetail>(backend, 'plans.drills.remove', { drillId: d.drills[0]!.id });
    expect(removed.plan.lastDrill?.date).toBe('2026-09-28');
  });

  it('applies edited cycles per category to the deadlines', async () => {
    const { backend } = await plansBackend();
    const v1 = (await createPlan(backend)).versions[0]!.id;
    const planId = (await walk(backend, v1, TO_ISSUE)).plan.id;
    expect(await backend.dispatch('plans.cycles.update', { category: 'grassroots', filingWorkdays: 0, evaluationYears: 3, drillMonths: 12 })).toMatchObject({
      ok: false,
      error: { field: 'filingWorkdays', message: '备案时限应为1到120个工作日' },
    });
    const cycles = await ok<PlanCycle[]>(backend, 'plans.cycles.update', { category: 'grassroots', filingWorkdays: 10, evaluationYears: 2, drillMonths: 0 });
    expect(cycles.find((c) => c.category === 'grassroots')).toEqual({ category: 'grassroots', filingWorkdays: 10, evaluationYears: 2, drillMonths: 0 });
    const d = await ok<PlanDetail>(backend, 'plans.get', { planId });
    expect(d.plan.deadlines.map((x) => [x.kind, x.due])).toEqual([
      // 10 working days after 25 September: 国庆 skipped, Saturday 10 October counted.
      ['filing', '2026-10-15'],
      ['evaluation', '2028-09-25'],
    ]);
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'plan_cycle' });
    expect(audit.rows).toHaveLength(1);
  });

  it('updates the register fields with an audit diff in Chinese', async () => {
    const { backend } = await plansBackend();
    const d = await createPlan(backend);
    await ok(backend, 'plans.update', { planId: d.plan.id, ...NEW_PLAN, unit: '测试镇政府', level: 'village' });
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'plan' });
    const upd = audit.rows.find((r) => r.action === 'update')!;
    const changed = auditDiff(upd.before, upd.after).filter((r) => r.changed);
    expect(changed.map((r) => [r.label, r.before, r.after])).toEqual([
      ['层级', '乡镇', '村'],
      ['编制单位', '青山县测试镇人民政府', '测试镇政府'],
    ]);
    expect(await backend.dispatch('plans.update', { planId: 999, ...NEW_PLAN })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'planId' } });
  });

  it('boards: coverage per township and the overdue list', async () => {
    const { backend } = await plansBackend();
    const cov = await ok<CoverageBoard>(backend, 'plans.coverage');
    const towns = cov.rows.filter((r) => r.level === 'township').map((r) => [r.unit, r.status]);
    expect(towns).toEqual([
      ['青山县石门镇人民政府', 'overdue'],
      ['青山县桃源乡人民政府', 'drafting'],
      ['青山县河口镇人民政府', 'revising'],
      ['青山县城关镇人民政府', 'filed'],
    ]);
  });

  it('exports the 台账 as an xlsx workbook (filtered), returned as base64', async () => {
    const { backend } = await plansBackend();
    const f = await ok<ExportFile>(backend, 'plans.exportXlsx', { filter: { levels: ['township'] } });
    expect(f.fileName).toBe('青山县应急管理局应急预案台账_20261009.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('预案台账')!;
    expect(ws.getCell(1, 1).value).toBe('青山县应急管理局应急预案台账');
    expect(String(ws.getCell(2, 1).value)).toContain('2026年10月9日');
    expect(ws.getRow(3).values).toEqual(expect.arrayContaining(['序号', '预案名称', '文号', '印发日期', '备案情况', '状态']));
    const names = [4, 5, 6, 7].map((r) => ws.getCell(r, 2).value);
    expect(names).toEqual(['城关镇防汛应急预案', '河口镇防汛应急预案', '石门镇防汛应急预案', '桃源乡防汛应急预案']);
    expect(ws.getCell(9, 1).value).toBe('制表人：');
    expect(ws.pageSetup.paperSize).toBe(9);
  });
});
