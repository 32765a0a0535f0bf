-- A night on which nothing changed, recognized without reading source_files (issue 19, point 6).
--
-- A no-op run over 100,000 files spent ≈ 0.45 s matching the listing with the database: a
-- scan of every row under the input, each path turned into a string and looked up. Now a run
-- that finishes records a digest of what it listed (every path with its size and mtime, the
-- entries not read with their reason, the parser version), when the database's rows are known
-- to say the same: no file read during the run had changed since it was listed. The next run
-- over the folder computes the digest of its own listing; when the two are equal, every file
-- is unchanged, as the scan would have found, and the scan is skipped.
--
-- The digest holds only as long as source_files does: any row written, by a run or by hand,
-- empties the table (the triggers below), and the next run matches row by row again.
CREATE TABLE listing_digests (
  root   TEXT PRIMARY KEY,           -- the input folder, resolved
  digest TEXT NOT NULL,              -- sha256 of the listing (pipeline/run/listing-digest.ts)
  run_id INTEGER NOT NULL REFERENCES runs(id)
) STRICT;

CREATE TRIGGER source_files_insert_digests AFTER INSERT ON source_files BEGIN DELETE FROM listing_digests; END;
CREATE TRIGGER source_files_update_digests AFTER UPDATE ON source_files BEGIN DELETE FROM listing_digests; END;
CREATE TRIGGER source_files_delete_digests AFTER DELETE ON source_files BEGIN DELETE FROM listing_digests; END;

-- the rows such a night still reads (failing, not read: what its counts need), found without
-- a pass over every row; the WHERE is the query's (pipeline/load/listing-digests.ts), word for word
CREATE INDEX source_files_not_loaded ON source_files(path) WHERE present = 1 AND NOT (status = 'loaded' AND failing_since_run IS NULL);
