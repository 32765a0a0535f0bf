-- v_data_quality (see 012) also lists the headline metrics (METRICS.md) a report does not
-- state, in the dictionary's order: "proactive.total applications.received" instead of a
-- silent gap in a chart (issue 16). Restated whole: an applied migration cannot be edited.
DROP VIEW IF EXISTS v_data_quality;
CREATE VIEW v_data_quality AS
SELECT r.id AS report_id, f.path AS file, r.body_id, r.body_name, r.report_year, r.template, r.region_code,
       r.region_confidence, r.copy_group, r.is_primary,
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
       (SELECT group_concat(key, ' ') FROM (SELECT d.key FROM metric_dictionary d
          WHERE d.headline_rank IS NOT NULL AND NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id AND m.key = d.key)
          ORDER BY d.headline_rank)) AS headline_not_stated,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id) AS figures
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;
