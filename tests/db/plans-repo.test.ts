import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { getPlan, insertPlan, insertVersion, listVersions, setCurrentVersion, setVersionDocNo } from '../../db/repos/plans';
import { deleteStage, insertStage, listStages, stagesByVersion } from '../../db/repos/plans-stages';
import { insertDrill, insertEvaluation, listDrills, listEvaluations } from '../../db/repos/plans-records';
import { attachmentsWithHash, insertAttachment, listAttachments } from '../../db/repos/plans-attachments';
import { listCycles, readCycles, writeCycle } from '../../db/repos/plans-cycles';
import { DEFAULT_CYCLES, type StageRecord } from '../../shared/plans';
import { MIGRATIONS_DIR, tempDir } from './helpers';

function fresh(): Db {
  const r = openDatabase({ file: path.join(tempDir('plans-repo'), 'x.sqlite'), migrationsDir: MIGRATIONS_DIR });
  if (r.state !== 'ok') throw new Error(r.state);
  return r.db;
}

const NOW = 1_790_000_000_000;
const rec = (stage: StageRecord['stage'], date: string, outcome: StageRecord['outcome'] = 'done', skipReason = ''): StageRecord => ({ stage, outcome, date, who: '', notes: '', skipReason });
const PLAN = { name: '青山县防汛应急预案（2023年）', category: 'special' as const, level: 'city' as const, unit: '青山县防汛抗旱指挥部', approver: '青山县人民政府', note: '' };

describe('plan repositories (0050-plans.sql)', () => {
  it('keeps versions numbered per plan and stages in lifecycle order', () => {
    const db = fresh();
    const p = insertPlan(db, PLAN, NOW);
    const v1 = insertVersion(db, p.id, { label: '2023年版', reason: '' }, NOW);
    const v2 = insertVersion(db, p.id, { label: '2026年修订版', reason: '机构调整' }, NOW);
    const other = insertVersion(db, insertPlan(db, { ...PLAN, name: '另一个' }, NOW).id, { label: '', reason: '' }, NOW);
    expect([v1.seq, v2.seq, other.seq]).toEqual([1, 2, 1]);
    insertStage(db, v1.id, rec('consult', '2023-02-01'), NOW);
    insertStage(db, v1.id, rec('draft', '2023-01-01'), NOW);
    expect(listStages(db, v1.id).map((s) => s.stage)).toEqual(['draft', 'consult']);
    expect(stagesByVersion(db).get(v1.id)).toHaveLength(2);
    setCurrentVersion(db, p.id, v1.id, NOW + 1);
    expect(getPlan(db, p.id)).toMatchObject({ currentVersionId: v1.id, updatedAt: NOW + 1 });
    expect(listVersions(db, p.id).map((v) => v.label)).toEqual(['2023年版', '2026年修订版']);
  });

  it('refuses to change an issued version, to delete any version, or to edit a stage record', () => {
    const db = fresh();
    const p = insertPlan(db, PLAN, NOW);
    const v = insertVersion(db, p.id, { label: '', reason: '' }, NOW);
    setVersionDocNo(db, v.id, '青政办〔2023〕12号'); // allowed before 印发
    insertStage(db, v.id, rec('draft', '2023-01-01'), NOW);
    insertStage(db, v.id, rec('issue', '2023-04-20'), NOW);
    expect(() => setVersionDocNo(db, v.id, '改号')).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM plan_versions WHERE id = ?').run(v.id)).toThrow(/kept/);
    expect(() => db.prepare("UPDATE plan_stages SET date = '2023-05-01' WHERE version_id = ?").run(v.id)).toThrow(/not edited/);
    expect(listVersions(db, p.id)[0]!.docNo).toBe('青政办〔2023〕12号');
    // Withdrawing the last stage is allowed (the back end audits it).
    deleteStage(db, v.id, 'issue');
    expect(listStages(db, v.id).map((s) => s.stage)).toEqual(['draft']);
  });

  it('checks categories, levels, outcomes and that a skip has a reason and is not 印发', () => {
    const db = fresh();
    expect(() => insertPlan(db, { ...PLAN, category: 'x' as never }, NOW)).toThrow(/CHECK/);
    expect(() => insertPlan(db, { ...PLAN, level: 'county' as never }, NOW)).toThrow(/CHECK/);
    const v = insertVersion(db, insertPlan(db, PLAN, NOW).id, { label: '', reason: '' }, NOW);
    expect(() => insertStage(db, v.id, rec('review', '2023-01-01', 'skipped', ''), NOW)).toThrow(/CHECK/);
    expect(() => insertStage(db, v.id, rec('issue', '2023-01-01', 'skipped', '理由'), NOW)).toThrow(/CHECK/);
    insertStage(db, v.id, rec('draft', '2023-01-01'), NOW);
    expect(() => insertStage(db, v.id, rec('draft', '2023-01-02'), NOW)).toThrow(/UNIQUE/);
  });

  it('stores drills, evaluations (newest first) and attachments with duplicate detection by hash', () => {
    const db = fresh();
    const p = insertPlan(db, PLAN, NOW);
    const v = insertVersion(db, p.id, { label: '', reason: '' }, NOW);
    insertDrill(db, p.id, { date: '2025-06-01', kind: 'field', participants: '县防指', findings: '' }, NOW);
    insertDrill(db, p.id, { date: '2026-06-01', kind: 'tabletop', participants: '', findings: '无' }, NOW);
    expect(listDrills(db, p.id).map((d) => d.date)).toEqual(['2026-06-01', '2025-06-01']);
    insertEvaluation(db, p.id, { versionId: v.id, date: '2026-03-01', who: '县应急管理局', conclusion: 'keep', notes: '' }, NOW);
    expect(listEvaluations(db)[0]).toMatchObject({ versionSeq: 1, conclusion: 'keep' });
    const sha = 'a'.repeat(64);
    const a = { planId: p.id, versionId: v.id, name: 'x.pdf', originalName: '../x.pdf', size: 3, sha256: sha, addedAt: NOW, addedBy: '赵敏' };
    insertAttachment(db, a);
    expect(() => insertAttachment(db, { ...a, name: 'y.pdf' })).toThrow(/UNIQUE/);
    expect(listAttachments(db, p.id)[0]).toMatchObject({ versionSeq: 1, name: 'x.pdf', originalName: '../x.pdf' });
    expect(attachmentsWithHash(db, sha)).toHaveLength(1);
    expect(() => insertAttachment(db, { ...a, sha256: 'short' })).toThrow(/CHECK/);
  });

  it('reads cycles as defaults overlaid with edits', () => {
    const db = fresh();
    expect(listCycles(db)).toEqual(Object.values(DEFAULT_CYCLES));
    writeCycle(db, { category: 'grassroots', filingWorkdays: 15, evaluationYears: 2, drillMonths: 6 }, NOW);
    writeCycle(db, { category: 'grassroots', filingWorkdays: 20, evaluationYears: 2, drillMonths: 6 }, NOW);
    expect(readCycles(db).grassroots).toEqual({ category: 'grassroots', filingWorkdays: 20, evaluationYears: 2, drillMonths: 6 });
    expect(readCycles(db).special).toEqual(DEFAULT_CYCLES.special);
  });
});
