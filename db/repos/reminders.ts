import type { Db } from '../open';
import type { ReminderKind, ReminderRole, ReminderRule } from '../../shared/reminders/types';
import type { ReminderAlert, ReminderRuleView } from '../../shared/contract/reminders';

interface RuleRow {
  id: string;
  kind: ReminderKind;
  name: string;
  time: string;
  lead_workdays: number | null;
  repeat_minutes: number | null;
  enabled: number;
  role: ReminderRole | null;
  updated_at: number;
}

function toRule(r: RuleRow, builtIn: ReadonlySet<string>): ReminderRuleView {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    time: r.time,
    ...(r.lead_workdays !== null ? { leadWorkdays: r.lead_workdays } : {}),
    ...(r.repeat_minutes !== null ? { repeatMinutes: r.repeat_minutes } : {}),
    enabled: r.enabled === 1,
    ...(r.role !== null ? { role: r.role } : {}),
    builtIn: builtIn.has(r.id),
    updatedAt: r.updated_at,
  };
}

/** Add the rules that are not stored yet (defaults, or rules other areas register); never overwrite an edited one. */
export function ensureRules(db: Db, rules: readonly ReminderRule[], now: number): number {
  const stmt = db.prepare(
    `INSERT OR IGNORE INTO reminder_rules (id, kind, name, time, lead_workdays, repeat_minutes, enabled, role, sort_order, updated_at)
     VALUES (@id, @kind, @name, @time, @lead, @repeat, @enabled, @role, @sort, @now)`,
  );
  let added = 0;
  rules.forEach((r, i) => {
    added += stmt.run({
      id: r.id,
      kind: r.kind,
      name: r.name,
      time: r.time,
      lead: r.leadWorkdays ?? null,
      repeat: r.repeatMinutes ?? null,
      enabled: r.enabled ? 1 : 0,
      role: r.role ?? null,
      sort: (i + 1) * 10,
      now,
    }).changes;
  });
  return added;
}

export function listRules(db: Db, builtIn: ReadonlySet<string> = new Set()): ReminderRuleView[] {
  return (db.prepare('SELECT * FROM reminder_rules ORDER BY sort_order, id').all() as RuleRow[]).map((r) => toRule(r, builtIn));
}

export function getRule(db: Db, id: string, builtIn: ReadonlySet<string> = new Set()): ReminderRuleView | null {
  const r = db.prepare('SELECT * FROM reminder_rules WHERE id = ?').get(id) as RuleRow | undefined;
  return r ? toRule(r, builtIn) : null;
}

export interface RuleChange {
  time: string;
  leadWorkdays: number | null;
  repeatMinutes: number | null;
  enabled: boolean;
}

export function updateRule(db: Db, id: string, c: RuleChange, now: number): void {
  db.prepare('UPDATE reminder_rules SET time = ?, lead_workdays = ?, repeat_minutes = ?, enabled = ?, updated_at = ? WHERE id = ?').run(
    c.time,
    c.leadWorkdays,
    c.repeatMinutes,
    c.enabled ? 1 : 0,
    now,
    id,
  );
}

export interface ReminderState {
  lastTick: number | null;
  startedOn: string | null;
}

export function readReminderState(db: Db): ReminderState {
  const r = db.prepare('SELECT last_tick, started_on FROM reminder_state WHERE id = 1').get() as
    | { last_tick: number | null; started_on: string | null }
    | undefined;
  return { lastTick: r?.last_tick ?? null, startedOn: r?.started_on ?? null };
}

export function writeReminderState(db: Db, s: ReminderState): void {
  db.prepare(
    `INSERT INTO reminder_state (id, last_tick, started_on) VALUES (1, @lastTick, @startedOn)
     ON CONFLICT(id) DO UPDATE SET last_tick = excluded.last_tick, started_on = excluded.started_on`,
  ).run(s);
}

/** Keys of occurrences stored with a due time after `sinceExclusive`. */
export function occurrenceKeysSince(db: Db, sinceExclusive: number): Set<string> {
  const rows = db.prepare('SELECT key FROM reminder_occurrences WHERE due_at > ?').all(sinceExclusive) as { key: string }[];
  return new Set(rows.map((r) => r.key));
}

