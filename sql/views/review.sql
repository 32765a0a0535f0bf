-- Grain: one row per present report × kind × result of 表四 (and of the 统计表's 行政复议 /
-- 行政诉讼 rows), with the count. Feeds review.csv. kind and result are the metric
-- dictionary's dimensions (row_key, column_key of table t4, or of the 统计表's review rows).
-- depends: report_primary, metric_values
CREATE VIEW v_review AS
SELECT r.id AS report_id, p.file, r.body_id, r.body_name, r.body_short_name, r.report_year, r.template,
       r.region_code, r.scope, d.row_key AS kind, d.column_key AS result, m.value AS count, m.flags, p.is_primary, p.copy_group
FROM v_report_primary p
JOIN reports r ON r.id = p.report_id
JOIN metric_values m ON m.report_id = r.id
JOIN metric_dictionary d ON d.key = m.key
WHERE d.table_id = 't4' OR (d.table_id = 'stat2008' AND d.row_key IN ('reconsideration', 'litigation'));
