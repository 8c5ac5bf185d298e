-- 0060: 山洪灾害防御五级责任人名单 — one list per year: the region tree, danger zones (危险区), persons at
-- five levels, phone spot-checks (电话抽查) and the column mappings remembered from imports.
CREATE TABLE list_years (
  year INTEGER PRIMARY KEY,
  county_name TEXT NOT NULL,
  copied_from INTEGER,
  -- 公示日期 (YYYY-MM-DD), NULL while not published.
  published TEXT,
  -- Bumped by every change to the year's places or persons: the back end's search index is rebuilt when it moves.
  rev INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  changed_at INTEGER NOT NULL
) STRICT;

CREATE TABLE list_regions (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES list_years (year) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES list_regions (id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('county', 'township', 'village', 'group')),
  name TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX list_regions_name ON list_regions (year, coalesce(parent_id, 0), name);
CREATE INDEX list_regions_parent ON list_regions (parent_id);

CREATE TABLE list_zones (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES list_years (year) ON DELETE CASCADE,
  region_id INTEGER NOT NULL REFERENCES list_regions (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  households INTEGER NOT NULL DEFAULT 0,
  people INTEGER NOT NULL DEFAULT 0,
  route TEXT NOT NULL DEFAULT '',
  shelter TEXT NOT NULL DEFAULT '',
  UNIQUE (region_id, name)
) STRICT;
CREATE INDEX list_zones_year ON list_zones (year);

CREATE TABLE list_persons (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES list_years (year) ON DELETE CASCADE,
  -- The id of the person's first entry; copies into later years keep it (history follows the person).
  lineage INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('county', 'township', 'village', 'group', 'household')),
  region_id INTEGER NOT NULL REFERENCES list_regions (id),
  zone_id INTEGER REFERENCES list_zones (id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  duty TEXT NOT NULL DEFAULT '',
  -- Normalised phones joined with ',' (no phone contains a comma).
  phones TEXT NOT NULL DEFAULT '',
  households INTEGER,
  note TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- Prepared for search: pinyin initials (zs) and whole pinyin (zhangsan) of the name.
  initials TEXT NOT NULL DEFAULT '',
  pinyin TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX list_persons_year ON list_persons (year, region_id);
CREATE INDEX list_persons_lineage ON list_persons (lineage);

CREATE TABLE list_calls (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES list_persons (id) ON DELETE CASCADE,
  lineage INTEGER NOT NULL,
  year INTEGER NOT NULL,
  at INTEGER NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL CHECK (result IN ('answered', 'no_answer', 'wrong_number')),
  note TEXT NOT NULL DEFAULT '',
  operator_name TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX list_calls_person ON list_calls (person_id, at);
CREATE INDEX list_calls_lineage ON list_calls (lineage, at);

CREATE TABLE list_import_mappings (
  signature TEXT PRIMARY KEY,
  mapping TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
