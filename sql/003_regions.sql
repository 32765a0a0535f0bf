-- Regions for analysts: the override rules in force.

-- The analyst's region override rules as they stood at the last run (data/region-overrides.csv
-- or --overrides). The next run compares its rules with these and reprocesses exactly the
-- files that a changed rule matches.
CREATE TABLE region_overrides (
  position    INTEGER PRIMARY KEY,          -- order in the file: the first matching rule wins
  match       TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('path', 'body')),
  region_code TEXT NOT NULL,
  note        TEXT NOT NULL,
  source      TEXT NOT NULL                 -- file:line
) STRICT;


-- (the regional rollup views are in sql/views/, see 014)
