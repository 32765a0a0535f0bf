-- Figures by reference (issue 19, point 1): a smaller database with every figure's provenance
-- kept.
--
-- metric_values held, for each of a report's ≈ 90 figures, its key, unit and rule as text and
-- the whole source line it was read from (a table row's cells, a sentence): a 表三 row of seven
-- figures stored its text seven times. That was ≈ 15 KB of the ≈ 42 KB a text report cost.
-- Now:
--   - report_lines: each source line once per report, numbered from 0 in the order the
--     report's figures first name it;
--   - figures: one row per figure with integers where metric_values had text: the key and
--     unit (figure_keys), the rule (figure_rules), the line; raw_text only where it is not
--     simply the value as an integer prints ("12" for 12: NULL), which is nearly always;
--   - metric_values: a view with exactly the columns the table had (sql/views/metric_values.sql),
--     so every view, export and analyst query reads what it read.

CREATE TABLE figure_keys (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL,
  unit TEXT NOT NULL,
  UNIQUE (key, unit)
) STRICT;

CREATE TABLE figure_rules (
  id   INTEGER PRIMARY KEY,
  rule TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE report_lines (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  line      INTEGER NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY (report_id, line)
) STRICT, WITHOUT ROWID;

CREATE TABLE figures (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  key_id    INTEGER NOT NULL REFERENCES figure_keys(id),
  value     REAL NOT NULL,
  raw_text  TEXT,               -- NULL: the value printed as an integer ("12")
  line      INTEGER NOT NULL,   -- report_lines.line of the same report
  offset    INTEGER NOT NULL,   -- character offset in the document's decoded text
  rule_id   INTEGER NOT NULL REFERENCES figure_rules(id),
  flags     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (report_id, key_id)
) STRICT, WITHOUT ROWID;

-- the figures already loaded, moved over
INSERT INTO figure_keys (key, unit) SELECT DISTINCT key, unit FROM metric_values ORDER BY key, unit;
INSERT INTO figure_rules (rule) SELECT DISTINCT rule FROM metric_values ORDER BY rule;

CREATE TEMP TABLE lines_017 AS
SELECT report_id, snippet, row_number() OVER (PARTITION BY report_id ORDER BY MIN(offset), snippet) - 1 AS line
FROM metric_values GROUP BY report_id, snippet;
CREATE INDEX temp.lines_017_text ON lines_017(report_id, snippet);

INSERT INTO report_lines (report_id, line, text) SELECT report_id, line, snippet FROM lines_017;

INSERT INTO figures (report_id, key_id, value, raw_text, line, offset, rule_id, flags)
SELECT m.report_id, k.id, m.value,
       CASE WHEN m.value = CAST(m.value AS INTEGER) AND m.raw_text = CAST(CAST(m.value AS INTEGER) AS TEXT) THEN NULL ELSE m.raw_text END,
       l.line, m.offset, r.id, m.flags
FROM metric_values m
JOIN figure_keys k ON k.key = m.key AND k.unit = m.unit
JOIN figure_rules r ON r.rule = m.rule
JOIN lines_017 l ON l.report_id = m.report_id AND l.snippet = m.snippet;

DROP TABLE lines_017;
DROP TABLE metric_values;

-- analysts' queries by metric; a bulk load drops it while it writes (pipeline/load/deferred-indexes.ts)
CREATE INDEX figures_key ON figures(key_id);
DELETE FROM deferred_indexes WHERE name = 'metric_values_key';
