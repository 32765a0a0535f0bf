-- Grain: one row per report. Feeds the `failing_checks` column of reports.csv and
-- data_quality.csv (through v_report_headline and v_data_quality), with one meaning:
-- the identity checks (勾稽关系: T3-BAL, T3-RES, T3-ROW, T4-SUM, P-TAB …) whose hard form the
-- published figures break, i.e. findings with a check id and severity 'error'. Soft checks
-- and the cross-year check T3-X are warnings, not counted here (v_data_quality counts T3-X
-- apart as cross_year_mismatches). load/copies.ts ranks copies by the same count.
CREATE VIEW v_report_checks AS
SELECT r.id AS report_id,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.check_id IS NOT NULL AND i.severity = 'error') AS failing_checks
FROM reports r;
