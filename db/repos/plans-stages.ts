import type { Db } from '../open';
import { STAGES, type Stage, type StageOutcome, type StageRecord } from '../../shared/plans/types';

interface StageRow {
  version_id: number;
  stage: string;
  outcome: string;
  date: string;
  who: string;
  notes: string;
  skip_reason: string;
}

const toRecord = (r: StageRow): StageRecord => ({
  stage: r.stage as Stage,
  outcome: r.outcome as StageOutcome,
  date: r.date,
  who: r.who,
  notes: r.notes,
  skipReason: r.skip_reason,
});

const order = (a: StageRecord, b: StageRecord) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage);

/** The recorded stages of one version, in lifecycle order. */
export function listStages(db: Db, versionId: number): StageRecord[] {
  return (db.prepare('SELECT * FROM plan_stages WHERE version_id = ?').all(versionId) as StageRow[]).map(toRecord).sort(order);
}

/** Every version's stages, by version id (for the whole register in one query). */
export function stagesByVersion(db: Db): Map<number, StageRecord[]> {
  const out = new Map<number, StageRecord[]>();
  for (const r of db.prepare('SELECT * FROM plan_stages').all() as StageRow[]) {
    const list = out.get(r.version_id) ?? [];
    list.push(toRecord(r));
    out.set(r.version_id, list);
  }
  for (const list of out.values()) list.sort(order);
  return out;
}

export function insertStage(db: Db, versionId: number, s: StageRecord, now: number): void {
  db.prepare(
    `INSERT INTO plan_stages (version_id, stage, outcome, date, who, notes, skip_reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(versionId, s.stage, s.outcome, s.date, s.who, s.notes, s.skipReason, now);
}

export function deleteStage(db: Db, versionId: number, stage: Stage): void {
  db.prepare('DELETE FROM plan_stages WHERE version_id = ? AND stage = ?').run(versionId, stage);
}
