-- title: 行政诉讼增加的机关 / Where is litigation rising
-- description: Bodies whose administrative lawsuits over disclosure grew from the previous year.
-- rows on: dev
SELECT body_name, region_code, report_year, previous_value, value, change, change_pct
FROM v_yearly_comparison WHERE key = 'review.litigation.total' AND change > 0
ORDER BY change DESC;
