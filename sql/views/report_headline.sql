-- Grain: one row per report of a present file (copies of one report share a copy_group; one
-- report per body and year has is_primary = 1, from v_report_primary). Feeds reports.csv.
-- Identity, body, region on both maps, the headline metrics (METRICS.md) as columns, the
-- failing identity checks (v_report_checks) and the number of figures.
-- depends: report_primary, report_checks
CREATE VIEW v_report_headline AS
SELECT
  r.id                AS report_id,
  p.file,
  r.body_id, r.body_name, r.body_name_printed, r.body_full_name, r.body_level, r.body_kind, r.scope, r.report_year, r.template,
  r.period_start, r.period_end, r.published_on,
  r.region_code, r.province, r.prefecture, r.county, r.township, r.region_confidence,
  r.region_code_current,
  p.copy_group, p.is_primary,
  MAX(CASE WHEN m.key = 'proactive.total'               THEN f.value END) AS proactive_total,
  MAX(CASE WHEN m.key = 'applications.received'         THEN f.value END) AS applications_received,
  MAX(CASE WHEN m.key = 'applications.carried_over'     THEN f.value END) AS applications_carried_over,
  MAX(CASE WHEN m.key = 'applications.handled'          THEN f.value END) AS applications_handled,
  MAX(CASE WHEN m.key = 'applications.granted'          THEN f.value END) AS applications_granted,
  MAX(CASE WHEN m.key = 'applications.partial'          THEN f.value END) AS applications_partial,
  MAX(CASE WHEN m.key = 'applications.denied'           THEN f.value END) AS applications_denied,
  MAX(CASE WHEN m.key = 'applications.carried_forward'  THEN f.value END) AS applications_carried_forward,
  MAX(CASE WHEN m.key = 'fees.application'              THEN f.value END) AS fees_application_yuan,
  MAX(CASE WHEN m.key = 'review.reconsideration.total'  THEN f.value END) AS review_reconsideration_total,
  MAX(CASE WHEN m.key = 'review.litigation.total'       THEN f.value END) AS review_litigation_total,
  MAX(CASE WHEN m.key = 'complaints.total'              THEN f.value END) AS complaints_total,
  c.failing_checks,
  (SELECT COUNT(*) FROM figures n WHERE n.report_id = r.id) AS figures
FROM v_report_primary p
JOIN reports r ON r.id = p.report_id
JOIN v_report_checks c ON c.report_id = r.id
-- the figures and their keys rather than the metric_values view: a view of joins cannot be
-- flattened into the right side of a LEFT JOIN, and SQLite would build all of it first.
-- Only the twelve keys above, each found by the primary key (reading all of a report's
-- figures to keep twelve: 10 s → 5 s at 100,000 reports). Named here, not taken from
-- metric_dictionary, which a database upgraded but not yet run has empty.
LEFT JOIN figures f ON f.report_id = r.id
  AND f.key_id IN (SELECT id FROM figure_keys WHERE key IN ('proactive.total', 'applications.received', 'applications.carried_over',
    'applications.handled', 'applications.granted', 'applications.partial', 'applications.denied', 'applications.carried_forward',
    'fees.application', 'review.reconsideration.total', 'review.litigation.total', 'complaints.total'))
LEFT JOIN figure_keys m ON m.id = f.key_id
GROUP BY r.id;
