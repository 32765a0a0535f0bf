-- title: 提到信息处理费的报告 / Every report that mentions 信息处理费, with the words around it
-- description: Full-text search over every paragraph (report_text, FTS5 trigram: 3 characters or more; `disclosure search` also finds 2-character words such as 收费).
-- rows on: sample
SELECT r.body_name, r.report_year, snippet(report_text, 0, '【', '】', '…', 12) AS context
FROM report_text JOIN report_paragraphs p ON p.id = report_text.rowid JOIN reports r ON r.id = p.report_id
WHERE report_text MATCH '"信息处理费"' ORDER BY r.body_name, r.report_year;
