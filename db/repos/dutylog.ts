import type { Db } from '../open';
import type { Handover, LogCategory, LogEntry } from '../../shared/contract/dutylog';

interface LogRow {
  id: number;
  duty_date: string;
  at: number;
  category: LogCategory;
  content: string;
  handled_by: string;
  follow_up: string;
  open: number;
  closed_at: number | null;
  closed_by: string | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}

function toEntry(r: LogRow): LogEntry {
  return {
    id: r.id,
    dutyDate: r.duty_date,
    at: r.at,
    category: r.category,
    content: r.content,
    handledBy: r.handled_by,
    followUp: r.follow_up,
    open: r.open === 1,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface LogEntryData {
  dutyDate: string;
  at: number;
  category: LogCategory;
  content: string;
  handledBy: string;
  followUp: string;
  open: boolean;
}

export function getLogEntry(db: Db, id: number): LogEntry | null {
  const r = db.prepare('SELECT * FROM duty_log WHERE id = ?').get(id) as LogRow | undefined;
  return r ? toEntry(r) : null;
}

export function insertLogEntry(db: Db, d: LogEntryData, by: string, now: number): LogEntry {
  const info = db
    .prepare(
      `INSERT INTO duty_log (duty_date, at, category, content, handled_by, follow_up, open, created_by, created_at, updated_at)
       VALUES (@dutyDate, @at, @category, @content, @handledBy, @followUp, @open, @by, @now, @now)`,
    )
    .run({ ...d, open: d.open ? 1 : 0, by, now });
  return getLogEntry(db, Number(info.lastInsertRowid))!;
}

export function updateLogEntry(db: Db, id: number, d: LogEntryData, by: string, now: number): LogEntry {
  const before = getLogEntry(db, id);
  const closing = before?.open && !d.open;
  const reopening = !before?.open && d.open;
  db.prepare(
    `UPDATE duty_log SET duty_date=@dutyDate, at=@at, category=@category, content=@content, handled_by=@handledBy,
       follow_up=@followUp, open=@open, updated_at=@now,
       closed_at = CASE WHEN @closing THEN @now WHEN @reopening THEN NULL ELSE closed_at END,
       closed_by = CASE WHEN @closing THEN @by WHEN @reopening THEN NULL ELSE closed_by END
     WHERE id=@id`,
  ).run({ ...d, open: d.open ? 1 : 0, id, now, by, closing: closing ? 1 : 0, reopening: reopening ? 1 : 0 });
  return getLogEntry(db, id)!;
}

/** Entries filed under a duty day, by time. */
export function logOfDutyDay(db: Db, dutyDate: string): LogEntry[] {
  return (db.prepare('SELECT * FROM duty_log WHERE duty_date = ? ORDER BY at, id').all(dutyDate) as LogRow[]).map(toEntry);
}

/** Open entries of duty days before `dutyDate`: what is carried into it. */
export function openEntriesBefore(db: Db, dutyDate: string): LogEntry[] {
  return (db.prepare('SELECT * FROM duty_log WHERE open = 1 AND duty_date < ? ORDER BY at, id').all(dutyDate) as LogRow[]).map(toEntry);
}

/** Entries whose time falls in [from, to). */
export function logBetween(db: Db, from: number, to: number): LogEntry[] {
  return (db.prepare('SELECT * FROM duty_log WHERE at >= ? AND at < ? ORDER BY at, id').all(from, to) as LogRow[]).map(toEntry);
}

interface HandoverRow {
  id: number;
  duty_date: string;
  to_date: string;
  at: number;
  from_officer: string;
  to_officer: string;
  summary: string;
  open_items: string;
  note: string;
  recorded_by: string;
}

function toHandover(r: HandoverRow): Handover {
  return {
    id: r.id,
    dutyDate: r.duty_date,
    toDate: r.to_date,
    at: r.at,
    fromOfficer: r.from_officer,
    toOfficer: r.to_officer,
    summary: r.summary,
    openItems: JSON.parse(r.open_items) as number[],
    note: r.note,
    recordedBy: r.recorded_by,
  };
}

export function getHandover(db: Db, dutyDate: string): Handover | null {
  const r = db.prepare('SELECT * FROM handovers WHERE duty_date = ?').get(dutyDate) as HandoverRow | undefined;
  return r ? toHandover(r) : null;
}

export type HandoverData = Omit<Handover, 'id'>;

/** Record (or re-record) the handover of a duty day. */
export function saveHandover(db: Db, h: HandoverData): Handover {
  db.prepare(
    `INSERT INTO handovers (duty_date, to_date, at, from_officer, to_officer, summary, open_items, note, recorded_by)
     VALUES (@dutyDate, @toDate, @at, @fromOfficer, @toOfficer, @summary, @openItems, @note, @recordedBy)
     ON CONFLICT(duty_date) DO UPDATE SET to_date=excluded.to_date, at=excluded.at, from_officer=excluded.from_officer,
       to_officer=excluded.to_officer, summary=excluded.summary, open_items=excluded.open_items, note=excluded.note,
       recorded_by=excluded.recorded_by`,
  ).run({ ...h, openItems: JSON.stringify(h.openItems) });
  return getHandover(db, h.dutyDate)!;
}
