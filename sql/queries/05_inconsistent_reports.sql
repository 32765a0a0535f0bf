-- title: 勾稽关系不符的报告 / Which reports are internally inconsistent, and where exactly
-- description: Every identity check (勾稽关系) the published figures break, with both sides.
-- rows on: sample
SELECT q.body_name, q.report_year, q.failing_checks, i.check_id, i.expression, i.left_value, i.right_value
FROM v_data_quality q JOIN validation_issues i ON i.report_id = q.report_id
WHERE i.code = 'source_inconsistent' ORDER BY q.body_name, q.report_year;
