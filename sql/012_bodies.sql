-- One body, one series, one place (issue 14).
--
-- A report belongs to a body: today's region code + the canonical organ (430582:人民政府,
-- 110115:统计局), so every 城关镇人民政府 of China is its own body and 上海市人民政府办公厅 is not
-- 上海市人民政府. A report whose region is not decided is its own body ('file:' || path).
-- Copies of one report (a portal page and a crawler's text dump) share a copy_group; exactly
-- one report per body and year is primary (the most complete copy), and only primary
-- reports of present files enter the sums. region_code is the code in force in the report
-- year, region_code_current today's (邵东县 2018: 430521, today 430582).

ALTER TABLE reports ADD COLUMN body_name_printed TEXT;
ALTER TABLE reports ADD COLUMN body_full_name TEXT;
ALTER TABLE reports ADD COLUMN body_kind TEXT CHECK (body_kind IN ('government', 'department', 'street', 'zone'));
ALTER TABLE reports ADD COLUMN organ TEXT;
ALTER TABLE reports ADD COLUMN body_id TEXT;
ALTER TABLE reports ADD COLUMN region_code_current TEXT;
ALTER TABLE reports ADD COLUMN province_current TEXT;
ALTER TABLE reports ADD COLUMN prefecture_current TEXT;
ALTER TABLE reports ADD COLUMN county_current TEXT;
ALTER TABLE reports ADD COLUMN fingerprint BLOB;            -- sorted uint32 sentence hashes (little-endian)
-- set by load/copies.ts after every run that changed anything
ALTER TABLE reports ADD COLUMN copy_group INTEGER;          -- source_files.id of the group's primary copy
ALTER TABLE reports ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 1 CHECK (is_primary IN (0, 1));
CREATE INDEX reports_body ON reports(body_id, report_year);

-- The bodies the reports belong to, rebuilt from the reports after each run: a name seen on
-- any present report, its place, level and kind, and the years it reported.
CREATE TABLE bodies (
  body_id             TEXT PRIMARY KEY,
  name                TEXT,            -- the full name (with county and city) of its latest primary report
  organ               TEXT,
  kind                TEXT,
  level               TEXT,
  region_code_current TEXT,
  province_current    TEXT,
  prefecture_current  TEXT,
  county_current      TEXT,
  first_year          INTEGER,
  last_year           INTEGER,
  reports             INTEGER NOT NULL  -- primary reports (one per year)
) STRICT;

-- Every name a body was printed under (洪泽区人民政府, 淮安市洪泽区人民政府), with its years.
CREATE TABLE body_aliases (
  body_id     TEXT NOT NULL REFERENCES bodies(body_id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  first_year  INTEGER,
  last_year   INTEGER,
  reports     INTEGER NOT NULL,
  PRIMARY KEY (body_id, name)
) STRICT;

-- the body of the 2011 report compares with the body of 2010 (T3-X) by body_id now
DROP INDEX IF EXISTS reports_short_year;

