import type { Db } from '../open';
import type { AuditAction, AuditEntry } from '../../shared/audit/types';

/** The entity name of a person in the audit log. */
export const PERSON_ENTITY = 'list_person';

interface AuditRow {
  id: number;
  at: number;
  operator_id: number | null;
  operator_name: string;
  entity: string;
  entity_id: string | null;
  action: AuditAction;
  summary: string;
  before_json: string | null;
  after_json: string | null;
}

/** A person's change history: audit entries of every entry of the lineage (all years), newest first. */
export function personHistory(db: Db, lineage: number, limit = 200): AuditEntry[] {
  const entries = db.prepare('SELECT id, year, created_at FROM list_persons WHERE lineage = ? ORDER BY id').all(lineage) as { id: number; year: number; created_at: number }[];
  if (entries.length === 0) return [];
  const ids = entries.map((r) => String(r.id));
  const first = entries[0]!;
  // The import that added the person in bulk (no row of their own): same year, same instant.
  const rows = db
    .prepare(
      `SELECT * FROM audit_log WHERE (entity = ? AND entity_id IN (SELECT value FROM json_each(?)))
         OR (entity = 'list_import' AND entity_id = ? AND at = ? AND NOT EXISTS (SELECT 1 FROM audit_log WHERE entity = ? AND entity_id = ? AND action IN ('create', 'activate')))
       ORDER BY at DESC, id DESC LIMIT ?`,
    )
    .all(PERSON_ENTITY, JSON.stringify(ids), String(first.year), first.created_at, PERSON_ENTITY, String(first.id), limit) as AuditRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    operatorId: r.operator_id,
    operatorName: r.operator_name,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    summary: r.summary,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}

/**
 * Many audit rows with one prepared statement (an import touching thousands of persons); the same
 * columns ctx.audit writes.
 */
export function auditWriter(db: Db, at: number, operatorId: number | null, operatorName: string) {
  const stmt = db.prepare(
    'INSERT INTO audit_log (at, operator_id, operator_name, entity, entity_id, action, summary, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return (entity: string, entityId: number | string, action: AuditAction, summary: string, before?: unknown, after?: unknown): void => {
    stmt.run(at, operatorId, operatorName, entity, String(entityId), action, summary, before === undefined ? null : JSON.stringify(before), after === undefined ? null : JSON.stringify(after));
  };
}
