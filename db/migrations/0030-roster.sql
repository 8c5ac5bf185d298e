-- 0030: the duty roster (值班表): roles, who may serve a custom role, roster settings,
-- the stored assignments (one row per slot of a role on a duty day) and the leave register.

-- Duty roles. 'leader' (带班领导) and 'officer' (值班员) are built in: who may serve them comes from
-- the staff directory (可任带班领导 / 可任值班员); other roles list their people in roster_role_staff.
-- counts: people per duty day by day category; follows_periods: an important period's 值班员 count
-- (duty_officers) raises this role's count on its days.
CREATE TABLE roster_roles (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  leader INTEGER NOT NULL CHECK (leader IN (0, 1)),
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  follows_periods INTEGER NOT NULL DEFAULT 0 CHECK (follows_periods IN (0, 1)),
  count_workday INTEGER NOT NULL CHECK (count_workday BETWEEN 0 AND 10),
  count_weekend INTEGER NOT NULL CHECK (count_weekend BETWEEN 0 AND 10),
  count_holiday INTEGER NOT NULL CHECK (count_holiday BETWEEN 0 AND 10),
  sort_order INTEGER NOT NULL,
  updated_at INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO roster_roles (key, name, leader, builtin, follows_periods, count_workday, count_weekend, count_holiday, sort_order)
VALUES ('leader', '带班领导', 1, 1, 0, 1, 1, 1, 1),
       ('officer', '值班员', 0, 1, 1, 1, 1, 2, 2);

CREATE TABLE roster_role_staff (
  role_key TEXT NOT NULL REFERENCES roster_roles (key) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  PRIMARY KEY (role_key, staff_id)
) STRICT;

-- Key/value settings of the roster (min rest days, signers of the printed roster), JSON values.
CREATE TABLE roster_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- One slot of one role on one duty day. staff_id NULL = a slot the generator could not fill.
-- source: generated (may be replaced by the next generation), manual (set by hand: kept), locked (kept, not editable).
CREATE TABLE roster_assignments (
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  role TEXT NOT NULL REFERENCES roster_roles (key),
  slot INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 9),
  staff_id INTEGER REFERENCES staff (id),
  source TEXT NOT NULL CHECK (source IN ('generated', 'manual', 'locked')),
  reason TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (date, role, slot)
) STRICT;
CREATE INDEX roster_assignments_staff ON roster_assignments (staff_id, date);

-- 请假/出差 register, both ends inclusive.
CREATE TABLE roster_leave (
  id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  date_from TEXT NOT NULL CHECK (date_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  date_to TEXT NOT NULL CHECK (date_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK (date_from <= date_to)
) STRICT;
CREATE INDEX roster_leave_dates ON roster_leave (date_to, date_from);
