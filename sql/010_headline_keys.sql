-- The headline metrics (METRICS.md) are named once, in the extractor's metric dictionary
-- (pipeline/transform/dictionary.ts, written to metric_dictionary by every run and export):
-- headline_rank orders them (the column order of yearly_comparison.csv), NULL elsewhere.
-- The views that listed the keys themselves read them from there instead.
ALTER TABLE metric_dictionary ADD COLUMN headline_rank INTEGER CHECK (headline_rank > 0);

-- Body × year of the headline metrics, with the previous year's value and the change.
-- Bodies are grouped by their short name (平潭综合实验区 and 平潭综合实验区管委会 are one
-- series). Long form (one row per body, year and metric); yearly_comparison.csv pivots it.
DROP VIEW IF EXISTS v_yearly_comparison;
CREATE VIEW v_yearly_comparison AS
WITH
per_year AS (
  SELECT r.body_short_name AS body_name, r.region_code, r.report_year, m.key, m.value,
         -- several reports of one body and year (a page and its text dump): the figure of
         -- the file that sorts last, so that the choice does not depend on load order
         ROW_NUMBER() OVER (PARTITION BY r.body_short_name, r.report_year, m.key ORDER BY f.path DESC) AS rn
  FROM reports r
  JOIN source_files f ON f.id = r.source_file_id
  JOIN metric_values m ON m.report_id = r.id
  JOIN metric_dictionary h ON h.key = m.key AND h.headline_rank IS NOT NULL
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

-- Province / prefecture / county × year of the headline metrics, summed over `organ` reports
-- only: a consolidated report compiles its departments' and townships' own reports, so adding
-- it would count the same applications twice (those are in v_region_year_consolidated).
-- One report per body and year (a page and its text dump are one report: the file that sorts
-- last counts, as in v_yearly_comparison). `reports` is the number of reports behind each
-- figure; `reports_in_region` the number of organ reports of that region and year at all.
-- Long form: one row per level, region, year and metric.
DROP VIEW IF EXISTS v_region_year;
CREATE VIEW v_region_year AS
WITH
one AS (
  SELECT r.id, r.region_code, r.province, r.prefecture, r.county, r.report_year,
         ROW_NUMBER() OVER (PARTITION BY COALESCE(r.body_short_name, f.path), r.report_year ORDER BY f.path DESC) AS rn
  FROM reports r
  JOIN source_files f ON f.id = r.source_file_id
  WHERE f.present = 1 AND r.scope = 'organ' AND r.region_code IS NOT NULL AND r.report_year IS NOT NULL
),
levels(level, rank) AS (VALUES ('province', 1), ('prefecture', 2), ('county', 3)),
placed AS (
  SELECT l.level, l.rank, o.id, o.report_year, o.province,
         CASE WHEN l.rank >= 2 THEN o.prefecture END AS prefecture,
         CASE WHEN l.rank >= 3 THEN o.county END AS county,
         CASE l.rank WHEN 1 THEN substr(o.region_code, 1, 2) || '0000'
                     WHEN 2 THEN substr(o.region_code, 1, 4) || '00'
                     ELSE substr(o.region_code, 1, 6) END AS region_code
  FROM one o JOIN levels l
  WHERE o.rn = 1
    -- a report sits at a level only if it is at or below it (a prefecture's report has no county)
    AND (l.rank < 2 OR o.prefecture IS NOT NULL OR o.county IS NOT NULL)
    AND (l.rank < 3 OR o.county IS NOT NULL)
),
counted AS (
  SELECT level, region_code, report_year, COUNT(*) AS reports_in_region FROM placed GROUP BY level, region_code, report_year
)
SELECT p.level, p.region_code, p.province, p.prefecture, p.county, p.report_year, m.key,
       SUM(m.value) AS value, COUNT(*) AS reports, c.reports_in_region
FROM placed p
JOIN metric_values m ON m.report_id = p.id
JOIN metric_dictionary h ON h.key = m.key AND h.headline_rank IS NOT NULL
JOIN counted c ON c.level = p.level AND c.region_code = p.region_code AND c.report_year = p.report_year
GROUP BY p.level, p.region_code, p.report_year, m.key;

-- The consolidated reports (a whole government's compilation), by region and year, beside
-- v_region_year rather than inside it.
DROP VIEW IF EXISTS v_region_year_consolidated;
CREATE VIEW v_region_year_consolidated AS
SELECT r.region_code, r.province, r.prefecture, r.county, r.township, r.report_year, r.body_name, f.path AS file,
       m.key, m.value
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
JOIN metric_values m ON m.report_id = r.id
WHERE f.present = 1 AND r.scope = 'consolidated'
  AND m.key IN (SELECT key FROM metric_dictionary WHERE headline_rank IS NOT NULL);
