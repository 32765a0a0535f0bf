-- Search that works in Chinese (issue 18, point 4).
--
-- 1. report_text again, with its options in double quotes: Datasette finds a table's search
--    index only where the FTS table's SQL says content="report_paragraphs" (or [brackets]);
--    008 wrote content='report_paragraphs', which it does not see.
-- 2. report_bigrams: a second FTS5 index for the terms the trigram index cannot find (it
--    needs 3 characters; most Chinese words are 2: 收费, 复议, 诉讼). Contentless: its text is
--    each paragraph's runs of Han characters cut into overlapping bigrams ("收费情况" →
--    "收费 费情 情况"), made in JS by pipeline/load/text-index.ts, so a 2-character term is
--    one token. Without contentless_delete (SQLite 3.43+): Debian 12's SQLite 3.40,
--    which Python and Datasette use there, refuses that option and with it the table. A
--    deleted paragraph's pairs stay in the index, counted in report_text_state.bigrams_stale,
--    and find nothing (every search joins the ids to report_paragraphs, whose ids are never
--    given again); indexText rebuilds the index when they pass a fifth of it. detail=none: a term is one token, so positions are never needed (a third of
--    the size of detail=full). tokenize='ascii': the text is Han pairs between ASCII spaces,
--    which it takes as they are, the tokens unicode61 would give, 2.7 times faster.
-- 3. report_paragraphs again, with AUTOINCREMENT: both indexes are brought up to date from the
--    paragraphs above a watermark (report_text_state.indexed_to), which assumes a new
--    paragraph's id is above every id ever indexed. Without AUTOINCREMENT SQLite gives a new
--    row max(id) + 1, so replacing the report that held the highest ids gave its new
--    paragraphs ids already under the watermark: never indexed, never found.
--
-- Both indexes start empty and the watermark at 0: the next run (without --skip-text-index)
-- indexes every paragraph; until then `disclosure search` reads the paragraphs above the
-- watermark without an index (slower, same result).

DROP TRIGGER report_paragraphs_unindex;
DROP TABLE report_text;

ALTER TABLE report_paragraphs RENAME TO report_paragraphs_old;
CREATE TABLE report_paragraphs (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  block     INTEGER NOT NULL,   -- the paragraph's place among the report's blocks
  page      INTEGER,            -- PDF page, when known
  text      TEXT NOT NULL
) STRICT;
INSERT INTO report_paragraphs (id, report_id, block, page, text) SELECT id, report_id, block, page, text FROM report_paragraphs_old ORDER BY id;
DROP TABLE report_paragraphs_old;
CREATE INDEX report_paragraphs_report ON report_paragraphs(report_id);

CREATE VIRTUAL TABLE report_text USING fts5(text, content="report_paragraphs", content_rowid="id", tokenize='trigram');

CREATE VIRTUAL TABLE report_bigrams USING fts5(bigrams, content='', detail=none, tokenize='ascii');
ALTER TABLE report_text_state ADD COLUMN bigrams_stale INTEGER NOT NULL DEFAULT 0;

UPDATE report_text_state SET indexed_to = 0, bigrams_stale = 0;

-- a replaced or deleted report takes its indexed paragraphs out of the trigram index and
-- counts them stale in the bigram index (paragraphs above the watermark were never indexed)
CREATE TRIGGER report_paragraphs_unindex AFTER DELETE ON report_paragraphs
WHEN old.id <= (SELECT indexed_to FROM report_text_state)
BEGIN
  INSERT INTO report_text(report_text, rowid, text) VALUES ('delete', old.id, old.text);
  UPDATE report_text_state SET bigrams_stale = bigrams_stale + 1 WHERE id = 1;
END;
