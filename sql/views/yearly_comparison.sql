-- Grain: one row per body (body_id) × report year × headline metric, from the body-year's
-- primary report (v_report_primary), with the previous year's value, the change and the %
-- change. Feeds yearly_comparison.csv, which pivots it (bodies as rows, years as column
-- groups, each metric followed by its change).
-- depends: report_primary
CREATE VIEW v_yearly_comparison AS
WITH per_year AS (
  SELECT r.body_id, b.name AS body_name, r.region_code_current AS region_code, r.report_year, k.key, f.value
  -- the headline figures in one pass over all figures, a report's together (the + keeps
  -- SQLite from the key index, whose lookup of each figure takes three times as long)
  FROM figures f
  JOIN figure_keys k ON k.id = f.key_id
  JOIN v_report_primary p ON p.report_id = f.report_id
  JOIN reports r ON r.id = f.report_id
  JOIN bodies b ON b.body_id = r.body_id
  WHERE +f.key_id IN (SELECT k.id FROM metric_dictionary h JOIN figure_keys k ON k.key = h.key WHERE h.headline_rank IS NOT NULL)
    AND p.is_primary AND r.report_year IS NOT NULL
)
SELECT
  body_id, body_name, region_code, report_year, key, value,
  LAG(value) OVER w AS previous_value,
  LAG(report_year) OVER w AS previous_year,
  value - LAG(value) OVER w AS change,
  CASE WHEN LAG(value) OVER w > 0 THEN ROUND(100.0 * (value - LAG(value) OVER w) / LAG(value) OVER w, 1) END AS change_pct
FROM per_year
WINDOW w AS (PARTITION BY body_id, key ORDER BY report_year);
