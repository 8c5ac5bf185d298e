-- 0080: two more reminder kinds (plan_deadline, list_season) and a compact occurrence table.
--
-- Rules: list_season reminds on several calendar days before the flood season's start.
ALTER TABLE reminder_rules ADD COLUMN lead_days TEXT; -- JSON array of whole days, e.g. [30,14,7,1,0]
ALTER TABLE reminder_rules ADD COLUMN anchor TEXT;    -- MM-DD, e.g. 04-01

-- Occurrences: ten years of them were most of the data file (each row kept its full texts and a text key).
-- Now a row keeps only what cannot be derived:
--   * the unique key is the index (due_at, rule_id, subject) instead of a stored text `rule|subject|due`;
--     subject is '' when the occurrence has none (NULLs would not be unique);
--   * title is NULL when it is the rule's name; route is NULL when it is the kind's page;
--   * body is NULL when it is exactly what the rule produces from the row (the daily report's texts
--     depend only on role, date and due time); bodies that were augmented at delivery stay.
CREATE TABLE reminder_occurrences_new (
  id INTEGER PRIMARY KEY,
  rule_id TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  due_at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  role TEXT,
  date TEXT NOT NULL,
  title TEXT,
  body TEXT,
  route TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'satisfied', 'superseded')),
  catch_up INTEGER NOT NULL DEFAULT 0 CHECK (catch_up IN (0, 1)),
  tick_at INTEGER NOT NULL,
  ack_at INTEGER,
  ack_by_id INTEGER,
  ack_by_name TEXT
) STRICT;

INSERT INTO reminder_occurrences_new
  (id, rule_id, subject, due_at, kind, role, date, title, body, route, outcome, catch_up, tick_at, ack_at, ack_by_id, ack_by_name)
SELECT o.id, o.rule_id, coalesce(o.subject, ''), o.due_at, o.kind, o.role, o.date,
  CASE WHEN o.title = r.name THEN NULL ELSE o.title END,
  CASE WHEN o.kind = 'daily_report' THEN NULL ELSE o.body END,
  CASE
    WHEN o.kind = 'daily_report' AND o.route = '/daily-report' THEN NULL
    WHEN o.kind = 'period_notice' AND o.route = '/daily-report/notices' THEN NULL
    WHEN o.kind IN ('period_collect', 'period_deadline') AND o.route = '/daily-report/zero' THEN NULL
    WHEN o.kind = 'custom' AND o.route = '/reminders' THEN NULL
    ELSE o.route
  END,
  o.outcome, o.catch_up, o.tick_at, o.ack_at, o.ack_by_id, o.ack_by_name
FROM reminder_occurrences o LEFT JOIN reminder_rules r ON r.id = o.rule_id
ORDER BY o.id;

DROP TABLE reminder_occurrences;
ALTER TABLE reminder_occurrences_new RENAME TO reminder_occurrences;

-- Idempotent firing, and the scheduler's "keys due after last_tick" scan, share one index.
CREATE UNIQUE INDEX reminder_occurrences_key ON reminder_occurrences (due_at, rule_id, subject);
-- The alert center: open alerts (a handful) and the acknowledged history, newest first.
CREATE INDEX reminder_alerts_open ON reminder_occurrences (due_at) WHERE outcome = 'delivered' AND ack_at IS NULL;
CREATE INDEX reminder_alerts_acked ON reminder_occurrences (ack_at) WHERE outcome = 'delivered' AND ack_at IS NOT NULL;
