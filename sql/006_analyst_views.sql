-- Analyst views over the figures (issue 8, first part): the template tables in long form,
-- every figure with its provenance, and the data-quality picture per report.

-- Which file stands for a body's report of a year when it was collected twice (a portal page
-- and its text dump): the one whose path sorts last, as in v_yearly_comparison. Sums across
-- reports should keep `is_primary = 1` rows only.
DROP VIEW IF EXISTS v_report_primary;
CREATE VIEW v_report_primary AS
SELECT r.id AS report_id,
       ROW_NUMBER() OVER (PARTITION BY COALESCE(r.body_short_name, f.path), r.report_year ORDER BY f.path DESC) = 1 AS is_primary
FROM reports r JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;

-- 表三 in long form: one row per report, applicant type and outcome row, for the 2019 and
-- 2021 templates. `outcome` is the row key of METRICS.md (received, carried_over, granted,
-- partial, denied.state_secret, …, handled, carried_forward); `applicant` one of the seven
-- columns (natural_person … other_org, total).
DROP VIEW IF EXISTS v_applications;
CREATE VIEW v_applications AS
WITH applicants(applicant, position) AS (
  VALUES ('natural_person', 1), ('commercial', 2), ('research', 3), ('social_org', 4), ('legal_service', 5), ('other_org', 6), ('total', 7)
)
SELECT r.id AS report_id, f.path AS file, r.body_name, r.body_short_name, r.report_year, r.template,
       r.region_code, r.scope,
       substr(m.key, 14, length(m.key) - 13 - length(a.applicant) - 1) AS outcome,
       a.applicant, a.position AS applicant_position,
       m.value AS count, m.flags, p.is_primary
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
JOIN v_report_primary p ON p.report_id = r.id
JOIN metric_values m ON m.report_id = r.id
JOIN applicants a ON m.key LIKE 'applications.%.' || a.applicant
WHERE r.template IN ('gov2019', 'gov2021') AND f.present = 1
  -- a key that merely ends like a column (applications.other.other) is the row, not a column
  AND length(m.key) > 13 + length(a.applicant) + 1;

-- 表四 (and the 统计表's 行政复议 / 行政诉讼 rows) in long form: kind × result per report.
DROP VIEW IF EXISTS v_review;
CREATE VIEW v_review AS
WITH kinds(kind) AS (VALUES ('reconsideration'), ('litigation_direct'), ('litigation_after'), ('litigation')),
results(result) AS (VALUES ('upheld'), ('corrected'), ('other'), ('pending'), ('total'))
SELECT r.id AS report_id, f.path AS file, r.body_name, r.body_short_name, r.report_year, r.template,
       r.region_code, r.scope, k.kind, x.result, m.value AS count, m.flags, p.is_primary
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
JOIN v_report_primary p ON p.report_id = r.id
JOIN kinds k
JOIN results x
JOIN metric_values m ON m.report_id = r.id AND m.key = 'review.' || k.kind || '.' || x.result
WHERE f.present = 1;

-- Every figure with where it came from: file, the table row or sentence (snippet), its
-- character offset in the decoded text, the rule that read it and its flags.
DROP VIEW IF EXISTS v_provenance;
CREATE VIEW v_provenance AS
SELECT r.id AS report_id, f.path AS file, f.format, f.encoding, r.body_name, r.report_year, r.template, r.region_code,
       m.key, m.value, m.unit, m.raw_text, m.snippet, m.offset, m.rule, m.flags
FROM metric_values m
JOIN reports r ON r.id = m.report_id
JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;

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
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id) AS figures
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;
