-- Grain: one row per consolidated primary report (a whole government's compilation) ×
-- headline metric, by region and year. Feeds region_year_consolidated.csv.
-- depends: report_primary, metric_values
CREATE VIEW v_region_year_consolidated AS
SELECT r.region_code, r.province, r.prefecture, r.county, r.township, r.report_year, r.body_id, r.body_name, p.file,
       m.key, m.value
FROM v_report_primary p
JOIN reports r ON r.id = p.report_id
JOIN metric_values m ON m.report_id = r.id
WHERE p.is_primary AND r.scope = 'consolidated'
  -- the headline keys as a list: read through the key index (a join scans every figure)
  AND m.key IN (SELECT key FROM metric_dictionary WHERE headline_rank IS NOT NULL);
