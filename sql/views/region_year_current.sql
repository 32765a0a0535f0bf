-- Grain: one row per level × region × report year × headline metric, on today's map (邵东县's
-- 2018 report under 邵东市 430582). Feeds region_year.csv when exported with --map current.
-- depends: region_rollup
CREATE VIEW v_region_year_current AS
SELECT level, region_code, province, prefecture, county, report_year, key, value, basis, reports, bodies, consolidated, reports_in_region
FROM v_region_rollup WHERE map = 'current';
