-- Grain: one row per report of a present file (is_primary from v_report_primary). Feeds
-- data_quality.csv. What an analyst should know before trusting a report's figures: failing
-- identity checks (v_report_checks), cross-year and text/table mismatches, unread glued rows,
-- approximate / derived / blank-cell figures (metric_flags), decoding damage, the region's
-- status, for the template reports the tables that gave no figure at all (missing_sections)
-- or only part (incomplete_sections, from the table of the cells a table_incomplete finding
-- names), and the headline metrics it does not state, in the dictionary's order. Lists are
-- ordered in a subquery, not with group_concat(… ORDER BY …), which SQLite before 3.44 (Debian
-- 12's, and so Python's and Datasette's there) cannot parse: one such view and the whole
-- schema fails to open in them.
-- depends: report_primary, report_checks
CREATE VIEW v_data_quality AS
WITH sections(table_id, name) AS (VALUES ('t2', '表二'), ('t3', '表三'), ('t4', '表四')),
-- the figure keys that show a section gave figures, found once (a report's figures are then
-- probed by key, not read whole once per section)
section_keys AS MATERIALIZED (
  SELECT s.table_id, k.id AS key_id
  FROM sections s
  JOIN metric_dictionary d ON CASE s.table_id
                                WHEN 't2' THEN d.table_id = 't2'
                                -- 表三 gave figures when a row has its 总计
                                WHEN 't3' THEN d.table_id = 't3' AND d.column_key = 'total'
                                -- 表四, or the same rows stated in the 统计表's words
                                ELSE d.table_id = 't4' OR (d.table_id = 'stat2008' AND d.row_key IN ('reconsideration', 'litigation')) END
  JOIN figure_keys k ON k.key = d.key
),
headline AS MATERIALIZED (SELECT key, headline_rank FROM metric_dictionary WHERE headline_rank IS NOT NULL)
SELECT r.id AS report_id, p.file, r.body_id, r.body_name, r.report_year, r.template, r.region_code,
       r.region_confidence, p.copy_group, p.is_primary,
       c.failing_checks,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'cross_year_mismatch') AS cross_year_mismatches,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'text_table_mismatch') AS text_table_mismatches,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'ambiguous_glued_row') AS unread_glued_rows,
       (SELECT COUNT(*) FROM metric_flags g WHERE g.report_id = r.id AND g.flag = 'approximate') AS approximate_figures,
       (SELECT COUNT(*) FROM metric_flags g WHERE g.report_id = r.id AND g.flag = 'derived') AS derived_figures,
       (SELECT COUNT(*) FROM metric_flags g WHERE g.report_id = r.id AND g.flag = 'blank_cell') AS blank_cells,
       EXISTS (SELECT 1 FROM validation_issues i WHERE i.report_id = r.id AND i.code = 'decoding_damage') AS decoding_damage,
       CASE WHEN r.region_code IS NULL THEN (CASE WHEN r.region_candidates <> '[]' THEN 'ambiguous' ELSE 'unknown' END) ELSE 'decided' END AS region_status,
       CASE WHEN r.template IN ('gov2019', 'gov2021') THEN COALESCE(
         (SELECT group_concat(name, ' ') FROM (SELECT s.name FROM sections s
           WHERE NOT EXISTS (SELECT 1 FROM section_keys x JOIN figures f ON f.report_id = r.id AND f.key_id = x.key_id
                             WHERE x.table_id = s.table_id)
           ORDER BY s.table_id)), '')
       END AS missing_sections,
       (SELECT group_concat(name, ' ') FROM (SELECT s.name FROM validation_issues i
          JOIN metric_dictionary d ON d.key = json_extract(i.cells, '$[0]')
          JOIN sections s ON s.table_id = d.table_id
         WHERE i.report_id = r.id AND i.code = 'table_incomplete' ORDER BY i.id)) AS incomplete_sections,
       (SELECT group_concat(key, ' ') FROM (SELECT d.key FROM headline d
          WHERE NOT EXISTS (SELECT 1 FROM figure_keys k JOIN figures f ON f.report_id = r.id AND f.key_id = k.id WHERE k.key = d.key)
          ORDER BY d.headline_rank)) AS headline_not_stated,
       (SELECT COUNT(*) FROM figures f WHERE f.report_id = r.id) AS figures
FROM v_report_primary p
JOIN reports r ON r.id = p.report_id
JOIN v_report_checks c ON c.report_id = r.id;
