-- 0010: settings, staff directory, audit log, backups bookkeeping.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  phones TEXT NOT NULL DEFAULT '[]',
  can_lead INTEGER NOT NULL DEFAULT 0 CHECK (can_lead IN (0, 1)),
  can_duty INTEGER NOT NULL DEFAULT 1 CHECK (can_duty IN (0, 1)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX staff_active_name ON staff (active, name);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  operator_id INTEGER,
  operator_name TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  action TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_at ON audit_log (at);
CREATE INDEX audit_entity ON audit_log (entity, entity_id, at);
CREATE INDEX audit_operator ON audit_log (operator_id, at);
