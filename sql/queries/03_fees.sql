-- title: 信息处理费 / Which bodies charged applicants fees, and how much (yuan)
-- description: Every report that states its 信息处理费 (most state 0), with the sentence or table row the figure was read from.
-- rows on: sample
SELECT body_name, report_year, value AS fees_yuan, snippet
FROM v_provenance WHERE key = 'fees.application' ORDER BY value DESC, body_name, report_year;
