-- 0050: 预案台账 — plans, immutable versions with a current pointer, lifecycle stages,
-- drills, evaluations, attachments (content-addressed files in the data folder), cycle settings.

CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('overall', 'special', 'department', 'grassroots', 'event')),
  level TEXT NOT NULL CHECK (level IN ('city', 'township', 'village', 'enterprise')),
  unit TEXT NOT NULL,
  approver TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  -- The version in force (the latest issued one); NULL until the first version is issued.
  current_version_id INTEGER REFERENCES plan_versions (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX plans_unit ON plans (unit);

CREATE TABLE plan_versions (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  label TEXT NOT NULL DEFAULT '',
  doc_no TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  UNIQUE (plan_id, seq)
) STRICT;

-- One row per recorded stage; the stages of a version are a prefix of the lifecycle order.
CREATE TABLE plan_stages (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES plan_versions (id),
  stage TEXT NOT NULL CHECK (stage IN ('draft', 'consult', 'review', 'evaluate', 'approve', 'issue', 'file', 'publish')),
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'skipped')),
  date TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  skip_reason TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  UNIQUE (version_id, stage),
  CHECK (outcome = 'done' OR (skip_reason <> '' AND stage <> 'issue'))
) STRICT;

-- An issued version is immutable; versions are never deleted; stage records are never edited.
CREATE TRIGGER plan_versions_immutable BEFORE UPDATE ON plan_versions
WHEN EXISTS (SELECT 1 FROM plan_stages WHERE version_id = OLD.id AND stage = 'issue')
BEGIN
  SELECT RAISE(ABORT, 'plan version is issued and immutable');
END;
CREATE TRIGGER plan_versions_kept BEFORE DELETE ON plan_versions
BEGIN
  SELECT RAISE(ABORT, 'plan versions are kept');
END;
CREATE TRIGGER plan_stages_append_only BEFORE UPDATE ON plan_stages
BEGIN
  SELECT RAISE(ABORT, 'plan stage records are not edited: undo and record again');
END;

CREATE TABLE plan_drills (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans (id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('tabletop', 'field')),
  participants TEXT NOT NULL DEFAULT '',
  findings TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX plan_drills_plan ON plan_drills (plan_id, date);

CREATE TABLE plan_evaluations (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans (id),
  version_id INTEGER REFERENCES plan_versions (id),
  date TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  conclusion TEXT NOT NULL CHECK (conclusion IN ('keep', 'revise')),
  notes TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX plan_evaluations_plan ON plan_evaluations (plan_id, date);

-- The file lives at <data folder>/attachments/<first 2 hex of sha256>/<sha256>; the name is only kept here.
CREATE TABLE plan_attachments (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans (id),
  version_id INTEGER REFERENCES plan_versions (id),
  name TEXT NOT NULL,
  original_name TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  added_at INTEGER NOT NULL,
  added_by TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_id, sha256)
) STRICT;
CREATE INDEX plan_attachments_sha ON plan_attachments (sha256);

-- Edited deadlines per category; categories without a row use the defaults in shared/plans/cycles.ts.
CREATE TABLE plan_cycles (
  category TEXT PRIMARY KEY CHECK (category IN ('overall', 'special', 'department', 'grassroots', 'event')),
  filing_workdays INTEGER NOT NULL,
  evaluation_years INTEGER NOT NULL,
  drill_months INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
