import type { Db } from '../open';
import type { DrillKind, EvaluationConclusion } from '../../shared/plans/types';
import type { Drill, Evaluation } from '../../shared/contract/plans';

interface DrillRow {
  id: number;
  plan_id: number;
  date: string;
  kind: string;
  participants: string;
  findings: string;
  created_at: number;
}

interface EvaluationRow {
  id: number;
  plan_id: number;
  version_seq: number | null;
  date: string;
  who: string;
  conclusion: string;
  notes: string;
  created_at: number;
}

export type DrillData = Pick<Drill, 'date' | 'kind' | 'participants' | 'findings'>;
export type EvaluationData = Pick<Evaluation, 'date' | 'who' | 'conclusion' | 'notes'> & { versionId: number | null };

const toDrill = (r: DrillRow): Drill => ({
  id: r.id,
  planId: r.plan_id,
  date: r.date,
  kind: r.kind as DrillKind,
  participants: r.participants,
  findings: r.findings,
  createdAt: r.created_at,
});

const toEvaluation = (r: EvaluationRow): Evaluation => ({
  id: r.id,
  planId: r.plan_id,
  versionSeq: r.version_seq,
  date: r.date,
  who: r.who,
  conclusion: r.conclusion as EvaluationConclusion,
  notes: r.notes,
  createdAt: r.created_at,
});

/** Drills, newest first; of one plan or of all. */
export function listDrills(db: Db, planId?: number): Drill[] {
  const sql = `SELECT * FROM plan_drills ${planId === undefined ? '' : 'WHERE plan_id = ?'} ORDER BY date DESC, id DESC`;
  const rows = (planId === undefined ? db.prepare(sql).all() : db.prepare(sql).all(planId)) as DrillRow[];
  return rows.map(toDrill);
}

export function getDrill(db: Db, id: number): Drill | null {
  const r = db.prepare('SELECT * FROM plan_drills WHERE id = ?').get(id) as DrillRow | undefined;
  return r ? toDrill(r) : null;
}

export function insertDrill(db: Db, planId: number, d: DrillData, now: number): Drill {
  const info = db
    .prepare('INSERT INTO plan_drills (plan_id, date, kind, participants, findings, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(planId, d.date, d.kind, d.participants, d.findings, now);
  return getDrill(db, Number(info.lastInsertRowid))!;
}

export function deleteDrill(db: Db, id: number): void {
  db.prepare('DELETE FROM plan_drills WHERE id = ?').run(id);
}

const EVALUATION_SELECT = `SELECT e.*, v.seq AS version_seq FROM plan_evaluations e LEFT JOIN plan_versions v ON v.id = e.version_id`;

/** Evaluations, newest first; of one plan or of all. */
export function listEvaluations(db: Db, planId?: number): Evaluation[] {
  const sql = `${EVALUATION_SELECT} ${planId === undefined ? '' : 'WHERE e.plan_id = ?'} ORDER BY e.date DESC, e.id DESC`;
  const rows = (planId === undefined ? db.prepare(sql).all() : db.prepare(sql).all(planId)) as EvaluationRow[];
  return rows.map(toEvaluation);
}

export function getEvaluation(db: Db, id: number): Evaluation | null {
  const r = db.prepare(`${EVALUATION_SELECT} WHERE e.id = ?`).get(id) as EvaluationRow | undefined;
  return r ? toEvaluation(r) : null;
}

export function insertEvaluation(db: Db, planId: number, e: EvaluationData, now: number): Evaluation {
  const info = db
    .prepare('INSERT INTO plan_evaluations (plan_id, version_id, date, who, conclusion, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(planId, e.versionId, e.date, e.who, e.conclusion, e.notes, now);
  return getEvaluation(db, Number(info.lastInsertRowid))!;
}

export function deleteEvaluation(db: Db, id: number): void {
  db.prepare('DELETE FROM plan_evaluations WHERE id = ?').run(id);
}
