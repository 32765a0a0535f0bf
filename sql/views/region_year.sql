-- Grain: one row per level (province / prefecture / county) × region × report year ×
-- headline metric, on the map of the report year (邵东县's 2018 report under 430521). Feeds
-- region_year.csv. See v_region_rollup for `basis` and the counts.
-- depends: region_rollup
CREATE VIEW v_region_year AS
SELECT level, region_code, province, prefecture, county, report_year, key, value, basis, reports, bodies, consolidated, reports_in_region
FROM v_region_rollup WHERE map = 'year';
