-- v_data_quality also names the template tables read only in part (issue 13): a finding
-- 'table_incomplete' per such table, whose message starts with the table's name (表二 …).
-- The view is restated whole: an applied migration cannot be edited.
-- Per report, what an analyst should know before trusting its figures: failing identity
-- checks (the published tables break their own arithmetic), figures that are approximate,
-- derived or blank cells, text/table disagreements, decoding damage, an undecided region, and
-- for the template reports which of 表二 / 表三 / 表四 gave no figure at all.
DROP VIEW IF EXISTS v_data_quality;
CREATE VIEW v_data_quality AS
SELECT r.id AS report_id, f.path AS file, r.body_name, r.report_year, r.template, r.region_code,
       r.region_confidence,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.check_id IS NOT NULL AND i.severity = 'error') AS failing_checks,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'cross_year_mismatch') AS cross_year_mismatches,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'text_table_mismatch') AS text_table_mismatches,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'ambiguous_glued_row') AS unread_glued_rows,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id AND instr(m.flags, 'approximate') > 0) AS approximate_figures,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id AND instr(m.flags, 'derived') > 0) AS derived_figures,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id AND instr(m.flags, 'blank_cell') > 0) AS blank_cells,
       EXISTS (SELECT 1 FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'decoding_damage') AS decoding_damage,
       CASE WHEN r.region_code IS NULL THEN (CASE WHEN r.region_candidates <> '[]' THEN 'ambiguous' ELSE 'unknown' END) ELSE 'decided' END AS region_status,
       CASE WHEN r.template IN ('gov2019', 'gov2021') THEN trim(
         (CASE WHEN NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id AND (m.key LIKE 'rules.%' OR m.key LIKE 'normative_docs.%' OR m.key LIKE 'licensing.%' OR m.key LIKE 'penalty.%' OR m.key LIKE 'coercion.%' OR m.key LIKE 'admin_fees.%')) THEN '表二 ' ELSE '' END) ||
         (CASE WHEN NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id AND m.key LIKE 'applications.%.total') THEN '表三 ' ELSE '' END) ||
         (CASE WHEN NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id AND m.key LIKE 'review.%') THEN '表四' ELSE '' END))
       END AS missing_sections,
       (SELECT group_concat(substr(i.message, 1, instr(i.message, ' ') - 1), ' ') FROM validation_issues i
         WHERE i.report_id = r.id AND i.code = 'table_incomplete') AS incomplete_sections,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id) AS figures
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;
