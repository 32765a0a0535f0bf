-- title: 指标含义 / What a figure means, in the tables' own words
-- description: The metric dictionary's entries for 表二's 行政事业性收费 row: Chinese label, unit, whether it compares across templates.
-- rows on: sample
SELECT key, label_zh, unit, comparable, caveat FROM metric_dictionary WHERE key LIKE 'admin_fees%';
