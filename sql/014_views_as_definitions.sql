-- Views as definitions (issue 17, part 4). From here on migrations hold tables, indexes and
-- data only; every view is one file in sql/views/, dropped and created again by each migrate
-- (pipeline/load/migrate.ts), so a view's current text lives in exactly one file.

-- Where each metric stands, from the dictionary's own dimensions (pipeline/transform/dictionary.ts),
-- so that views join on them instead of cutting keys apart: the table (headline, t2, t3, t4,
-- stat2008), its row and its column (NULL: a table of one column). Filled by every run.
ALTER TABLE metric_dictionary ADD COLUMN table_id TEXT CHECK (table_id IN ('headline', 't2', 't3', 't4', 'stat2008'));
ALTER TABLE metric_dictionary ADD COLUMN row_key TEXT;
ALTER TABLE metric_dictionary ADD COLUMN column_key TEXT;
CREATE INDEX metric_dictionary_place ON metric_dictionary(table_id, row_key, column_key);

-- A figure's flags one row each (blank_cell, derived, approximate, from_text), so views test
-- a flag by equality; metric_values.flags keeps the comma-separated form the CSVs print.
-- Written with the figure by load/store.ts; replaced with its report.
CREATE TABLE metric_flags (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  key       TEXT NOT NULL,
  flag      TEXT NOT NULL,
  PRIMARY KEY (report_id, key, flag)
) STRICT, WITHOUT ROWID;
CREATE INDEX metric_flags_flag ON metric_flags(flag);

-- the figures already loaded: their comma strings as rows (flags are names from a fixed
-- list, never report text, so they can be spelled into a JSON array)
INSERT INTO metric_flags (report_id, key, flag)
SELECT m.report_id, m.key, j.value
FROM metric_values m, json_each('["' || replace(m.flags, ',', '","') || '"]') j
WHERE m.flags <> '';
