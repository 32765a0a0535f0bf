-- Grain: one row per figure read from a report: its key, value, unit, raw text, the source
-- line it was read from (snippet), its offset in the document's text and the rule that read
-- it, and for a figure read by OCR its confidence (0–100; NULL otherwise). Feeds the views that read figures, and analysts' queries: these are the columns of the
-- table metric_values, which this view took the place of (sql/017_figures_by_reference.sql),
-- so that a query reads what it read before. Stored as integers in figures, each source line
-- once per report in report_lines. Its joins are LEFT JOINs on unique keys, which SQLite
-- leaves out of a query that reads none of their columns. A view that would put it on the
-- right of a LEFT JOIN reads figures directly (a view of joins cannot be flattened there:
-- SQLite would build all of it first).
CREATE VIEW metric_values AS
SELECT f.report_id,
       k.key,
       f.value,
       k.unit,
       COALESCE(f.raw_text, CAST(CAST(f.value AS INTEGER) AS TEXT)) AS raw_text,
       l.text AS snippet,
       f.offset,
       r.rule,
       f.flags,
       f.confidence
FROM figures f
LEFT JOIN figure_keys k ON k.id = f.key_id
LEFT JOIN figure_rules r ON r.id = f.rule_id
LEFT JOIN report_lines l ON l.report_id = f.report_id AND l.line = f.line;
