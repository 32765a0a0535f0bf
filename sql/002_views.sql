-- Analyst views (marts over the staging tables above).

-- One row per report: identity, region, template and the headline metrics of METRICS.md
-- as columns, with the number of failing identity checks (hard and soft).
DROP VIEW IF EXISTS v_report_headline;
CREATE VIEW v_report_headline AS
SELECT
  r.id                AS report_id,
  f.path              AS file,
  r.body_name, r.body_level, r.scope, r.report_year, r.template,
  r.period_start, r.period_end, r.published_on,
  r.region_code, r.province, r.prefecture, r.county, r.township, r.region_confidence,
  MAX(CASE WHEN m.key = 'proactive.total'               THEN m.value END) AS proactive_total,
  MAX(CASE WHEN m.key = 'applications.received'         THEN m.value END) AS applications_received,
  MAX(CASE WHEN m.key = 'applications.carried_over'     THEN m.value END) AS applications_carried_over,
  MAX(CASE WHEN m.key = 'applications.handled'          THEN m.value END) AS applications_handled,
  MAX(CASE WHEN m.key = 'applications.granted'          THEN m.value END) AS applications_granted,
  MAX(CASE WHEN m.key = 'applications.partial'          THEN m.value END) AS applications_partial,
  MAX(CASE WHEN m.key = 'applications.denied'           THEN m.value END) AS applications_denied,
  MAX(CASE WHEN m.key = 'applications.carried_forward'  THEN m.value END) AS applications_carried_forward,
  MAX(CASE WHEN m.key = 'fees.application'              THEN m.value END) AS fees_application_yuan,
  MAX(CASE WHEN m.key = 'review.reconsideration.total'  THEN m.value END) AS review_reconsideration_total,
  MAX(CASE WHEN m.key = 'review.litigation.total'       THEN m.value END) AS review_litigation_total,
  MAX(CASE WHEN m.key = 'complaints.total'              THEN m.value END) AS complaints_total,
  (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.check_id IS NOT NULL) AS failing_checks,
  (SELECT COUNT(*) FROM metric_values x WHERE x.report_id = r.id) AS figures
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
LEFT JOIN metric_values m ON m.report_id = r.id
GROUP BY r.id;

-- Body × year of the headline metrics, with the previous year's value and the change.
-- Bodies are grouped by their short name (平潭综合实验区 and 平潭综合实验区管委会 are one
-- series). Long form (one row per body, year and metric); yearly_comparison.csv pivots it.
DROP VIEW IF EXISTS v_yearly_comparison;
CREATE VIEW v_yearly_comparison AS
WITH headline(key) AS (
  VALUES ('proactive.total'), ('applications.received'), ('applications.carried_over'), ('applications.handled'),
         ('applications.granted'), ('applications.partial'), ('applications.denied'), ('applications.carried_forward'),
         ('fees.application'), ('review.reconsideration.total'), ('review.litigation.total'), ('complaints.total')
),
per_year AS (
  SELECT r.body_short_name AS body_name, r.region_code, r.report_year, m.key, m.value,
         -- several reports of one body and year (a page and its text dump): the figure of
         -- the file that sorts last, so that the choice does not depend on load order
         ROW_NUMBER() OVER (PARTITION BY r.body_short_name, r.report_year, m.key ORDER BY f.path DESC) AS rn
  FROM reports r
  JOIN source_files f ON f.id = r.source_file_id
  JOIN metric_values m ON m.report_id = r.id
  JOIN headline h ON h.key = m.key
  WHERE r.body_short_name IS NOT NULL AND r.report_year IS NOT NULL
)
SELECT
  body_name, region_code, report_year, key, value,
  LAG(value) OVER w AS previous_value,
  LAG(report_year) OVER w AS previous_year,
  value - LAG(value) OVER w AS change,
  CASE WHEN LAG(value) OVER w > 0 THEN ROUND(100.0 * (value - LAG(value) OVER w) / LAG(value) OVER w, 1) END AS change_pct
FROM per_year
WHERE rn = 1
WINDOW w AS (PARTITION BY body_name, key ORDER BY report_year);
