-- Grain: one row per map × level (province / prefecture / county) × region × year × headline
-- metric, over the primary reports (v_rollup_reports). Feeds region_year.csv through
-- v_region_year (map 'year') and v_region_year_current (map 'current', export --map current).
-- For each region and year the rollup states what it used (`basis`): the region's own
-- consolidated report where one exists ('consolidated'), else the sum of the reports inside
-- it ('sum'), where a lower government's consolidated report stands for the bodies it
-- compiles and those are not added again. `reports` is the number of reports behind the
-- figure, `bodies` the number of bodies, `consolidated` how many of them are compilations,
-- `reports_in_region` every primary report of the region and year (covered ones included).
-- depends: rollup_reports
CREATE VIEW v_region_rollup AS
WITH levels(level, rank, len) AS (VALUES ('province', 1, 2), ('prefecture', 2, 4), ('county', 3, 6)),
placed AS MATERIALIZED (SELECT * FROM v_rollup_reports),
covering AS MATERIALIZED (SELECT map, report_year, prefix, id, body_id FROM placed WHERE covers),
prefix_lengths(n) AS (VALUES (2), (4), (6), (9)),
-- per report, the longest prefix of a government's compilation that contains it: a report
-- of a place below, or a department or township of the same place. The report is added only in regions
-- wider than that compilation's place.
cover AS MATERIALIZED (
  SELECT x.map, x.id, MAX(length(c.prefix)) AS len
  -- each report looks its compilations up by each of its four prefixes (CROSS JOIN keeps it
  -- the outer loop, so each lookup is an index search, not a scan of a year's compilations)
  FROM placed x
  CROSS JOIN prefix_lengths k
  CROSS JOIN covering c ON c.map = x.map AND c.report_year = x.report_year AND c.prefix = substr(x.prefix, 1, k.n)
   AND c.id <> x.id
   -- (a township of a county whose code changed has the county's code of that year)
   AND (length(c.prefix) < length(x.prefix) OR x.body_kind = 'department' OR x.body_level = 'township')
  GROUP BY x.map, x.id
),
regions AS (
  -- each report in every region that contains it; the names are the report's own
  SELECT l.level, l.len, p.map, p.id, p.body_id, p.report_year, p.covers, p.prefix,
         substr(p.prefix, 1, l.len) AS region_prefix,
         p.province,
         CASE WHEN l.rank >= 2 THEN p.prefecture END AS prefecture,
         CASE WHEN l.rank >= 3 THEN p.county END AS county,
         (cv.len IS NULL OR cv.len < l.len) AS used
  FROM placed p
  JOIN levels l
  LEFT JOIN cover cv ON cv.map = p.map AND cv.id = p.id
  -- a report sits in a level only if it is at or below it (a prefecture's report has no county)
  WHERE length(p.prefix) >= l.len
),
-- the headline figures, read in one pass over all figures (in a report's order, a pass
-- takes a third of the time the key index's lookups take: 0.5 s against 1.7 s for 7.7
-- million figures; the + keeps SQLite from the key index)
headline_figures AS MATERIALIZED (
  SELECT f.report_id, f.key_id, f.value
  FROM figures f
  WHERE +f.key_id IN (SELECT k.id FROM metric_dictionary h JOIN figure_keys k ON k.key = h.key WHERE h.headline_rank IS NOT NULL)
),
totals AS (
  SELECT map, level, region_prefix, report_year, COUNT(*) AS reports_in_region FROM regions GROUP BY map, level, region_prefix, report_year
),
agg AS (
  -- the figures summed per region first, and only then given their region's count (joined
  -- before the sum, SQLite searched every report of the year for each region and year:
  -- 37 s → 8 s at 100,000 reports). Not MATERIALIZED, so that a query's map, level or key
  -- reaches the sum (v_region_year asks for one map of the two)
  SELECT c.map, c.level, c.region_prefix, c.report_year, k.key,
         MAX(c.province) AS province, MAX(c.prefecture) AS prefecture, MAX(c.county) AS county,
         SUM(f.value) AS value, COUNT(*) AS reports, COUNT(DISTINCT c.body_id) AS bodies, SUM(c.covers) AS consolidated,
         MAX(c.covers) AS any_covers, MAX(length(c.prefix)) AS longest_prefix
  FROM regions c
  JOIN headline_figures f ON f.report_id = c.id
  JOIN figure_keys k ON k.id = f.key_id
  WHERE c.used
  GROUP BY c.map, c.level, c.region_prefix, c.report_year, k.key
)
SELECT a.map, a.level,
       CASE a.level WHEN 'province' THEN a.region_prefix || '0000' WHEN 'prefecture' THEN a.region_prefix || '00' ELSE a.region_prefix END AS region_code,
       a.province, a.prefecture, a.county,
       a.report_year, a.key, a.value,
       CASE WHEN a.reports = 1 AND a.any_covers = 1 AND a.longest_prefix = length(a.region_prefix) THEN 'consolidated' ELSE 'sum' END AS basis,
       a.reports, a.bodies, a.consolidated,
       t.reports_in_region
FROM agg a
JOIN totals t ON t.map = a.map AND t.level = a.level AND t.region_prefix = a.region_prefix AND t.report_year = a.report_year;
