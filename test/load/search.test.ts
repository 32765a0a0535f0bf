// Search that works in Chinese (issue 18, point 4): the 平潭 series (2011–2025, pages and their
// text dumps) and the five seeds (内蒙古, 宁夏), loaded as a run loads them. Every search must
// give exactly the paragraphs a plain `text LIKE '%word%'` scan of the present paragraphs gives:
// two-character words through the bigram index (the trigram index finds nothing under 3
// characters), longer ones through the trigram index, one character by LIKE.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { locate, searchParagraphs, searchWords, SearchTermError, type SearchOptions } from '../../pipeline/load/search.js';
import { bigramText, indexText } from '../../pipeline/load/text-index.js';
import { runPipeline } from '../../pipeline/run/index.js';
import { DEV, SEEDS } from '../helpers.js';

let dir: string;
let db: DB;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-search-'));
  const input = path.join(dir, 'raw');
  mkdirSync(input);
  for (const f of readdirSync(path.join(DEV, 'raw'))) copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
  db = openDatabase(path.join(dir, 'db.sqlite'));
  await runPipeline(db, { input, full: false, concurrency: 2, log });
}, 60_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The paragraph ids of a search, all of them, in id order. */
const ids = (query: string, opts: SearchOptions = {}) =>
  searchParagraphs(db, query, opts)
    .hits.map((h) => h.paragraph_id)
    .sort((a, b) => a - b);

/** The same by a plain scan: present paragraphs whose text has every word (LIKE, as an analyst would). */
function likeIds(words: string[], where = '', params: unknown[] = []): number[] {
  const like = words.map(() => `text LIKE ? ESCAPE '\\'`).join(' AND ');
  const patterns = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return (
    db
      .prepare(`SELECT paragraph_id FROM v_paragraphs WHERE ${like}${where} ORDER BY paragraph_id`)
      .pluck()
      .all(...patterns, ...params) as number[]
  ).slice();
}

const trigramIds = (term: string) => db.prepare(`SELECT rowid FROM report_text WHERE report_text MATCH ? ORDER BY rowid`).pluck().all(`"${term}"`) as number[];

describe('two-character words (the bigram index)', () => {
  // counts verified by a LIKE scan of the 39 reports (34 平潭 files, 5 seeds)
  it.each([
    ['收费', 30, 20],
    ['复议', 53, 38],
    ['诉讼', 45, 31],
  ])('%s finds the %i paragraphs (in %i reports) that contain it, and only those', (term, paragraphs, reports) => {
    const res = searchParagraphs(db, term);
    expect(res.words).toEqual([{ text: term, route: 'bigram' }]);
    expect(res.unindexed).toBe(0);
    expect(res.paragraphs).toBe(paragraphs);
    expect(res.reports).toBe(reports);
    expect(ids(term)).toEqual(likeIds([term]));
    for (const h of res.hits) {
      const text = db.prepare('SELECT text FROM report_paragraphs WHERE id = ?').pluck().get(h.paragraph_id) as string;
      expect([...text].slice(h.offset!, h.offset! + 2).join('')).toBe(term);
      expect(h.context).toContain(`【${term}】`);
    }
    // what the trigram index alone gives for two characters
    expect(trigramIds(term)).toEqual([]);
  });

  it('finds paragraphs with every word of several (bigram, trigram and LIKE words together)', () => {
    expect(ids('复议 诉讼')).toEqual(likeIds(['复议', '诉讼']));
    expect(ids('复议 诉讼').length).toBeGreaterThan(10);
    expect(ids('收费 信息处理费')).toEqual(likeIds(['收费', '信息处理费']));
    expect(ids('诉讼 件')).toEqual(likeIds(['诉讼', '件']));
  });

  it('finds one character by reading the paragraphs, with the same result', () => {
    expect(searchWords('收')).toEqual([{ text: '收', route: 'like' }]);
    expect(ids('收')).toEqual(likeIds(['收']));
    expect(ids('收').length).toBe(100);
  });
});

describe('longer words (the trigram index)', () => {
  it.each(['信息处理费', '行政复议', '依申请公开'])('%s gives what the trigram index and a LIKE scan give', (term) => {
    expect(searchWords(term)[0]!.route).toBe('trigram');
    const found = ids(term);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(likeIds([term]));
    // every present paragraph the trigram index holds for it (the index also has those of copies)
    const present = new Set(db.prepare('SELECT paragraph_id FROM v_paragraphs').pluck().all() as number[]);
    expect(found).toEqual(trigramIds(term).filter((id) => present.has(id)));
  });
});

