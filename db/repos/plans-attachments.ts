import type { Db } from '../open';

/** An attachment as stored; its file's state on disk is checked by the back end. */
export interface AttachmentRecord {
  id: number;
  planId: number;
  versionId: number | null;
  versionSeq: number | null;
  name: string;
  originalName: string;
  size: number;
  sha256: string;
  addedAt: number;
  addedBy: string;
}

export type AttachmentData = Omit<AttachmentRecord, 'id' | 'versionSeq'>;

interface Row {
  id: number;
  plan_id: number;
  version_id: number | null;
  version_seq: number | null;
  name: string;
  original_name: string;
  size: number;
  sha256: string;
  added_at: number;
  added_by: string;
}

const toRecord = (r: Row): AttachmentRecord => ({
  id: r.id,
  planId: r.plan_id,
  versionId: r.version_id,
  versionSeq: r.version_seq,
  name: r.name,
  originalName: r.original_name,
  size: r.size,
  sha256: r.sha256,
  addedAt: r.added_at,
  addedBy: r.added_by,
});

const SELECT = 'SELECT a.*, v.seq AS version_seq FROM plan_attachments a LEFT JOIN plan_versions v ON v.id = a.version_id';

/** Attachments, newest first; of one plan or of all. */
export function listAttachments(db: Db, planId?: number): AttachmentRecord[] {
  const sql = `${SELECT} ${planId === undefined ? '' : 'WHERE a.plan_id = ?'} ORDER BY a.added_at DESC, a.id DESC`;
  const rows = (planId === undefined ? db.prepare(sql).all() : db.prepare(sql).all(planId)) as Row[];
  return rows.map(toRecord);
}

export function getAttachment(db: Db, id: number): AttachmentRecord | null {
  const r = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  return r ? toRecord(r) : null;
}

/** Every attachment holding this content (any plan). */
export function attachmentsWithHash(db: Db, sha256: string): AttachmentRecord[] {
  return (db.prepare(`${SELECT} WHERE a.sha256 = ? ORDER BY a.id`).all(sha256) as Row[]).map(toRecord);
}

export function insertAttachment(db: Db, a: AttachmentData): AttachmentRecord {
  const info = db
    .prepare(
      `INSERT INTO plan_attachments (plan_id, version_id, name, original_name, size, sha256, added_at, added_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(a.planId, a.versionId, a.name, a.originalName, a.size, a.sha256, a.addedAt, a.addedBy);
  return getAttachment(db, Number(info.lastInsertRowid))!;
}

export function deleteAttachment(db: Db, id: number): void {
  db.prepare('DELETE FROM plan_attachments WHERE id = ?').run(id);
}

export function countAttachmentsByPlan(db: Db): Map<number, number> {
  const rows = db.prepare('SELECT plan_id, count(*) AS n FROM plan_attachments GROUP BY plan_id').all() as { plan_id: number; n: number }[];
  return new Map(rows.map((r) => [r.plan_id, r.n]));
}
