// Full-text search over the reports' paragraphs (`disclosure search`): the paragraphs of present
// files that contain every word of the query, as substrings, with the report each is in.
// Each word goes where it can be found (text-index.ts builds the indexes):
//   - 3 characters or more: the trigram index (report_text);
//   - 2 Han characters (收费, 复议: most Chinese words): one token of the bigram index
//     (report_bigrams);
//   - anything shorter or mixed (收, 3年, GB): LIKE over the paragraphs, the only exact way
//     (slow at national scale, and rare).
// The result is the same as `text LIKE '%word%'` for each word over the present paragraphs:
// paragraphs stored since the last indexing (a run with --text-index none, or a database
// just upgraded) are read by LIKE too. The query reaches SQL only as bound parameters, each
// word quoted for FTS5 (its operators, AND, NEAR, *, ", are searched as text).
import type { DB } from './db.js';
import { termsOf } from './export/selection.js';
import { isHanPair } from './text-index.js';

/** A query that has nothing to search for: empty, or a word of punctuation only. */
export class SearchTermError extends Error {
  override readonly name = 'SearchTermError';
}

export type Route = 'trigram' | 'bigram' | 'like';

export interface SearchWord {
  text: string;
  route: Route;
}

export interface SearchOptions {
  /** Only reports of that year. */
  year?: number;
  /** A 6- or 9-digit code: that region and everything below it (as `disclosure export`). */
  region?: string;
  /** How many hits to return (all of them are counted); default all. */
  limit?: number;
  /** Characters of context on each side of the word. */
  context?: number;
}

export interface SearchHit {
  paragraph_id: number;
  report_id: number;
  file: string;
  body_id: string | null;
  body_name: string | null;
  report_year: number | null;
  region_code: string | null;
  /** false: another copy of a report (v_report_primary); its primary is listed first. */
  is_primary: boolean;
  block: number;
  page: number | null;
  /** Where the first word starts in the paragraph, in characters (code points, as SQLite's instr - 1). */
  offset: number | null;
  /** The words around it, each word of the query marked 【…】, … where the paragraph goes on. */
  context: string;
}

export interface SearchResult {
  words: SearchWord[];
  /** Paragraphs that match, and the reports they are in (hits holds the first `limit`). */
  paragraphs: number;
  reports: number;
  hits: SearchHit[];
  /** Paragraphs not in the indexes yet (searched by LIKE meanwhile). */
  unindexed: number;
}

/** The query's words (split on white space, each once) and where each is looked up. */
export function searchWords(query: string): SearchWord[] {
  const words = [...new Set(query.split(/\s+/u).filter(Boolean))];
  if (!words.length) throw new SearchTermError('nothing to search for');
  for (const w of words) if (!/[\p{L}\p{N}]/u.test(w)) throw new SearchTermError(`'${w}' has no letter or number to search for`);
  return words.map((text) => ({ text, route: [...text].length >= 3 ? 'trigram' : isHanPair(text) ? 'bigram' : 'like' }));
}

/** A word as one FTS5 string: its operators and quotes are text. */
const ftsString = (w: string) => `"${w.replaceAll('"', '""')}"`;
/** A word as a LIKE pattern (ESCAPE '\'). */
const likePattern = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const LIKE = `text LIKE ? ESCAPE '\\'`;

/**
 * The ids of the matching paragraphs, as SQL and its parameters: under the watermark through
 * the indexes (then LIKE for the short words), above it by LIKE alone.
 */