describe('filters and order', () => {
  it('--year keeps that report year', () => {
    const res = searchParagraphs(db, '复议', { year: 2020 });
    expect(res.hits.length).toBeGreaterThan(0);
    expect(res.hits.every((h) => h.report_year === 2020)).toBe(true);
    expect(ids('复议', { year: 2020 })).toEqual(likeIds(['复议'], ' AND report_year = ?', [2020]));
  });

  it('--region keeps the region and everything below it', () => {
    const all = ids('复议');
    const pingtan = likeIds(['复议'], ` AND region_code LIKE '3501%'`);
    const mongolia = likeIds(['复议'], ` AND region_code LIKE '15%'`);
    expect(pingtan.length).toBeGreaterThan(0);
    expect(mongolia.length).toBeGreaterThan(0);
    expect(ids('复议', { region: '350128' })).toEqual(pingtan);
    expect(ids('复议', { region: '350100' })).toEqual(pingtan);
    expect(ids('复议', { region: '350000' })).toEqual(pingtan);
    expect(ids('复议', { region: '150000' })).toEqual(mongolia);
    expect(ids('复议', { region: '110000' })).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(pingtan.length + mongolia.length);
    // a township's 9-digit code: that township only
    const town = db.prepare(`SELECT region_code FROM v_paragraphs WHERE length(region_code) = 9 LIMIT 1`).pluck().get() as string;
    expect(ids('复议', { region: town })).toEqual(likeIds(['复议'], ' AND region_code = ?', [town]));
  });

  it('lists hits by report year, body and block, a copy after its primary file and marked', () => {
    const hits = searchParagraphs(db, '复议').hits;
    const key = (h: (typeof hits)[number]) => [h.report_year!, h.body_name ?? '', h.body_id ?? '', h.is_primary ? 0 : 1, h.file, h.block] as const;
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [key(hits[i - 1]!), key(hits[i]!)];
      const cmp = a.findIndex((x, j) => x !== b[j]);
      expect(cmp === -1 || a[cmp]! < b[cmp]!, `${hits[i - 1]!.file} before ${hits[i]!.file}`).toBe(true);
    }
    expect(hits.some((h) => !h.is_primary)).toBe(true);
    expect(searchParagraphs(db, '复议', { limit: 3 }).hits).toEqual(hits.slice(0, 3));
  });
});

describe('the query is text, never syntax', () => {
  it.each(['"收费"', '收费"', 'AND', '收费 AND 复议', '收费*', 'NEAR(收费 复议)', '复议 OR', "收费'", '50%', 'a_b'])('%s is searched literally', (query) => {
    const words = searchWords(query).map((w) => w.text);
    expect(() => searchParagraphs(db, query)).not.toThrow();
    expect(ids(query)).toEqual(likeIds(words));
  });

  it('refuses a query with nothing to search for', () => {
    for (const q of ['', '   ', '*', '"', '。，', '收费 ()']) expect(() => searchWords(q), q).toThrow(SearchTermError);
  });
});

