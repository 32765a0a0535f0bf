import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, sqlDir } from '../../pipeline/load/migrate.js';
import { indexText } from '../../pipeline/load/text-index.js';

describe('migrations', () => {
  it('applies every migration once, records it, and sets user_version', () => {
    const db = new Database(':memory:');
    const n = migrate(db);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(migrate(db)).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(n);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name`).all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['runs', 'source_files', 'reports', 'metric_values', 'validation_issues', 'v_report_headline', 'v_yearly_comparison']),
    );
  });

  it('refuses a migration edited after it was applied', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mig-'));
    const sql = path.join(dir, 'sql');
    cpSync(sqlDir(), sql, { recursive: true });
    const db = new Database(':memory:');
    migrate(db, sql);
    writeFileSync(path.join(sql, '002_views.sql'), '-- edited\n');
    expect(() => migrate(db, sql)).toThrow(/edited after it was applied/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('015: search that works in Chinese, and that Datasette finds', () => {
  /** A database of migrations 001–014 (no views: they are not what 015 changes), with a report's paragraphs indexed as 008 did. */
  function before015(): { db: Database.Database; dir: string } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mig-015-'));
    const old = path.join(dir, 'sql');
    mkdirSync(old);
    for (const f of readdirSync(sqlDir()).filter((x) => /^\d{3}_.*\.sql$/.test(x) && Number(x.slice(0, 3)) <= 14))
      copyFileSync(path.join(sqlDir(), f), path.join(old, f));
    const db = new Database(path.join(dir, 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, old);
    db.exec(`
      INSERT INTO runs (id, started_at, input, parser_version, host, mode) VALUES (1, '2026-01-01', '/in', '0.8.0', 'h', 'full');
      INSERT INTO source_files (id, path, bytes, mtime_ms, status, parser_version, present, first_seen_run, first_seen_at, last_seen_run, last_seen_at, processed_run)
        VALUES (1, '/in/pt2019_syq.html', 1, 1, 'loaded', '0.8.0', 1, 1, 'x', 1, 'x', 1);
      INSERT INTO reports (id, source_file_id, template, body_name, body_id, report_year, scope, region_code, region_confidence, region_clues,
          region_candidates, encoding, format, parser_version, is_primary)
        VALUES (1, 1, 'gov2021', '平潭综合实验区管委会', '350128:管委会', 2019, 'organ', '350128', 'high', '[]', '[]', 'utf-8', 'html', '0.8.0', 1);
      INSERT INTO report_paragraphs (id, report_id, block, page, text) VALUES
        (7, 1, 3, NULL, '本年度未收取任何费用。'),
        (9, 1, 4, 2, '因政府信息公开被申请行政复议1件，提起行政诉讼0件。');
      INSERT INTO report_text(rowid, text) SELECT id, text FROM report_paragraphs;
      UPDATE report_text_state SET indexed_to = 9;
    `);
    return { db, dir };
  }
  const match = (db: Database.Database, table: string, term: string) =>
    db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(`"${term}"`);

  it('upgrades: report_text says content="report_paragraphs", the paragraphs keep their ids, the next indexing fills both indexes', () => {
    const { db, dir } = before015();
    const ftsSql = () => db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'report_text'`).pluck().get() as string;
    expect(ftsSql()).toContain(`content='report_paragraphs'`);
    // what Datasette asks (detect_fts), not yet satisfied
    const datasette = () =>
      db.prepare(`SELECT name FROM sqlite_master WHERE rootpage = 0 AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="report_paragraphs"%'`).pluck().all();
    expect(datasette()).toEqual([]);

    expect(migrate(db)).toBeGreaterThanOrEqual(1);
    expect(ftsSql()).toContain('content="report_paragraphs"');
    expect(ftsSql()).toContain('content_rowid="id"');
    expect(datasette()).toEqual(['report_text']);
    expect(db.prepare('SELECT id, block, page, text FROM report_paragraphs ORDER BY id').all()).toEqual([
      { id: 7, block: 3, page: null, text: '本年度未收取任何费用。' },
      { id: 9, block: 4, page: 2, text: '因政府信息公开被申请行政复议1件，提起行政诉讼0件。' },
    ]);
    // ids are never given again (AUTOINCREMENT, from the highest id copied)
    expect(db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'report_paragraphs'`).pluck().get()).toBe(9);
    // both indexes empty until the next run indexes every paragraph
    expect(db.prepare('SELECT indexed_to FROM report_text_state').pluck().get()).toBe(0);
    expect(match(db, 'report_text', '行政复议')).toEqual([]);
    expect(indexText(db)).toBe(2);
    expect(match(db, 'report_text', '行政复议')).toEqual([9]);
    expect(match(db, 'report_bigrams', '复议')).toEqual([9]);
    expect(match(db, 'report_bigrams', '费用')).toEqual([7]);
    expect(() => db.prepare(`INSERT INTO report_text(report_text, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    // a deleted report leaves the trigram index; its pairs stay in the bigram index, counted
    // stale (SQLite 3.40 has no contentless_delete), until they pass a fifth of it
    db.prepare('DELETE FROM reports WHERE id = 1').run();
    expect(match(db, 'report_text', '行政复议')).toEqual([]);
    expect(match(db, 'report_bigrams', '复议')).toEqual([9]);
    expect(db.prepare('SELECT bigrams_stale FROM report_text_state').pluck().get()).toBe(2);
    expect(indexText(db)).toBe(0);
    expect(match(db, 'report_bigrams', '复议')).toEqual([]);
    expect(db.prepare('SELECT bigrams_stale FROM report_text_state').pluck().get()).toBe(0);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
