-- Grain: one row per map ('year': the map of the report year, 'current': today's) × primary
-- report (v_report_primary) with a decided region and a year. Feeds no CSV itself: the
-- regional rollup (v_region_rollup → region_year.csv) reads it.
-- `prefix` is the code without its empty levels (43, 4305, 430521, 430521100): a report lies
-- inside a region when its prefix starts with the region's. `covers` marks a government's
-- consolidated report: it compiles the departments of its place and the places below it,
-- which are then not added again (a zone's 管委会 at the same code, or another government,
-- is not its department: those stay).
-- depends: report_primary
CREATE VIEW v_rollup_reports AS
WITH maps(map) AS (VALUES ('year'), ('current')),
placed AS (
  SELECT mp.map, r.id, r.body_id, r.report_year, r.scope, r.body_kind, r.body_level,
         CASE mp.map WHEN 'year' THEN r.region_code ELSE r.region_code_current END AS code,
         CASE mp.map WHEN 'year' THEN r.province ELSE r.province_current END AS province,
         CASE mp.map WHEN 'year' THEN r.prefecture ELSE r.prefecture_current END AS prefecture,
         CASE mp.map WHEN 'year' THEN r.county ELSE r.county_current END AS county
  FROM v_report_primary p
  JOIN reports r ON r.id = p.report_id
  JOIN maps mp
  WHERE p.is_primary AND r.report_year IS NOT NULL
)
SELECT map, id, body_id, body_kind, body_level, report_year, scope, code, province, prefecture, county,
       CASE WHEN length(code) = 9 THEN code
            WHEN substr(code, 3) = '0000' THEN substr(code, 1, 2)
            WHEN substr(code, 5) = '00' THEN substr(code, 1, 4)
            ELSE code END AS prefix,
       (scope = 'consolidated' AND body_kind IN ('government', 'street')) AS covers
FROM placed
WHERE code IS NOT NULL;
