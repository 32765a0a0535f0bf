-- title: 提到"收费"的段落 / A two-character word: every paragraph that mentions 收费
-- description: Two-character words (收费, 复议, 诉讼) are looked up in the bigram index report_bigrams, whose MATCH gives paragraph ids; `disclosure search 收费` does the same for a word of any length, several words, --year and --region.
-- rows on: sample
SELECT body_name, report_year, file, block, substr(text, max(1, instr(text, '收费') - 12), 30) AS context
FROM v_paragraphs
WHERE paragraph_id IN (SELECT rowid FROM report_bigrams WHERE report_bigrams MATCH '"收费"') AND is_primary
ORDER BY report_year, body_name, block;
