-- One row per canonical key: the Chinese label as the tables print it, an English label, the
-- unit, the templates it comes from, and whether it compares across templates (with the
-- caveat when not). Written by every run from the extractor's own rule tables
-- (pipeline/transform/dictionary.ts), so it follows the parser version and cannot drift.
CREATE TABLE metric_dictionary (
  key         TEXT PRIMARY KEY,
  label_zh    TEXT NOT NULL,
  label_en    TEXT NOT NULL,
  unit        TEXT NOT NULL,
  templates   TEXT NOT NULL,   -- comma-separated: narrative, stat2008, gov2019, gov2021
  comparable  INTEGER NOT NULL CHECK (comparable IN (0, 1)),
  caveat      TEXT NOT NULL
) STRICT;
