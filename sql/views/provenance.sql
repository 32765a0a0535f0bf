-- Grain: one row per figure of a present report: its file, format, encoding, the table row
-- or sentence it came from (snippet), its character offset, the rule that read it and its
-- flags (as printed: comma-separated; metric_flags has them a row each). Feeds provenance.csv.
-- depends: report_primary, metric_values
CREATE VIEW v_provenance AS
SELECT r.id AS report_id, p.file, p.format, p.encoding, r.body_id, r.body_name, r.report_year, r.template, r.region_code,
       p.is_primary, p.copy_group, m.key, m.value, m.unit, m.raw_text, m.snippet, m.offset, m.rule, m.flags
FROM v_report_primary p
JOIN reports r ON r.id = p.report_id
JOIN metric_values m ON m.report_id = r.id;
