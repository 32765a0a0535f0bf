-- Grain: one row per present report (2019 and 2021 templates) × 表三 outcome row × applicant
-- column, with the count. Feeds applications.csv. `outcome` is the row of METRICS.md
-- (received, carried_over, granted, partial, denied.state_secret, …, handled,
-- carried_forward), `applicant` one of the seven columns: both the metric dictionary's
-- dimensions (row_key, column_key of table t3). Sums across reports keep is_primary = 1
-- (v_report_primary) rows.
-- depends: report_primary, metric_values
CREATE VIEW v_applications AS
WITH applicants(applicant, position) AS (
  VALUES ('natural_person', 1), ('commercial', 2), ('research', 3), ('social_org', 4), ('legal_service', 5), ('other_org', 6), ('total', 7)
)
SELECT r.id AS report_id, p.file, r.body_id, r.body_name, r.body_short_name, r.report_year, r.template,
       r.region_code, r.scope,
       d.row_key AS outcome,
       a.applicant, a.position AS applicant_position,
       m.value AS count, m.flags, p.is_primary, p.copy_group
FROM v_report_primary p
JOIN reports r ON r.id = p.report_id
JOIN metric_values m ON m.report_id = r.id
JOIN metric_dictionary d ON d.key = m.key AND d.table_id = 't3'
JOIN applicants a ON a.applicant = d.column_key
WHERE r.template IN ('gov2019', 'gov2021');
