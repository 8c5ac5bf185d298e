import type { Db } from '../open';
import type { AuditAction, AuditEntry } from '../../shared/audit/types';
import type { CivilDate } from '../../shared/time/civil';

/** Audit entities of roster edits whose entity_id names days: a date, `d1,d2` (a swap) or `from~to` (a generation). */
export const ROSTER_DAY_ENTITIES = ['roster_day', 'roster_generate'] as const;

interface Row {
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

/** Every roster change touching a day, latest first: its own edits, swaps with it, generations covering it. */
export function dayHistory(db: Db, date: CivilDate, limit = 200): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM audit_log
       WHERE (entity = 'roster_day' AND (entity_id = @date OR (',' || entity_id || ',') LIKE @like))
          OR (entity = 'roster_generate' AND substr(entity_id, 1, 10) <= @date AND substr(entity_id, 12, 10) >= @date)
       ORDER BY at DESC, id DESC LIMIT @limit`,
    )
    .all({ date, like: `%,${date},%`, limit }) as Row[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    operatorId: r.operator_id,
    operatorName: r.operator_name,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    summary: r.summary,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}
