-- Grain: one row per paragraph of a report of a present file, with the report's body, year
-- and region (on the map of the report year) and its is_primary (v_report_primary: copies of
-- one report carry the same paragraphs, is_primary = 0). Feeds `disclosure search` (which
-- finds the paragraph ids through the full-text indexes report_text and report_bigrams) and
-- the analyst's own text queries; no CSV (the paragraphs are the reports' whole text).
-- `block` is the paragraph's place among the report's blocks, `page` its PDF page when known.
-- depends: report_primary
CREATE VIEW v_paragraphs AS
SELECT t.id AS paragraph_id, r.id AS report_id, p.file, r.body_id, r.body_name, r.report_year,
       r.region_code, r.province, r.prefecture, r.county, p.is_primary, t.block, t.page, t.text
FROM v_report_primary p
JOIN reports r ON r.id = p.report_id
JOIN report_paragraphs t ON t.report_id = r.id;
