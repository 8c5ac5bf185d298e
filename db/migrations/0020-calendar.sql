-- 0020: the holiday calendar (放假调休) per year, and important periods (重要时段).
--
-- A year with a row in calendar_years uses exactly its calendar_days rows (an imported notice,
-- or the shipped/estimated arrangement copied here when a day was first edited). A year without
-- one uses the official arrangement shipped in code, or else the lunar estimate (预估).
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
  -- What the stored copy started from: the shipped official data, the estimate, or an imported notice.
  basis TEXT NOT NULL CHECK (basis IN ('official', 'estimated', 'notice')),
  -- 成文日期 of the notice, when known.
  issued TEXT,
  updated_at INTEGER NOT NULL
) STRICT;

-- One day of a year's arrangement. An arrangement may hold days of the year before
-- (2024's 元旦 starts on 2023-12-30), so the key is (year, date), not the date alone.
CREATE TABLE calendar_days (
  year INTEGER NOT NULL REFERENCES calendar_years (year) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('off', 'workday')),
  name TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('official', 'estimated', 'notice', 'manual')),
  PRIMARY KEY (year, date)
) STRICT;
CREATE INDEX calendar_days_date ON calendar_days (date);

-- Named date ranges with stricter duty: 全国两会, 汛期 … A 'holiday' row with the name of a holiday
-- adjusts that holiday's automatic period (零报告, 值班员 per day) where the two overlap.
CREATE TABLE important_periods (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'important', 'flood_season')),
  zero_report INTEGER NOT NULL CHECK (zero_report IN (0, 1)),
  duty_officers INTEGER NOT NULL CHECK (duty_officers BETWEEN 1 AND 20),
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK (date_from <= date_to)
) STRICT;
CREATE INDEX important_periods_dates ON important_periods (date_from, date_to);
