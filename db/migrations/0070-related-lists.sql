-- 0070: lists kept beside the five-level list, per 年度名单 year: 县级领导包保 (county leaders assigned to
-- townships or works) and the 三个责任人 (行政、技术、巡查) of reservoirs and key flood-control works.
CREATE TABLE list_leaders (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES list_years (year) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  -- Normalised phones joined with ',' (as list_persons.phones).
  phones TEXT NOT NULL DEFAULT '',
  -- Works assigned besides townships (水库/堤防/山洪沟 names), free text joined with '、'.
  works TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (year, name)
) STRICT;

-- Townships (regions of the year's tree) a leader is assigned to.
CREATE TABLE list_leader_townships (
  leader_id INTEGER NOT NULL REFERENCES list_leaders (id) ON DELETE CASCADE,
  region_id INTEGER NOT NULL REFERENCES list_regions (id) ON DELETE CASCADE,
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (leader_id, region_id)
) STRICT;
CREATE INDEX list_leader_townships_region ON list_leader_townships (region_id);

CREATE TABLE list_works (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES list_years (year) ON DELETE CASCADE,
  name TEXT NOT NULL,
  -- 水库 / 水电站 / 堤防 / 水闸 / 山洪沟 / 在建工程 / 其他
  kind TEXT NOT NULL,
  township_id INTEGER REFERENCES list_regions (id) ON DELETE SET NULL,
  -- 大(1)型 … 小(2)型, '' when not applicable
  scale TEXT NOT NULL DEFAULT '',
  admin_name TEXT NOT NULL DEFAULT '',
  admin_position TEXT NOT NULL DEFAULT '',
  admin_phones TEXT NOT NULL DEFAULT '',
  tech_name TEXT NOT NULL DEFAULT '',
  tech_position TEXT NOT NULL DEFAULT '',
  tech_phones TEXT NOT NULL DEFAULT '',
  patrol_name TEXT NOT NULL DEFAULT '',
  patrol_position TEXT NOT NULL DEFAULT '',
  patrol_phones TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (year, name)
) STRICT;