function matching(words: SearchWord[], indexedTo: number): { sql: string; params: unknown[] } {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [route, table] of [
    ['trigram', 'report_text'],
    ['bigram', 'report_bigrams'],
  ] as const) {
    const ws = words.filter((w) => w.route === route);
    if (!ws.length) continue;
    // table names are these two constants; the words are a bound parameter
    sets.push(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid <= ?`);
    params.push(ws.map((w) => ftsString(w.text)).join(' AND '), indexedTo);
  }
  if (!sets.length) {
    sets.push('SELECT id FROM report_paragraphs WHERE id <= ?');
    params.push(indexedTo);
  }
  const short = words.filter((w) => w.route === 'like');
  const sql = `SELECT id FROM report_paragraphs WHERE id IN (${sets.join(' INTERSECT ')})${short.map(() => ` AND ${LIKE}`).join('')}
    UNION ALL SELECT id FROM report_paragraphs WHERE id > ?${words.map(() => ` AND ${LIKE}`).join('')}`;
  params.push(...short.map((w) => likePattern(w.text)), indexedTo, ...words.map((w) => likePattern(w.text)));
  return { sql, params };
}

type Row = Omit<SearchHit, 'offset' | 'context' | 'is_primary'> & { is_primary: number };

export function searchParagraphs(db: DB, query: string, opts: SearchOptions = {}): SearchResult {
  const words = searchWords(query);
  // one read transaction: the watermark, the hits and their text from one snapshot, while a
  // run may be replacing reports and indexing (WAL)
  return db.transaction(() => find(db, words, opts))();
}

function find(db: DB, words: SearchWord[], opts: SearchOptions): SearchResult {
  const indexedTo = (db.prepare('SELECT indexed_to FROM report_text_state WHERE id = 1').get() as { indexed_to: number }).indexed_to;
  const unindexed = (db.prepare('SELECT COUNT(*) AS n FROM report_paragraphs WHERE id > ?').get(indexedTo) as { n: number }).n;
  const m = matching(words, indexedTo);
  const where = [`paragraph_id IN (${m.sql})`];
  const params = [...m.params];
  // --year and --region as the exports filter
  const filter = termsOf(['report_year', 'region_code'], opts);
  where.push(...filter.terms);
  params.push(...filter.params);
  // one statement: the hits are found (and v_report_primary computed) once, counted, and the
  // first `limit` returned without their text (a common word is in millions of paragraphs)
  const order = 'report_year IS NULL, report_year, body_name, body_id, is_primary DESC, file, block';
  const rows = db
    .prepare(
      `WITH hits AS MATERIALIZED (
         SELECT paragraph_id, report_id, file, body_id, body_name, report_year, region_code, is_primary, block, page
         FROM v_paragraphs WHERE ${where.join(' AND ')}),
       counts AS (SELECT COUNT(*) AS paragraphs, COUNT(DISTINCT report_id) AS reports FROM hits),
       firsts AS (SELECT * FROM hits ORDER BY ${order} LIMIT ?)
       SELECT c.paragraphs, c.reports, f.* FROM counts c LEFT JOIN firsts f ORDER BY ${order}`,
    )
    .all(...params, opts.limit ?? -1) as Array<Row & { paragraphs: number; reports: number }>;
  const counts = { paragraphs: rows[0]!.paragraphs, reports: rows[0]!.reports };
  const textOf = db.prepare('SELECT text FROM report_paragraphs WHERE id = ?').pluck();
  const hits = rows
    .filter((r) => r.paragraph_id !== null)
    .map(({ paragraphs: _p, reports: _r, ...r }) => {
      const { offset, context } = locate(textOf.get(r.paragraph_id) as string, words, opts.context ?? 30);
      return { ...r, is_primary: r.is_primary === 1, offset, context };
    });
  return { words, ...counts, hits, unindexed };
}

/** ASCII letters folded as LIKE folds them (and the trigram index: case-insensitive). */
const fold = (ch: string) => (ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);

/** Where each occurrence of `word` is in `chars` (code points), as [start, end). */
function occurrences(chars: string[], word: string): Array<[number, number]> {
  const w = [...word].map(fold);
  const found: Array<[number, number]> = [];
  outer: for (let i = 0; i + w.length <= chars.length; i++) {
    for (let j = 0; j < w.length; j++) if (chars[i + j] !== w[j]) continue outer;
    found.push([i, i + w.length]);
  }
  return found;
}

/**
 * The first word's offset in the paragraph and the text around it, with every word of the
 * query inside that window marked 【…】 (overlapping words as one mark). Offsets count code
 * points.
 */
export function locate(text: string, words: readonly SearchWord[], around: number): { offset: number | null; context: string } {
  const chars = [...text];
  const folded = chars.map(fold);
  const ranges = words.flatMap((w) => occurrences(folded, w.text)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  // found by the trigram index, which also folds the case of non-ASCII letters, but not here
  const first = occurrences(folded, words[0]!.text)[0];
  const anchor = first ?? merged[0];
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  if (!anchor) return { offset: null, context: flat(chars.slice(0, 2 * around).join('')) + (chars.length > 2 * around ? '…' : '') };
  let start = Math.max(0, anchor[0] - around);
  let end = Math.min(chars.length, anchor[1] + around);
  // a mark cut by the window's edge is shown whole
  for (const [a, b] of merged) {
    if (a < start && b > start) start = a;
    if (a < end && b > end) end = b;
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of merged) {
    if (b <= start || a >= end) continue;
    out += flat(chars.slice(at, a).join('')) + '【' + chars.slice(a, b).join('') + '】';
    at = b;
  }
  out += flat(chars.slice(at, end).join('')) + (end < chars.length ? '…' : '');
  return { offset: first ? first[0] : null, context: out };
}
