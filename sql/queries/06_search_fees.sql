-- title: 提到信息处理费的报告 / Which reports mention 信息处理费, and what do they say
-- description: Full-text search over every paragraph with its body, year and file (v_paragraphs): a word of 3 characters or more is looked up in the trigram index report_text.
-- rows on: sample
SELECT v.body_name, v.report_year, v.file, v.block, snippet(report_text, 0, '【', '】', '…', 12) AS context
FROM report_text JOIN v_paragraphs v ON v.paragraph_id = report_text.rowid
WHERE report_text MATCH '"信息处理费"' AND v.is_primary ORDER BY v.report_year, v.body_name, v.block;
