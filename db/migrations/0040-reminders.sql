-- 0040: reminder engine (rules, occurrences = alerts, last tick), duty log and handovers,
-- the daily 12:00 report, reporting units, zero reports and holiday notices.

-- Rules are data. Missing default rules are added by the engine at start-up (INSERT OR IGNORE).
CREATE TABLE reminder_rules (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  time TEXT NOT NULL,
  lead_workdays INTEGER,
  repeat_minutes INTEGER,
  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  role TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE reminder_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- The instant up to which occurrences have been computed and stored.
  last_tick INTEGER,
  -- The first office date on which the engine ran with people in the file (start of the report history).
  started_on TEXT
) STRICT;
INSERT INTO reminder_state (id, last_tick, started_on) VALUES (1, NULL, NULL);

-- One row per occurrence, delivered or not: the unique key makes firing idempotent.
-- Delivered rows are the alerts; they stay until an operator acknowledges them.
CREATE TABLE reminder_occurrences (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  rule_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT,
  subject TEXT,
  date TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  route TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'satisfied', 'superseded')),
  catch_up INTEGER NOT NULL DEFAULT 0 CHECK (catch_up IN (0, 1)),
  tick_at INTEGER NOT NULL,
  ack_at INTEGER,
  ack_by_id INTEGER,
  ack_by_name TEXT
) STRICT;
CREATE INDEX reminder_occurrences_due ON reminder_occurrences (due_at);
CREATE INDEX reminder_alerts_open ON reminder_occurrences (outcome, ack_at, due_at);

-- 值班日志: one row per entry, filed under the duty day it belongs to.
CREATE TABLE duty_log (
  id INTEGER PRIMARY KEY,
  duty_date TEXT NOT NULL,
  at INTEGER NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('来电', '来文', '突发事件', '领导指示', '交接', '其他')),
  content TEXT NOT NULL,
  handled_by TEXT NOT NULL DEFAULT '',
  follow_up TEXT NOT NULL DEFAULT '',
  open INTEGER NOT NULL DEFAULT 0 CHECK (open IN (0, 1)),
  closed_at INTEGER,
  closed_by TEXT,
  created_by TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX duty_log_day ON duty_log (duty_date, at);
CREATE INDEX duty_log_at ON duty_log (at);
CREATE INDEX duty_log_open ON duty_log (open, duty_date);

-- 交接班记录: one per duty day handed over.
CREATE TABLE handovers (
  id INTEGER PRIMARY KEY,
  duty_date TEXT NOT NULL UNIQUE,
  to_date TEXT NOT NULL,
  at INTEGER NOT NULL,
  from_officer TEXT NOT NULL,
  to_officer TEXT NOT NULL,
  summary TEXT NOT NULL,
  open_items TEXT NOT NULL DEFAULT '[]',
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL
) STRICT;

-- 每日12:00值班报告: a row once it was reported upward.
CREATE TABLE daily_reports (
  date TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  submitted_by_id INTEGER,
  submitted_by_name TEXT NOT NULL
) STRICT;

-- 报送单位 (乡镇/街道 and 成员单位) for zero reports.
CREATE TABLE report_units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('乡镇/街道', '成员单位')),
  phone TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- A unit's report for a date; no row means 未报.
CREATE TABLE zero_reports (
  date TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES report_units (id),
  status TEXT NOT NULL CHECK (status IN ('零报告', '有情况')),
  note TEXT NOT NULL DEFAULT '',
  recorded_at INTEGER NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (date, unit_id)
) STRICT;

-- The day's summary, once sent upward.
CREATE TABLE zero_report_days (
  date TEXT PRIMARY KEY,
  summary TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  sent_by_name TEXT NOT NULL
) STRICT;

-- 关于做好{名称}期间应急值班值守工作的通知, once issued with its 文号.
CREATE TABLE period_notices (
  period_id TEXT PRIMARY KEY,
  period_name TEXT NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  doc_no TEXT NOT NULL,
  text TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  issued_by_name TEXT NOT NULL
) STRICT;
