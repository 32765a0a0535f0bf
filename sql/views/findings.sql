-- Grain: one row per finding of a report of a present file (validation_issues with the
-- report's body, year and file). Feeds findings.csv and the workbook's findings sheet: what
-- was checked and did not hold (勾稽关系, cross-year), what was read but left absent (glued
-- digits, unreadable cells), and what could not be decided (region, body, year).
-- depends: report_primary
CREATE VIEW v_findings AS
SELECT i.id AS finding_id, r.id AS report_id, p.file, r.body_id, r.body_name, r.report_year, r.region_code, p.is_primary,
       i.code, i.severity, i.check_id, i.message, i.expression, i.left_value, i.right_value, i.delta, i.cells
FROM v_report_primary p
JOIN reports r ON r.id = p.report_id
JOIN validation_issues i ON i.report_id = r.id;