export interface OccurrenceRecord {
  key: string;
  ruleId: string;
  kind: ReminderKind;
  role?: ReminderRole;
  subject?: string;
  date: string;
  dueAt: number;
  title: string;
  body: string;
  route: string;
  outcome: 'delivered' | 'satisfied' | 'superseded';
  catchUp: boolean;
  tickAt: number;
}

/** Store an occurrence unless its key is already there; returns the new row id, or null when it was. */
export function insertOccurrence(db: Db, o: OccurrenceRecord): number | null {
  const info = db
    .prepare(
      `INSERT OR IGNORE INTO reminder_occurrences
         (key, rule_id, kind, role, subject, date, due_at, title, body, route, outcome, catch_up, tick_at)
       VALUES (@key, @ruleId, @kind, @role, @subject, @date, @dueAt, @title, @body, @route, @outcome, @catchUp, @tickAt)`,
    )
    .run({ ...o, role: o.role ?? null, subject: o.subject ?? null, catchUp: o.catchUp ? 1 : 0 });
  return info.changes === 1 ? Number(info.lastInsertRowid) : null;
}

interface AlertRow {
  id: number;
  key: string;
  rule_id: string;
  kind: ReminderKind;
  role: ReminderRole | null;
  subject: string | null;
  date: string;
  due_at: number;
  title: string;
  body: string;
  route: string;
  catch_up: number;
  tick_at: number;
  ack_at: number | null;
  ack_by_name: string | null;
}

function toAlert(r: AlertRow): ReminderAlert {
  return {
    id: r.id,
    key: r.key,
    ruleId: r.rule_id,
    kind: r.kind,
    role: r.role,
    subject: r.subject,
    date: r.date,
    dueAt: r.due_at,
    title: r.title,
    body: r.body,
    route: r.route,
    catchUp: r.catch_up === 1,
    deliveredAt: r.tick_at,
    ackAt: r.ack_at,
    ackByName: r.ack_by_name,
  };
}

export function getAlert(db: Db, id: number): ReminderAlert | null {
  const r = db.prepare("SELECT * FROM reminder_occurrences WHERE id = ? AND outcome = 'delivered'").get(id) as AlertRow | undefined;
  return r ? toAlert(r) : null;
}

export function unacknowledgedAlerts(db: Db): ReminderAlert[] {
  const rows = db
    .prepare("SELECT * FROM reminder_occurrences WHERE outcome = 'delivered' AND ack_at IS NULL ORDER BY due_at DESC, id DESC")
    .all() as AlertRow[];
  return rows.map(toAlert);
}

export function acknowledgedAlerts(db: Db, limit: number): ReminderAlert[] {
  const rows = db
    .prepare("SELECT * FROM reminder_occurrences WHERE outcome = 'delivered' AND ack_at IS NOT NULL ORDER BY ack_at DESC, id DESC LIMIT ?")
    .all(limit) as AlertRow[];
  return rows.map(toAlert);
}

export function countUnacknowledged(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM reminder_occurrences WHERE outcome = 'delivered' AND ack_at IS NULL").get() as { n: number }).n;
}

export function acknowledgeAlert(db: Db, id: number, at: number, by: { id: number | null; name: string }): boolean {
  return (
    db
      .prepare("UPDATE reminder_occurrences SET ack_at = ?, ack_by_id = ?, ack_by_name = ? WHERE id = ? AND outcome = 'delivered' AND ack_at IS NULL")
      .run(at, by.id, by.name, id).changes === 1
  );
}

/** Every stored occurrence, for tests and diagnostics. */
export function allOccurrences(db: Db): (OccurrenceRecord & { id: number })[] {
  const rows = db.prepare('SELECT * FROM reminder_occurrences ORDER BY due_at, id').all() as (AlertRow & { outcome: OccurrenceRecord['outcome'] })[];
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    ruleId: r.rule_id,
    kind: r.kind,
    ...(r.role ? { role: r.role } : {}),
    ...(r.subject ? { subject: r.subject } : {}),
    date: r.date,
    dueAt: r.due_at,
    title: r.title,
    body: r.body,
    route: r.route,
    outcome: r.outcome,
    catchUp: r.catch_up === 1,
    tickAt: r.tick_at,
  }));
}
