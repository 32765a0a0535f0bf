// Brings the full-text indexes up to date with the paragraphs stored since the last run, in
// one transaction at the end of the run: indexing costs a few milliseconds a report and would
// otherwise hold up every batch of writes. Two indexes (sql/015_search.sql):
//   - report_text, FTS5 trigram over the paragraphs: terms of 3 characters or more;
//   - report_bigrams, contentless FTS5 over each paragraph's Han bigrams (made here, in JS):
//     terms of 2 Han characters, which are most Chinese words (收费, 复议, 诉讼) and which the
//     trigram index cannot find.
// A paragraph is in both or in neither: both are filled up to one watermark
// (report_text_state.indexed_to). A deleted paragraph under it leaves the trigram index (the
// trigger report_paragraphs_unindex); its pairs stay in the bigram index, which cannot delete
// a row in the SQLite of Debian 12 (no contentless_delete before 3.43), counted stale: they
// find nothing, since every search joins the ids to report_paragraphs, and the index is
// rebuilt when they pass STALE_SHARE of it. Paragraph ids are AUTOINCREMENT, so a new
// paragraph is always above the watermark and no id is given again.
import type { DB } from './db.js';

/**
 * The characters the bigram index cuts into pairs: Han ideographs that are letters or
 * numbers (〇 is a number; CJK radicals are symbols, and normalisation has already turned
 * those that stand for an ideograph into it). Other text is left to the trigram index and to
 * LIKE.
 */
const HAN = /^(?=\p{Script=Han})[\p{L}\p{N}]$/u;

/** HAN for every BMP code unit, tested once: the regex per character was most of the indexing time. */
let bmpHan: Uint8Array | undefined;
function hanTable(): Uint8Array {
  if (!bmpHan) {
    bmpHan = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmpHan[c] = HAN.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return bmpHan;
}

/** Whether `term` is two Han characters: one token of the bigram index. */
export function isHanPair(term: string): boolean {
  const chars = [...term];
  return chars.length === 2 && chars.every((c) => HAN.test(c));
}

/**
 * The bigram index's text of a paragraph: every pair of adjacent Han characters inside a
 * run, once each, separated by spaces ("依申请收费情况" → "依申 申请 请收 收费 费情 情况").
 * Once each: the index keeps no positions (detail=none), so a repeated pair adds nothing.
 */
export function bigramText(text: string): string {
  const han = hanTable();
  const pairs = new Set<string>();
  let prev = '';
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    let ch: string;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
      // an ideograph outside the BMP (CJK Extension B …) is two UTF-16 units
      ch = String.fromCodePoint(text.codePointAt(i)!);
      i++;
      if (!HAN.test(ch)) {
        prev = '';
        continue;
      }
    } else if (han[u]) ch = text[i]!;
    else {
      prev = '';
      continue;
    }
    if (prev) pairs.add(prev + ch);
    prev = ch;
  }
  return [...pairs].join(' ');
}

/** Paragraphs read and indexed at a time (their text is in memory meanwhile). */
const CHUNK = 2000;

/** Puts the paragraphs with from < id <= to into the trigram index; returns how many. */
export function indexTrigrams(db: DB, from: number, to: number): number {
  return db.prepare('INSERT INTO report_text(rowid, text) SELECT id, text FROM report_paragraphs WHERE id > ? AND id <= ?').run(from, to).changes;
}

/** Puts the paragraphs with from < id <= to into the bigram index; returns how many had a pair. */
export function indexBigrams(db: DB, from: number, to: number): number {
  const read = db.prepare('SELECT id, text FROM report_paragraphs WHERE id > ? AND id <= ? ORDER BY id LIMIT ?');
  const insert = db.prepare('INSERT INTO report_bigrams(rowid, bigrams) VALUES (?, ?)');
  let n = 0;
  // in chunks: better-sqlite3 cannot write while a statement is being iterated
  for (let after = from; ;) {
    const rows = read.all(after, to, CHUNK) as Array<{ id: number; text: string }>;
    if (!rows.length) return n;
    for (const r of rows) {
      const pairs = bigramText(r.text);
      // a paragraph without two Han characters in a row has nothing to find here
      if (pairs) n += insert.run(r.id, pairs).changes;
    }
    after = rows[rows.length - 1]!.id;
  }
}

/** The share of stale rows (deleted paragraphs) past which the bigram index is rebuilt. */
export const STALE_SHARE = 0.2;

/**
 * Empties both indexes and sets the watermark to 0, so that the next indexing builds them in
 * one pass over every paragraph. For a run that replaces most reports (`run --full` after a
 * parser upgrade): otherwise each replaced paragraph would leave the trigram index row by row
 * through the trigger report_paragraphs_unindex, which costs as much as indexing it.
 */
export function emptyTextIndex(db: DB): void {
  db.transaction(() => {
    db.prepare(`INSERT INTO report_text(report_text) VALUES ('delete-all')`).run();
    db.prepare(`INSERT INTO report_bigrams(report_bigrams) VALUES ('delete-all')`).run();
    db.prepare('UPDATE report_text_state SET indexed_to = 0, bigrams_stale = 0 WHERE id = 1').run();
  })();
}

/** Whether a run replacing `replacing` reports of `reports` should empty the indexes first (at least half of them, and 1,000). */
export function shouldEmptyTextIndex(replacing: number, reports: number): boolean {
  return replacing >= 1000 && replacing * 2 >= reports;
}

/** The paragraphs stored and not yet indexed (above the watermark). */
export function pendingParagraphs(db: DB): number {
  return db.prepare('SELECT COUNT(*) FROM report_paragraphs WHERE id > (SELECT indexed_to FROM report_text_state WHERE id = 1)').pluck().get() as number;
}

/** The paragraphs above the watermark, into both indexes, in one transaction; returns how many. */
export function indexText(db: DB): number {
  return db.transaction(() => {
    const state = db.prepare('SELECT indexed_to, bigrams_stale FROM report_text_state WHERE id = 1').get() as { indexed_to: number; bigrams_stale: number };
    const from = state.indexed_to;
    const to = (db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM report_paragraphs').get() as { n: number }).n;
    const n = to > from ? indexTrigrams(db, from, to) : 0;
    // counted only when something went stale: a no-op night stays a few reads
    const live = () => (db.prepare('SELECT COUNT(*) AS n FROM report_paragraphs WHERE id <= ?').get(Math.max(to, from)) as { n: number }).n;
    if (state.bigrams_stale > 0 && state.bigrams_stale > STALE_SHARE * live()) {
      // the pairs of deleted paragraphs have grown to a fifth of the index: start it again
      db.prepare(`INSERT INTO report_bigrams(report_bigrams) VALUES ('delete-all')`).run();
      indexBigrams(db, 0, Math.max(to, from));
      db.prepare('UPDATE report_text_state SET bigrams_stale = 0 WHERE id = 1').run();
    } else if (to > from) indexBigrams(db, from, to);
    if (to > from) db.prepare('UPDATE report_text_state SET indexed_to = ? WHERE id = 1').run(to);
    return n;
  })();
}