describe('the indexes follow the paragraphs', () => {
  it('cuts a paragraph into the Han bigrams of each run, once each', () => {
    expect(bigramText('依申请收费情况：收费0元，GB/T 2260')).toBe('依申 申请 请收 收费 费情 情况');
    expect(bigramText('〇一年 𠀀𠀁')).toBe('〇一 一年 𠀀𠀁');
    expect(bigramText('abc 1 2')).toBe('');
  });

  it('builds the trigram index with a 16 MB buffer, the bigram index with the default (migration 020)', () => {
    const config = (table: string) => Object.fromEntries(db.prepare(`SELECT k, v FROM ${table}_config`).raw(true).all() as Array<[string, number]>);
    expect(config('report_text')).toMatchObject({ hashsize: 16 * 1024 * 1024 });
    expect(config('report_bigrams')).not.toHaveProperty('hashsize');
  });

  it('marks every word in the context, whole', () => {
    const w = searchWords('收费 费用');
    expect(locate('依申请收费用于', w, 2)).toEqual({ offset: 3, context: '…申请【收费用】于' });
    expect(locate('𠀀收费', searchWords('收费'), 5)).toEqual({ offset: 1, context: '𠀀【收费】' });
  });

  it('a replaced report leaves no stale hit in either index, also when its paragraphs had the highest ids', async () => {
    const input = path.join(dir, 'one');
    mkdirSync(input);
    const file = path.join(input, 'pt2014_syq.html');
    const original = readFileSync(path.join(DEV, 'raw', 'pt2014_syq.html'), 'utf8');
    expect(original).toContain('收费');
    writeFileSync(file, original);
    const own = openDatabase(path.join(dir, 'one.sqlite'));
    try {
      await runPipeline(own, { input, full: false, concurrency: 2, log });
      const count = (q: string) => searchParagraphs(own, q).paragraphs;
      const before = count('收费');
      expect(before).toBeGreaterThan(0);
      expect(count('鹦鹉')).toBe(0);
      // the one report holds the highest paragraph ids: its new paragraphs must not reuse them
      writeFileSync(file, original.replaceAll('收费', '鹦鹉'));
      const maxBefore = own.prepare('SELECT MAX(id) FROM report_paragraphs').pluck().get() as number;
      await runPipeline(own, { input, full: false, concurrency: 2, log, verify: true });
      expect(own.prepare('SELECT MIN(id) FROM report_paragraphs').pluck().get() as number).toBeGreaterThan(maxBefore);
      expect(count('收费')).toBe(0);
      expect(count('鹦鹉')).toBe(before);
      // nothing left in either index but the present paragraphs
      const stale = (table: string, term: string) =>
        own.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${table} MATCH ? AND rowid NOT IN (SELECT id FROM report_paragraphs)`).pluck().get(`"${term}"`);
      expect(stale('report_bigrams', '收费')).toBe(0);
      expect(stale('report_text', '信息公开')).toBe(0);
      expect(own.prepare(`SELECT COUNT(*) FROM report_bigrams WHERE report_bigrams MATCH '"收费"'`).pluck().get()).toBe(0);
      expect(() => own.prepare(`INSERT INTO report_text(report_text, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    } finally {
      own.close();
    }
  });

  it('a deleted report leaves both indexes, and a missing file leaves the search', () => {
    const [rid, file] = db.prepare(`SELECT report_id, file FROM v_paragraphs WHERE text LIKE '%复议%' AND is_primary LIMIT 1`).raw().get() as [number, string];
    const own = searchParagraphs(db, '复议')
      .hits.filter((h) => h.report_id === rid)
      .map((h) => h.paragraph_id);
    expect(own.length).toBeGreaterThan(0);
    // in a transaction rolled back, so that the other tests keep the report
    let hidden: number[] = [];
    const left: Record<string, number[]> = {};
    expect(() =>
      db.transaction(() => {
        db.prepare('UPDATE source_files SET present = 0 WHERE path = ?').run(file);
        hidden = ids('复议').filter((id) => own.includes(id));
        db.prepare('DELETE FROM reports WHERE id = ?').run(rid);
        for (const table of ['report_bigrams', 'report_text'])
          left[table] = (db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all('"复议"') as number[]).filter((id) => own.includes(id));
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(hidden).toEqual([]);
    // out of the trigram index; in the bigram index its pairs stay, counted stale, and find nothing (hidden)
    expect(left.report_text).toEqual([]);
    expect(left.report_bigrams!.length).toBeGreaterThan(0);
    expect(ids('复议')).toEqual(expect.arrayContaining(own));
  });

  it('reads the paragraphs not yet indexed (a run with --skip-text-index) without the index, and the next indexing takes them', async () => {
    const input = path.join(dir, 'later');
    mkdirSync(input);
    copyFileSync(path.join(DEV, 'raw', 'pt2021_syq.txt'), path.join(input, 'pt2021_syq.txt'));
    const own = openDatabase(path.join(dir, 'later.sqlite'));
    try {
      await runPipeline(own, { input, full: false, concurrency: 2, log, textIndex: false });
      const res = searchParagraphs(own, '复议');
      expect(res.unindexed).toBeGreaterThan(0);
      expect(res.paragraphs).toBeGreaterThan(0);
      expect(own.prepare(`SELECT COUNT(*) FROM report_bigrams`).pluck().get()).toBe(0);
      expect(indexText(own)).toBe(res.unindexed);
      const after = searchParagraphs(own, '复议');
      expect(after.unindexed).toBe(0);
      expect(after.hits).toEqual(res.hits);
    } finally {
      own.close();
    }
  });
});
