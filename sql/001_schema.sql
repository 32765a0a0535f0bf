-- Core schema. STRICT tables; every figure keeps its provenance (raw text, snippet,
-- character offset, rule). One report per source file; a file's report is replaced as a
-- whole (delete + insert in one transaction) when the file or the parser changes.

CREATE TABLE runs (
  id              INTEGER PRIMARY KEY,
  started_at      TEXT NOT NULL,
  finished_at     TEXT,
  input           TEXT NOT NULL,
  parser_version  TEXT NOT NULL,
  host            TEXT NOT NULL,
  mode            TEXT NOT NULL CHECK (mode IN ('incremental', 'full')),
  files_seen      INTEGER NOT NULL DEFAULT 0,
  files_new       INTEGER NOT NULL DEFAULT 0,
  files_changed   INTEGER NOT NULL DEFAULT 0,
  files_unchanged INTEGER NOT NULL DEFAULT 0,
  files_failed    INTEGER NOT NULL DEFAULT 0,
  files_missing   INTEGER NOT NULL DEFAULT 0,
  reports_loaded  INTEGER NOT NULL DEFAULT 0,
  reports_failing_checks INTEGER NOT NULL DEFAULT 0,
  status          TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'partial', 'crashed'))
) STRICT;

CREATE TABLE source_files (
  id              INTEGER PRIMARY KEY,
  path            TEXT NOT NULL UNIQUE,
  sha256          TEXT,
  bytes           INTEGER NOT NULL,
  mtime_ms        INTEGER NOT NULL,
  encoding        TEXT,
  format          TEXT,
  status          TEXT NOT NULL CHECK (status IN ('loaded', 'unsupported', 'failed', 'needs_ocr')),
  error           TEXT,
  parser_version  TEXT NOT NULL,
  present         INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
  missing_since   TEXT,
  first_seen_run  INTEGER NOT NULL REFERENCES runs(id),
  first_seen_at   TEXT NOT NULL,
  last_seen_run   INTEGER NOT NULL REFERENCES runs(id),
  last_seen_at    TEXT NOT NULL,
  processed_run   INTEGER NOT NULL REFERENCES runs(id)
) STRICT;

CREATE TABLE reports (
  id               INTEGER PRIMARY KEY,
  source_file_id   INTEGER NOT NULL UNIQUE REFERENCES source_files(id) ON DELETE CASCADE,
  template         TEXT NOT NULL CHECK (template IN ('narrative', 'stat2008', 'gov2019', 'gov2021')),
  body_name        TEXT,
  body_short_name  TEXT,
  body_level       TEXT CHECK (body_level IN ('province', 'prefecture', 'county', 'township', 'department')),
  report_year      INTEGER,
  period_start     TEXT,
  period_end       TEXT,
  published_on     TEXT,
  scope            TEXT NOT NULL CHECK (scope IN ('organ', 'consolidated')),
  title            TEXT,
  region_code      TEXT,
  province         TEXT,
  prefecture       TEXT,
  county           TEXT,
  township         TEXT,
  region_confidence TEXT NOT NULL,
  region_clues     TEXT NOT NULL,  -- JSON array: which clues decided the region
  region_candidates TEXT NOT NULL, -- JSON array of codes when ambiguous
  encoding         TEXT NOT NULL,
  format           TEXT NOT NULL,
  parser_version   TEXT NOT NULL
) STRICT;
CREATE INDEX reports_body_year ON reports(body_name, report_year);
CREATE INDEX reports_region ON reports(region_code, report_year);

CREATE TABLE metric_values (
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  value      REAL NOT NULL,
  unit       TEXT NOT NULL,
  raw_text   TEXT NOT NULL,
  snippet    TEXT NOT NULL,
  offset     INTEGER NOT NULL,
  rule       TEXT NOT NULL,
  flags      TEXT NOT NULL DEFAULT '',  -- comma-separated: blank_cell, derived, approximate, from_text
  PRIMARY KEY (report_id, key)
) STRICT, WITHOUT ROWID;
CREATE INDEX metric_values_key ON metric_values(key);

CREATE TABLE validation_issues (
  id          INTEGER PRIMARY KEY,
  report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  code        TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  check_id    TEXT,
  message     TEXT NOT NULL,
  expression  TEXT,
  left_value  REAL,
  right_value REAL,
  delta       REAL,
  cells       TEXT   -- JSON array of the keys involved
) STRICT;
CREATE INDEX validation_issues_report ON validation_issues(report_id);
