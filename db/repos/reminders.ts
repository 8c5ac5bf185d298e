import type { Db } from '../open';
import type { ReminderKind, ReminderRole, ReminderRule } from '../../shared/reminders/types';
import { dailyReportBody, occurrenceKey, routeOf } from '../../shared/reminders/index';
import type { ReminderAlert, ReminderRuleView } from '../../shared/contract/reminders';

interface RuleRow {
  id: string;
  kind: ReminderKind;
  name: string;
  time: string;
  lead_workdays: number | null;
  lead_days: string | null;
  anchor: string | null;
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
    ...(r.lead_days !== null ? { leadDays: JSON.parse(r.lead_days) as number[] } : {}),
    ...(r.anchor !== null ? { anchor: r.anchor } : {}),
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
    `INSERT OR IGNORE INTO reminder_rules (id, kind, name, time, lead_workdays, lead_days, anchor, repeat_minutes, enabled, role, sort_order, updated_at)
     VALUES (@id, @kind, @name, @time, @lead, @leadDays, @anchor, @repeat, @enabled, @role, @sort, @now)`,
  );
  let added = 0;
  rules.forEach((r, i) => {
    added += stmt.run({
      id: r.id,
      kind: r.kind,
      name: r.name,
      time: r.time,
      lead: r.leadWorkdays ?? null,
      leadDays: r.leadDays ? JSON.stringify(r.leadDays) : null,
      anchor: r.anchor ?? null,
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
  leadDays?: number[] | null;
  anchor?: string | null;
  repeatMinutes: number | null;
  enabled: boolean;
}

export function updateRule(db: Db, id: string, c: RuleChange, now: number): void {
  db.prepare(
    'UPDATE reminder_rules SET time = ?, lead_workdays = ?, lead_days = ?, anchor = ?, repeat_minutes = ?, enabled = ?, updated_at = ? WHERE id = ?',
  ).run(c.time, c.leadWorkdays, c.leadDays ? JSON.stringify(c.leadDays) : null, c.anchor ?? null, c.repeatMinutes, c.enabled ? 1 : 0, now, id);
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
  const rows = db.prepare('SELECT rule_id, subject, due_at FROM reminder_occurrences WHERE due_at > ?').all(sinceExclusive) as KeyRow[];
  return new Set(rows.map(keyOf));
}

interface KeyRow {
  rule_id: string;
  /** '' when the occurrence has no subject. */
  subject: string;
  due_at: number;
}

/** The stored key is the unique index (due_at, rule_id, subject); this is its text form. */
const keyOf = (r: KeyRow) => occurrenceKey(r.rule_id, r.due_at, r.subject === '' ? undefined : r.subject);

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

/** The body the row itself gives back, or null when only the stored text will do. */
function derivedBody(kind: ReminderKind, role: ReminderRole | null, date: string, dueAt: number): string | null {
  return kind === 'daily_report' ? dailyReportBody(role ? { role } : {}, date, dueAt) : null;
}

/**
 * Store an occurrence unless its key (rule, subject, due time) is already there; returns the new row id,
 * or null when it was. Texts that can be derived at read time are not stored: the title when it is the
 * rule's name, the route when it is the kind's page, the body when the rule produces exactly that text.
 */
export function insertOccurrence(db: Db, o: OccurrenceRecord): number | null {
  if (o.key !== occurrenceKey(o.ruleId, o.dueAt, o.subject)) throw new Error(`提醒键 ${o.key} 与规则、对象和时间不符`);
  if (o.subject === '') throw new Error('提醒对象不能为空字符串');
  const info = db
    .prepare(
      `INSERT OR IGNORE INTO reminder_occurrences
         (rule_id, kind, role, subject, date, due_at, title, body, route, outcome, catch_up, tick_at)
       VALUES (@ruleId, @kind, @role, @subject, @date, @dueAt,
         CASE WHEN @title = (SELECT name FROM reminder_rules WHERE id = @ruleId) THEN NULL ELSE @title END,
         @body, @route, @outcome, @catchUp, @tickAt)`,
    )
    .run({
      ruleId: o.ruleId,
      kind: o.kind,
      role: o.role ?? null,
      subject: o.subject ?? '',
      date: o.date,
      dueAt: o.dueAt,
      title: o.title,
      body: o.body === derivedBody(o.kind, o.role ?? null, o.date, o.dueAt) ? null : o.body,
      route: o.route === routeOf(o.kind) ? null : o.route,
      outcome: o.outcome,
      catchUp: o.catchUp ? 1 : 0,
      tickAt: o.tickAt,
    });
  return info.changes === 1 ? Number(info.lastInsertRowid) : null;
}

interface AlertRow extends KeyRow {
  id: number;
  kind: ReminderKind;
  role: ReminderRole | null;
  date: string;
  /** NULL: the rule's name. */
  title: string | null;
  rule_name: string | null;
  /** NULL: derived from the row. */
  body: string | null;
  /** NULL: the kind's page. */
  route: string | null;
  catch_up: number;
  tick_at: number;
  ack_at: number | null;
  ack_by_name: string | null;
}

/** Every read of occurrences goes through this select: the rule's name fills in a title that was not stored. */
const SELECT_OCC = 'SELECT o.*, r.name AS rule_name FROM reminder_occurrences o LEFT JOIN reminder_rules r ON r.id = o.rule_id';

function texts(r: AlertRow): { title: string; body: string; route: string } {
  return {
    title: r.title ?? r.rule_name ?? r.rule_id,
    body: r.body ?? derivedBody(r.kind, r.role, r.date, r.due_at) ?? '',
    route: r.route ?? routeOf(r.kind),
  };
}

function toAlert(r: AlertRow): ReminderAlert {
  return {
    id: r.id,
    key: keyOf(r),
    ruleId: r.rule_id,
    kind: r.kind,
    role: r.role,
    subject: r.subject === '' ? null : r.subject,
    date: r.date,
    dueAt: r.due_at,
    ...texts(r),
    catchUp: r.catch_up === 1,
    deliveredAt: r.tick_at,
    ackAt: r.ack_at,
    ackByName: r.ack_by_name,
  };
}

export function getAlert(db: Db, id: number): ReminderAlert | null {
  const r = db.prepare(`${SELECT_OCC} WHERE o.id = ? AND o.outcome = 'delivered'`).get(id) as AlertRow | undefined;
  return r ? toAlert(r) : null;
}

export function unacknowledgedAlerts(db: Db): ReminderAlert[] {
  const rows = db
    .prepare(`${SELECT_OCC} WHERE o.outcome = 'delivered' AND o.ack_at IS NULL ORDER BY o.due_at DESC, o.id DESC`)
    .all() as AlertRow[];
  return rows.map(toAlert);
}

export function acknowledgedAlerts(db: Db, limit: number): ReminderAlert[] {
  const rows = db
    .prepare(`${SELECT_OCC} WHERE o.outcome = 'delivered' AND o.ack_at IS NOT NULL ORDER BY o.ack_at DESC, o.id DESC LIMIT ?`)
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
  const rows = db.prepare(`${SELECT_OCC} ORDER BY o.due_at, o.id`).all() as (AlertRow & { outcome: OccurrenceRecord['outcome'] })[];
  return rows.map((r) => ({
    id: r.id,
    key: keyOf(r),
    ruleId: r.rule_id,
    kind: r.kind,
    ...(r.role ? { role: r.role } : {}),
    ...(r.subject ? { subject: r.subject } : {}),
    date: r.date,
    dueAt: r.due_at,
    ...texts(r),
    outcome: r.outcome,
    catchUp: r.catch_up === 1,
    tickAt: r.tick_at,
  }));
}
