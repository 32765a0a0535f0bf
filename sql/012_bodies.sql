-- One body, one series, one place (issue 14).
--
-- A report belongs to a body: today's region code + the canonical organ (430582:人民政府,
-- 110115:统计局), so every 城关镇人民政府 of China is its own body and 上海市人民政府办公厅 is not
-- 上海市人民政府. A report whose region is not decided is its own body ('file:' || path).
-- Copies of one report (a portal page and a crawler's text dump) share a copy_group; exactly
-- one report per body and year is primary (the most complete copy), and only primary
-- reports of present files enter the sums. region_code is the code in force in the report
-- year, region_code_current today's (邵东县 2018: 430521, today 430582).

ALTER TABLE reports ADD COLUMN body_name_printed TEXT;
ALTER TABLE reports ADD COLUMN body_full_name TEXT;
ALTER TABLE reports ADD COLUMN body_kind TEXT CHECK (body_kind IN ('government', 'department', 'street', 'zone'));
ALTER TABLE reports ADD COLUMN organ TEXT;
ALTER TABLE reports ADD COLUMN body_id TEXT;
ALTER TABLE reports ADD COLUMN region_code_current TEXT;
ALTER TABLE reports ADD COLUMN province_current TEXT;
ALTER TABLE reports ADD COLUMN prefecture_current TEXT;
ALTER TABLE reports ADD COLUMN county_current TEXT;
ALTER TABLE reports ADD COLUMN fingerprint BLOB;            -- sorted uint32 sentence hashes (little-endian)
-- set by load/copies.ts after every run that changed anything
ALTER TABLE reports ADD COLUMN copy_group INTEGER;          -- source_files.id of the group's primary copy
ALTER TABLE reports ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 1 CHECK (is_primary IN (0, 1));
CREATE INDEX reports_body ON reports(body_id, report_year);

-- The bodies the reports belong to, rebuilt from the reports after each run: a name seen on
-- any present report, its place, level and kind, and the years it reported.
CREATE TABLE bodies (
  body_id             TEXT PRIMARY KEY,
  name                TEXT,            -- the full name (with county and city) of its latest primary report
  organ               TEXT,
  kind                TEXT,
  level               TEXT,
  region_code_current TEXT,
  province_current    TEXT,
  prefecture_current  TEXT,
  county_current      TEXT,
  first_year          INTEGER,
  last_year           INTEGER,
  reports             INTEGER NOT NULL  -- primary reports (one per year)
) STRICT;

-- Every name a body was printed under (洪泽区人民政府, 淮安市洪泽区人民政府), with its years.
CREATE TABLE body_aliases (
  body_id     TEXT NOT NULL REFERENCES bodies(body_id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  first_year  INTEGER,
  last_year   INTEGER,
  reports     INTEGER NOT NULL,
  PRIMARY KEY (body_id, name)
) STRICT;

-- the body of the 2011 report compares with the body of 2010 (T3-X) by body_id now
DROP INDEX IF EXISTS reports_short_year;

-- Which report stands for its body and year: stored by load/copies.ts, read here.
DROP VIEW IF EXISTS v_report_primary;
CREATE VIEW v_report_primary AS
SELECT r.id AS report_id, r.is_primary, r.copy_group
FROM reports r JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;

-- One row per report (file): identity, body, region on both maps, copy group, the headline
-- metrics as columns, failing identity checks (errors) and the number of figures.
DROP VIEW IF EXISTS v_report_headline;
CREATE VIEW v_report_headline AS
SELECT
  r.id                AS report_id,
  f.path              AS file,
  r.body_id, r.body_name, r.body_name_printed, r.body_full_name, r.body_level, r.body_kind, r.scope, r.report_year, r.template,
  r.period_start, r.period_end, r.published_on,
  r.region_code, r.province, r.prefecture, r.county, r.township, r.region_confidence,
  r.region_code_current,
  r.copy_group, r.is_primary,
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
  (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.check_id IS NOT NULL AND i.severity = 'error') AS failing_checks,
  (SELECT COUNT(*) FROM metric_values x WHERE x.report_id = r.id) AS figures
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
LEFT JOIN metric_values m ON m.report_id = r.id
WHERE f.present = 1
GROUP BY r.id;

-- Body × year of the headline metrics, with the previous year's value and the change: one
-- series per body (body_id), the primary report of each year. Long form;
-- yearly_comparison.csv pivots it.
DROP VIEW IF EXISTS v_yearly_comparison;
CREATE VIEW v_yearly_comparison AS
WITH per_year AS (
  SELECT r.body_id, b.name AS body_name, r.region_code_current AS region_code, r.report_year, m.key, m.value
  -- from the twelve headline keys through the key index (CROSS JOIN keeps that order):
  -- five times faster than reading every figure and looking its key up
  FROM metric_dictionary h
  CROSS JOIN metric_values m ON m.key = h.key
  JOIN reports r ON r.id = m.report_id
  JOIN source_files f ON f.id = r.source_file_id
  JOIN bodies b ON b.body_id = r.body_id
  WHERE h.headline_rank IS NOT NULL AND f.present = 1 AND r.is_primary = 1 AND r.report_year IS NOT NULL
)
SELECT
  body_id, body_name, region_code, report_year, key, value,
  LAG(value) OVER w AS previous_value,
  LAG(report_year) OVER w AS previous_year,
  value - LAG(value) OVER w AS change,
  CASE WHEN LAG(value) OVER w > 0 THEN ROUND(100.0 * (value - LAG(value) OVER w) / LAG(value) OVER w, 1) END AS change_pct
FROM per_year
WINDOW w AS (PARTITION BY body_id, key ORDER BY report_year);

-- The reports a regional rollup can use, on both maps: primary reports of present files with
-- a decided region and a year. `prefix` is the code without its empty levels (43, 4305,
-- 430521, 430521100): a report lies inside a region when its prefix starts with the region's.
-- `covers` marks a government's consolidated report: it compiles the departments of its place
-- and the places below it, which are then not added again (a zone's 管委会 at the same code,
-- or another government, is not its department: those stay).
DROP VIEW IF EXISTS v_rollup_reports;
CREATE VIEW v_rollup_reports AS
WITH maps(map) AS (VALUES ('year'), ('current')),
placed AS (
  SELECT mp.map, r.id, r.body_id, r.report_year, r.scope, r.body_kind, r.body_level,
         CASE mp.map WHEN 'year' THEN r.region_code ELSE r.region_code_current END AS code,
         CASE mp.map WHEN 'year' THEN r.province ELSE r.province_current END AS province,
         CASE mp.map WHEN 'year' THEN r.prefecture ELSE r.prefecture_current END AS prefecture,
         CASE mp.map WHEN 'year' THEN r.county ELSE r.county_current END AS county
  FROM reports r
  JOIN source_files f ON f.id = r.source_file_id
  JOIN maps mp
  WHERE f.present = 1 AND r.is_primary = 1 AND r.report_year IS NOT NULL
)
SELECT map, id, body_id, body_kind, body_level, report_year, scope, code, province, prefecture, county,
       CASE WHEN length(code) = 9 THEN code
            WHEN substr(code, 3) = '0000' THEN substr(code, 1, 2)
            WHEN substr(code, 5) = '00' THEN substr(code, 1, 4)
            ELSE code END AS prefix,
       (scope = 'consolidated' AND body_kind IN ('government', 'street')) AS covers
FROM placed
WHERE code IS NOT NULL;

-- Province / prefecture / county × year of the headline metrics, on the map of the report
-- year (v_region_year) or today's (v_region_year_current). For each region and year the
-- rollup states what it used (`basis`): the region's own consolidated report where one
-- exists ('consolidated'), else the sum of the reports inside it ('sum'), where a lower
-- government's consolidated report stands for the bodies it compiles and those are not added
-- again. `reports` is the number of reports behind the figure, `bodies` the number of bodies,
-- `consolidated` how many of them are compilations, `reports_in_region` every primary report
-- of the region and year (covered ones included). Long form: one row per level, region, year
-- and metric.
DROP VIEW IF EXISTS v_region_rollup;
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
totals AS (
  SELECT map, level, region_prefix, report_year, COUNT(*) AS reports_in_region FROM regions GROUP BY map, level, region_prefix, report_year
)
SELECT c.map, c.level,
       CASE c.level WHEN 'province' THEN c.region_prefix || '0000' WHEN 'prefecture' THEN c.region_prefix || '00' ELSE c.region_prefix END AS region_code,
       MAX(c.province) AS province, MAX(c.prefecture) AS prefecture, MAX(c.county) AS county,
       c.report_year, m.key, SUM(m.value) AS value,
       CASE WHEN COUNT(*) = 1 AND MAX(c.covers) = 1 AND MAX(length(c.prefix)) = length(c.region_prefix) THEN 'consolidated' ELSE 'sum' END AS basis,
       COUNT(*) AS reports, COUNT(DISTINCT c.body_id) AS bodies, SUM(c.covers) AS consolidated,
       t.reports_in_region
FROM regions c
JOIN metric_values m ON m.report_id = c.id
JOIN metric_dictionary h ON h.key = m.key AND h.headline_rank IS NOT NULL
JOIN totals t ON t.map = c.map AND t.level = c.level AND t.region_prefix = c.region_prefix AND t.report_year = c.report_year
WHERE c.used
GROUP BY c.map, c.level, c.region_prefix, c.report_year, m.key;

DROP VIEW IF EXISTS v_region_year;
CREATE VIEW v_region_year AS
SELECT level, region_code, province, prefecture, county, report_year, key, value, basis, reports, bodies, consolidated, reports_in_region
FROM v_region_rollup WHERE map = 'year';

DROP VIEW IF EXISTS v_region_year_current;
CREATE VIEW v_region_year_current AS
SELECT level, region_code, province, prefecture, county, report_year, key, value, basis, reports, bodies, consolidated, reports_in_region
FROM v_region_rollup WHERE map = 'current';

-- The consolidated reports (a whole government's compilation), by region and year.
DROP VIEW IF EXISTS v_region_year_consolidated;
CREATE VIEW v_region_year_consolidated AS
SELECT r.region_code, r.province, r.prefecture, r.county, r.township, r.report_year, r.body_id, r.body_name, f.path AS file,
       m.key, m.value
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
JOIN metric_values m ON m.report_id = r.id
WHERE f.present = 1 AND r.is_primary = 1 AND r.scope = 'consolidated'
  AND m.key IN (SELECT key FROM metric_dictionary WHERE headline_rank IS NOT NULL);

-- 表三 in long form (see 006); now with the body and the copy group.
DROP VIEW IF EXISTS v_applications;
CREATE VIEW v_applications AS
WITH applicants(applicant, position) AS (
  VALUES ('natural_person', 1), ('commercial', 2), ('research', 3), ('social_org', 4), ('legal_service', 5), ('other_org', 6), ('total', 7)
)
SELECT r.id AS report_id, f.path AS file, r.body_id, r.body_name, r.body_short_name, r.report_year, r.template,
       r.region_code, r.scope,
       substr(m.key, 14, length(m.key) - 13 - length(a.applicant) - 1) AS outcome,
       a.applicant, a.position AS applicant_position,
       m.value AS count, m.flags, r.is_primary, r.copy_group
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
JOIN metric_values m ON m.report_id = r.id
JOIN applicants a ON m.key LIKE 'applications.%.' || a.applicant
WHERE r.template IN ('gov2019', 'gov2021') AND f.present = 1
  AND length(m.key) > 13 + length(a.applicant) + 1;

-- 表四 in long form (see 006); now with the body and the copy group.
DROP VIEW IF EXISTS v_review;
CREATE VIEW v_review AS
WITH kinds(kind) AS (VALUES ('reconsideration'), ('litigation_direct'), ('litigation_after'), ('litigation')),
results(result) AS (VALUES ('upheld'), ('corrected'), ('other'), ('pending'), ('total'))
SELECT r.id AS report_id, f.path AS file, r.body_id, r.body_name, r.body_short_name, r.report_year, r.template,
       r.region_code, r.scope, k.kind, x.result, m.value AS count, m.flags, r.is_primary, r.copy_group
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
JOIN kinds k
JOIN results x
JOIN metric_values m ON m.report_id = r.id AND m.key = 'review.' || k.kind || '.' || x.result
WHERE f.present = 1;

-- Every figure with where it came from (see 006); now with the body and whether the report
-- is the primary copy.
DROP VIEW IF EXISTS v_provenance;
CREATE VIEW v_provenance AS
SELECT r.id AS report_id, f.path AS file, f.format, f.encoding, r.body_id, r.body_name, r.report_year, r.template, r.region_code,
       r.is_primary, r.copy_group, m.key, m.value, m.unit, m.raw_text, m.snippet, m.offset, m.rule, m.flags
FROM metric_values m
JOIN reports r ON r.id = m.report_id
JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;

-- v_data_quality (see 011) with the body, the copy group and whether the report is primary,
-- and the headline metrics (METRICS.md) the report does not state, in the dictionary's order:
-- "proactive.total applications.received" instead of a silent gap in a chart (issue 16).
DROP VIEW IF EXISTS v_data_quality;
CREATE VIEW v_data_quality AS
SELECT r.id AS report_id, f.path AS file, r.body_id, r.body_name, r.report_year, r.template, r.region_code,
       r.region_confidence, r.copy_group, r.is_primary,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.check_id IS NOT NULL AND i.severity = 'error') AS failing_checks,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'cross_year_mismatch') AS cross_year_mismatches,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'text_table_mismatch') AS text_table_mismatches,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'ambiguous_glued_row') AS unread_glued_rows,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id AND instr(m.flags, 'approximate') > 0) AS approximate_figures,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id AND instr(m.flags, 'derived') > 0) AS derived_figures,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id AND instr(m.flags, 'blank_cell') > 0) AS blank_cells,
       EXISTS (SELECT 1 FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'decoding_damage') AS decoding_damage,
       CASE WHEN r.region_code IS NULL THEN (CASE WHEN r.region_candidates <> '[]' THEN 'ambiguous' ELSE 'unknown' END) ELSE 'decided' END AS region_status,
       CASE WHEN r.template IN ('gov2019', 'gov2021') THEN trim(
         (CASE WHEN NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id AND (m.key LIKE 'rules.%' OR m.key LIKE 'normative_docs.%' OR m.key LIKE 'licensing.%' OR m.key LIKE 'penalty.%' OR m.key LIKE 'coercion.%' OR m.key LIKE 'admin_fees.%')) THEN '表二 ' ELSE '' END) ||
         (CASE WHEN NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id AND m.key LIKE 'applications.%.total') THEN '表三 ' ELSE '' END) ||
         (CASE WHEN NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id AND m.key LIKE 'review.%') THEN '表四' ELSE '' END))
       END AS missing_sections,
       (SELECT group_concat(substr(i.message, 1, instr(i.message, ' ') - 1), ' ') FROM validation_issues i
         WHERE i.report_id = r.id AND i.code = 'table_incomplete') AS incomplete_sections,
       (SELECT group_concat(key, ' ') FROM (SELECT d.key FROM metric_dictionary d
          WHERE d.headline_rank IS NOT NULL AND NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id AND m.key = d.key)
          ORDER BY d.headline_rank)) AS headline_not_stated,
       (SELECT COUNT(*) FROM metric_values m WHERE m.report_id = r.id) AS figures
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;

-- The bodies with every name they were printed under, for bodies.csv.
DROP VIEW IF EXISTS v_bodies;
CREATE VIEW v_bodies AS
SELECT b.body_id, b.name, b.organ, b.kind, b.level, b.region_code_current AS region_code, b.province_current AS province,
       b.prefecture_current AS prefecture, b.county_current AS county, b.first_year, b.last_year, b.reports,
       (SELECT group_concat(a.name, ' / ') FROM (SELECT name FROM body_aliases a WHERE a.body_id = b.body_id ORDER BY first_year, name) a) AS aliases
FROM bodies b;
