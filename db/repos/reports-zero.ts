import type { Db } from '../open';

export interface ZeroReportRow {
  unitId: number;
  status: '零报告' | '有情况';
  note: string;
  recordedAt: number;
  recordedBy: string;
}

export function zeroReportsOn(db: Db, date: string): ZeroReportRow[] {
  const rows = db
    .prepare('SELECT unit_id, status, note, recorded_at, recorded_by FROM zero_reports WHERE date = ?')
    .all(date) as { unit_id: number; status: ZeroReportRow['status']; note: string; recorded_at: number; recorded_by: string }[];
  return rows.map((r) => ({ unitId: r.unit_id, status: r.status, note: r.note, recordedAt: r.recorded_at, recordedBy: r.recorded_by }));
}

/** Record a unit's report for a date; `null` status clears it back to 未报. */
export function setZeroReport(db: Db, date: string, unitId: number, value: Omit<ZeroReportRow, 'unitId'> | null): void {
  if (value === null) {
    db.prepare('DELETE FROM zero_reports WHERE date = ? AND unit_id = ?').run(date, unitId);
    return;
  }
  db.prepare(
    `INSERT INTO zero_reports (date, unit_id, status, note, recorded_at, recorded_by) VALUES (@date, @unitId, @status, @note, @recordedAt, @recordedBy)
     ON CONFLICT(date, unit_id) DO UPDATE SET status=excluded.status, note=excluded.note, recorded_at=excluded.recorded_at, recorded_by=excluded.recorded_by`,
  ).run({ date, unitId, ...value });
}

export interface ZeroSent {
  summary: string;
  sentAt: number;
  sentByName: string;
}

export function zeroSentOn(db: Db, date: string): ZeroSent | null {
  const r = db.prepare('SELECT summary, sent_at, sent_by_name FROM zero_report_days WHERE date = ?').get(date) as
    | { summary: string; sent_at: number; sent_by_name: string }
    | undefined;
  return r ? { summary: r.summary, sentAt: r.sent_at, sentByName: r.sent_by_name } : null;
}

export function markZeroSent(db: Db, date: string, s: ZeroSent): void {
  db.prepare(
    `INSERT INTO zero_report_days (date, summary, sent_at, sent_by_name) VALUES (?, ?, ?, ?)
     ON CONFLICT(date) DO UPDATE SET summary=excluded.summary, sent_at=excluded.sent_at, sent_by_name=excluded.sent_by_name`,
  ).run(date, s.summary, s.sentAt, s.sentByName);
}

export interface NoticeRecord {
  periodId: string;
  periodName: string;
  from: string;
  to: string;
  docNo: string;
  text: string;
  issuedAt: number;
  issuedByName: string;
}

export function getNotice(db: Db, periodId: string): NoticeRecord | null {
  const r = db.prepare('SELECT * FROM period_notices WHERE period_id = ?').get(periodId) as
    | { period_id: string; period_name: string; from_date: string; to_date: string; doc_no: string; text: string; issued_at: number; issued_by_name: string }
    | undefined;
  return r
    ? { periodId: r.period_id, periodName: r.period_name, from: r.from_date, to: r.to_date, docNo: r.doc_no, text: r.text, issuedAt: r.issued_at, issuedByName: r.issued_by_name }
    : null;
}

export function saveNotice(db: Db, n: NoticeRecord): void {
  db.prepare(
    `INSERT INTO period_notices (period_id, period_name, from_date, to_date, doc_no, text, issued_at, issued_by_name)
     VALUES (@periodId, @periodName, @from, @to, @docNo, @text, @issuedAt, @issuedByName)
     ON CONFLICT(period_id) DO UPDATE SET period_name=excluded.period_name, from_date=excluded.from_date, to_date=excluded.to_date,
       doc_no=excluded.doc_no, text=excluded.text, issued_at=excluded.issued_at, issued_by_name=excluded.issued_by_name`,
  ).run(n);
}
