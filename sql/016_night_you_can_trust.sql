-- A night you can trust (issue 18, point 6).
--
-- runs.status gains 'interrupted' (stopped by SIGINT/SIGTERM: the files recorded so far are
-- whole, the rest is redone by the next run) and 'refused' (the input looked unmounted or
-- emptied: nothing was marked missing, nothing written but this row). SQLite cannot widen a
-- CHECK in place, so the table is rebuilt; source_files references runs(id) three times, so
-- the foreign keys are deferred to the commit (an implicit DELETE of the old rows counts
-- violations, the INSERT of the same ids into the new table takes them back) and checked then.
-- New columns: the run's failures split into new and known (below), and the pid of the
-- process, which with the lock's owner file tells `disclosure status` whether a 'running'
-- row still has a live process behind it.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE runs_before_016 AS SELECT * FROM runs;
DROP TABLE runs;
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
  status          TEXT NOT NULL DEFAULT 'running'
                  CHECK (status IN ('running', 'ok', 'partial', 'crashed', 'interrupted', 'refused')),
  files_unsupported INTEGER NOT NULL DEFAULT 0,
  files_needs_ocr INTEGER NOT NULL DEFAULT 0,
  workers         INTEGER,
  error           TEXT,
  -- files_failed = files_failed_new + files_failed_known
  files_failed_new   INTEGER NOT NULL DEFAULT 0,
  files_failed_known INTEGER NOT NULL DEFAULT 0,
  pid             INTEGER
) STRICT;
-- a run from before the split made the job exit 1 for every failure: its failures count as new
INSERT INTO runs (id, started_at, finished_at, input, parser_version, host, mode, files_seen, files_new, files_changed,
  files_unchanged, files_failed, files_missing, reports_loaded, reports_failing_checks, status, files_unsupported,
  files_needs_ocr, workers, error, files_failed_new, files_failed_known)
SELECT id, started_at, finished_at, input, parser_version, host, mode, files_seen, files_new, files_changed,
  files_unchanged, files_failed, files_missing, reports_loaded, reports_failing_checks, status, files_unsupported,
  files_needs_ocr, workers, error, files_failed, 0
FROM temp.runs_before_016;
DROP TABLE temp.runs_before_016;

-- The run since which a file has failed (status failed or needs_ocr) with the same status and
-- the same content: set when it enters a failing status or changes while failing, kept while
-- it stays as it is, NULL once it loads (pipeline/run/failures.ts). A failure is known when
-- this run had finished before the current one began, new otherwise. Files failing today
-- have failed since the run that recorded them.
ALTER TABLE source_files ADD COLUMN failing_since_run INTEGER REFERENCES runs(id);
UPDATE source_files SET failing_since_run = processed_run WHERE status IN ('failed', 'needs_ocr');
CREATE INDEX source_files_failing ON source_files(failing_since_run) WHERE failing_since_run IS NOT NULL;
