-- Full-text search over the reports' paragraphs: find every report that mentions 信息处理费.
-- The paragraphs are kept in report_paragraphs (replaced with their report); report_text is an
-- FTS5 index over them with the trigram tokenizer, which works for Chinese without a word
-- list (a query needs 3 characters or more). The index is brought up to date at the end of
-- each run, from the paragraphs above the watermark, so indexing never holds up parsing.
CREATE TABLE report_paragraphs (
  id        INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  block     INTEGER NOT NULL,   -- the paragraph's place among the report's blocks
  page      INTEGER,            -- PDF page, when known
  text      TEXT NOT NULL
) STRICT;
CREATE INDEX report_paragraphs_report ON report_paragraphs(report_id);

CREATE VIRTUAL TABLE report_text USING fts5(text, content='report_paragraphs', content_rowid='id', tokenize='trigram');

-- paragraphs up to this id are in the index
CREATE TABLE report_text_state (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_to INTEGER NOT NULL) STRICT;
INSERT INTO report_text_state VALUES (1, 0);

-- a replaced report takes its indexed paragraphs out of the index (never-indexed ones are not in it)
CREATE TRIGGER report_paragraphs_unindex AFTER DELETE ON report_paragraphs
WHEN old.id <= (SELECT indexed_to FROM report_text_state)
BEGIN
  INSERT INTO report_text(report_text, rowid, text) VALUES ('delete', old.id, old.text);
END;
