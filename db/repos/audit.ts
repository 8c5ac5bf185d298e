import type { Db } from '../open';
import type { AuditAction, AuditEntry } from '../../shared/audit/types';

export interface AuditRecord {
  at: number;
  operatorId: number | null;
  operatorName: string;
  entity: string;
  entityId: string | number | null;
  action: AuditAction;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export function insertAudit(db: Db, r: AuditRecord): void {
  db.prepare(
    `INSERT INTO audit_log (at, operator_id, operator_name, entity, entity_id, action, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.at,
    r.operatorId,
    r.operatorName,
    r.entity,
    r.entityId === null ? null : String(r.entityId),
    r.action,
    r.summary,
    r.before === undefined ? null : JSON.stringify(r.before),
    r.after === undefined ? null : JSON.stringify(r.after),
  );
}

export interface AuditFilter {
  entity?: string;
  operatorId?: number;
  text?: string;
  fromAt?: number;
  toAt?: number;
  limit: number;
  offset: number;
}

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

export function queryAudit(db: Db, f: AuditFilter): { total: number; rows: AuditEntry[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    args.push(value);
  };
  if (f.entity) add('entity = ?', f.entity);
  if (f.operatorId) add('operator_id = ?', f.operatorId);
  if (f.fromAt !== undefined) add('at >= ?', f.fromAt);
  if (f.toAt !== undefined) add('at <= ?', f.toAt);
  if (f.text) {
    where.push("(summary LIKE ? ESCAPE '\\' OR before_json LIKE ? ESCAPE '\\' OR after_json LIKE ? ESCAPE '\\')");
    const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    args.push(like, like, like);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${w}`).get(...args) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${w} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
    .all(...args, f.limit, f.offset) as AuditRow[];
  return {
    total,
    rows: rows.map((r) => ({
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
    })),
  };
}
