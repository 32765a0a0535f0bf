-- A run that ends on a database error (busy, full, read-only, gone, damaged) is recorded as
-- crashed with the reason, when the database can still take that one write (issue 15).
ALTER TABLE runs ADD COLUMN error TEXT;
