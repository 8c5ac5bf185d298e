import type { Db } from '../open';
import type { PlanCategory, PlanLevel } from '../../shared/plans/types';

/** A plan's own fields as stored (the register columns that do not belong to a version). */
export interface PlanRecord {
  id: number;
  name: string;
  category: PlanCategory;
  level: PlanLevel;
  unit: string;
  approver: string;
  note: string;
  currentVersionId: number | null;
  createdAt: number;
  updatedAt: number;
}

export type PlanData = Pick<PlanRecord, 'name' | 'category' | 'level' | 'unit' | 'approver' | 'note'>;

export interface VersionRecord {
  id: number;
  planId: number;
  seq: number;
  label: string;
  docNo: string;
  reason: string;
  createdAt: number;
}

interface PlanRow {
  id: number;
  name: string;
  category: string;
  level: string;
  unit: string;
  approver: string;
  note: string;
  current_version_id: number | null;
  created_at: number;
  updated_at: number;
}

interface VersionRow {
  id: number;
  plan_id: number;
  seq: number;
  label: string;
  doc_no: string;
  reason: string;
  created_at: number;
}

const toPlan = (r: PlanRow): PlanRecord => ({
  id: r.id,
  name: r.name,
  category: r.category as PlanCategory,
  level: r.level as PlanLevel,
  unit: r.unit,
  approver: r.approver,
  note: r.note,
  currentVersionId: r.current_version_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toVersion = (r: VersionRow): VersionRecord => ({
  id: r.id,
  planId: r.plan_id,
  seq: r.seq,
  label: r.label,
  docNo: r.doc_no,
  reason: r.reason,
  createdAt: r.created_at,
});

export function listPlans(db: Db): PlanRecord[] {
  return (db.prepare('SELECT * FROM plans ORDER BY id').all() as PlanRow[]).map(toPlan);
}

export function getPlan(db: Db, id: number): PlanRecord | null {
  const r = db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
  return r ? toPlan(r) : null;
}

export function insertPlan(db: Db, p: PlanData, now: number): PlanRecord {
  const info = db
    .prepare(
      `INSERT INTO plans (name, category, level, unit, approver, note, created_at, updated_at)
       VALUES (@name, @category, @level, @unit, @approver, @note, @now, @now)`,
    )
    .run({ ...p, now });
  return getPlan(db, Number(info.lastInsertRowid))!;
}

export function updatePlan(db: Db, id: number, p: PlanData, now: number): PlanRecord {
  db.prepare(
    `UPDATE plans SET name=@name, category=@category, level=@level, unit=@unit, approver=@approver, note=@note, updated_at=@now
     WHERE id=@id`,
  ).run({ ...p, id, now });
  return getPlan(db, id)!;
}

/** Point the plan at its version in force (or at none) and mark it changed. */
export function setCurrentVersion(db: Db, planId: number, versionId: number | null, now: number): void {
  db.prepare('UPDATE plans SET current_version_id = ?, updated_at = ? WHERE id = ?').run(versionId, now, planId);
}

export function touchPlan(db: Db, planId: number, now: number): void {
  db.prepare('UPDATE plans SET updated_at = ? WHERE id = ?').run(now, planId);
}

export function listVersions(db: Db, planId?: number): VersionRecord[] {
  const rows =
    planId === undefined
      ? (db.prepare('SELECT * FROM plan_versions ORDER BY plan_id, seq').all() as VersionRow[])
      : (db.prepare('SELECT * FROM plan_versions WHERE plan_id = ? ORDER BY seq').all(planId) as VersionRow[]);
  return rows.map(toVersion);
}

export function getVersion(db: Db, id: number): VersionRecord | null {
  const r = db.prepare('SELECT * FROM plan_versions WHERE id = ?').get(id) as VersionRow | undefined;
  return r ? toVersion(r) : null;
}

/** Start the next version of a plan (seq = latest + 1). */
export function insertVersion(db: Db, planId: number, v: { label: string; reason: string }, now: number): VersionRecord {
  const info = db
    .prepare(
      `INSERT INTO plan_versions (plan_id, seq, label, reason, created_at)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM plan_versions WHERE plan_id = ?), ?, ?, ?)`,
    )
    .run(planId, planId, v.label, v.reason, now);
  return getVersion(db, Number(info.lastInsertRowid))!;
}

/** Set the 文号 of a version not yet issued (the database refuses it once issued). */
export function setVersionDocNo(db: Db, id: number, docNo: string): void {
  db.prepare('UPDATE plan_versions SET doc_no = ? WHERE id = ?').run(docNo, id);
}
