// Views as definitions (issue 17): one file per view in sql/views/, created again by every
// migrate that finds a view out of date; migrations hold tables only; a database built by the
// migrations as released (views inside them, test/fixtures/sql-013) upgrades cleanly.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dictionaryComplete, writeDictionary } from '../../pipeline/load/dictionary.js';
import { migrate, sqlDir, viewDefinitions } from '../../pipeline/load/migrate.js';
import { metricDictionary } from '../../pipeline/transform/metrics/index.js';
import { ROOT } from '../helpers.js';

/** The six migrations whose views moved to sql/views/, as released (the others are unchanged in sql/). */
const RELEASED_WITH_VIEWS = path.join(ROOT, 'test', 'fixtures', 'sql-013');
const views = () => viewDefinitions();
const viewNames = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name);
const columns = (db: Database.Database, v: string) =>
  (db.prepare('SELECT name FROM pragma_table_info(?)').all(v) as Array<{ name: string }>).map((r) => r.name);
const schemaVersion = (db: Database.Database) => db.pragma('schema_version', { simple: true });

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'disclosure-viewdefs-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('the view files', () => {
  it('declare one view each, v_ + the file name, with a header saying its grain and what it feeds', () => {
    const dir = path.join(sqlDir(), 'views');
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql'));
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(text, f).toMatch(/^-- Grain: /);
      expect(text, f).toMatch(/\bFeeds\s/);
      expect(text.match(/CREATE VIEW/g), f).toHaveLength(1);
    }
    expect(
      views()
        .map((v) => v.file)
        .sort(),
    ).toEqual(files.map((f) => f.slice(0, -4)).sort());
  });

  it('come in dependency order', () => {
    const order = views().map((v) => v.file);
    for (const v of views()) for (const d of v.depends) expect(order.indexOf(d), `${v.file} after ${d}`).toBeLessThan(order.indexOf(v.file));
    expect(order.indexOf('report_primary')).toBeLessThan(order.indexOf('report_headline'));
  });

  it('are the only place a view is declared: migrations hold tables, indexes and data', () => {
    for (const f of readdirSync(sqlDir()).filter((x) => /^\d{3}_.*\.sql$/.test(x))) {
      expect(readFileSync(path.join(sqlDir(), f), 'utf8'), f).not.toMatch(/CREATE VIEW/i);
    }
  });

  it('cut no strings: keys through the dictionary dimensions, flags through metric_flags', () => {
    for (const v of views()) {
      const sql = v.sql.replace(/--.*$/gm, '');
      expect(sql, v.file).not.toMatch(/\binstr\s*\(/i);
      expect(sql, v.file).not.toMatch(/\bkey\s+LIKE\b/i);
      expect(sql, v.file).not.toMatch(/substr\s*\(\s*(\w+\.)?(key|message|flags)\b/i);
    }
  });

  it('v_report_headline looks up the figures of exactly the keys it has columns for', () => {
    const sql = views().find((v) => v.file === 'report_headline')!.sql;
    const columns = [...sql.matchAll(/m\.key = '([\w.]+)'/g)].map((m) => m[1]);
    const looked = [.../key IN \(([^)]*)\)/.exec(sql)![1]!.matchAll(/'([\w.]+)'/g)].map((m) => m[1]);
    expect(columns).toHaveLength(12);
    expect(looked).toEqual(columns);
    // and they are the dictionary's headline keys, in its order
    expect(columns).toEqual(
      metricDictionary()
        .filter((e) => e.headline_rank != null)
        .sort((a, b) => a.headline_rank! - b.headline_rank!)
        .map((e) => e.key),
    );
  });

  it('read reports through v_report_primary only, so every mart drops missing files and agrees on the primary report', () => {
    for (const v of views()) {
      if (['report_primary', 'report_checks', 'bodies'].includes(v.file)) continue;
      const sql = v.sql.replace(/--.*$/gm, '');
      expect(sql, v.file).not.toMatch(/\bsource_files\b/);
      expect(sql, v.file).not.toMatch(/\br\.is_primary\b/);
      expect(sql, v.file).not.toMatch(/\bFROM reports\b/);
      if (/\breports r\b/.test(sql))
        expect(sql, v.file).toMatch(/v_report_primary p\s+JOIN reports r ON r\.id = p\.report_id|JOIN v_report_primary p ON p\.report_id = [mf]\.report_id/);
    }
  });
});

describe('migrate and the views', () => {
  it('creates every view from its file, and a second migrate writes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(viewNames(db)).toEqual(
      views()
        .map((v) => v.name)
        .sort(),
    );
    for (const v of views()) expect(() => db.prepare(`SELECT * FROM ${v.name}`).all(), v.name).not.toThrow();
    const before = schemaVersion(db);
    expect(migrate(db)).toBe(0);
    expect(schemaVersion(db)).toBe(before);
  });

  it("puts back a view whose text differs from its file, and leaves an analyst's own view alone", () => {
    const db = new Database(':memory:');
    migrate(db);
    db.exec(`DROP VIEW v_report_headline; CREATE VIEW v_report_headline AS SELECT 1 AS stale`);
    db.exec(`CREATE VIEW my_counties AS SELECT * FROM v_region_year WHERE level = 'county'`);
    migrate(db);
    expect(columns(db, 'v_report_headline')).toContain('failing_checks');
    expect(viewNames(db)).toContain('my_counties');
    expect(() => db.prepare('SELECT * FROM my_counties').all()).not.toThrow();
  });

  it('refuses a view file that does not compile, and changes nothing', () => {
    const sql = path.join(tmp, 'sql');
    cpSync(sqlDir(), sql, { recursive: true });
    const db = new Database(':memory:');
    migrate(db, sql);
    const before = schemaVersion(db);
    writeFileSync(path.join(sql, 'views', 'review.sql'), '-- Grain: x. Feeds nothing.\nCREATE VIEW v_review AS SELECT no_such_column FROM reports;\n');
    expect(() => migrate(db, sql)).toThrow(/review\.sql does not compile/);
    expect(schemaVersion(db)).toBe(before);
    expect(columns(db, 'v_review')).toContain('kind');
  });

  it('refuses a view file that declares another view, or depends on one that has no file', () => {
    const sql = path.join(tmp, 'sql');
    cpSync(sqlDir(), sql, { recursive: true });
    writeFileSync(path.join(sql, 'views', 'extra.sql'), '-- depends: nowhere\nCREATE VIEW v_extra AS SELECT 1;\n');
    expect(() => viewDefinitions(sql)).toThrow(/depends on nowhere/);
    writeFileSync(path.join(sql, 'views', 'extra.sql'), 'CREATE VIEW v_other AS SELECT 1;\n');
    expect(() => viewDefinitions(sql)).toThrow(/exactly one view, v_extra/);
  });
});

describe('a database built by the migrations as released (views inside them)', () => {
  /** A small dataset in the released schema: one body, 2019 as a page and its text dump, 2020 a file now missing. */
  /** Migrations 001–013 as released: sql/'s, with the six that held views as they were then. */
  function releasedMigrations(): string {
    const dir = path.join(tmp, 'sql-013');
    mkdirSync(dir);
    for (const f of readdirSync(sqlDir()).filter((x) => /^0(0\d|1[0-3])_.*\.sql$/.test(x))) copyFileSync(path.join(sqlDir(), f), path.join(dir, f));
    for (const f of readdirSync(RELEASED_WITH_VIEWS)) copyFileSync(path.join(RELEASED_WITH_VIEWS, f), path.join(dir, f));
    return dir;
  }

  function releasedDatabase(): Database.Database {
    const db = new Database(path.join(tmp, 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, releasedMigrations());
    db.exec(`
      INSERT INTO runs (id, started_at, input, parser_version, host, mode) VALUES (1, '2026-01-01', '/in', '0.8.0', 'h', 'full');
      INSERT INTO source_files (id, path, bytes, mtime_ms, status, parser_version, present, first_seen_run, first_seen_at, last_seen_run, last_seen_at, processed_run) VALUES
        (1, '/in/pt2019_syq.html', 1, 1, 'loaded', '0.8.0', 1, 1, 'x', 1, 'x', 1),
        (2, '/in/pt2019_syq.txt', 1, 1, 'loaded', '0.8.0', 1, 1, 'x', 1, 'x', 1),
        (3, '/in/pt2020_syq.html', 1, 1, 'loaded', '0.8.0', 0, 1, 'x', 1, 'x', 1);
      INSERT INTO reports (id, source_file_id, template, body_name, body_id, report_year, scope, region_code, province, region_code_current,
          region_confidence, region_clues, region_candidates, encoding, format, parser_version, copy_group, is_primary) VALUES
        (1, 1, 'gov2021', '平潭综合实验区管委会', '350128:管委会', 2019, 'organ', '350128', '福建省', '350128', 'high', '[]', '[]', 'utf-8', 'html', '0.8.0', 1, 1),
        (2, 2, 'gov2021', '平潭综合实验区管委会', '350128:管委会', 2019, 'organ', '350128', '福建省', '350128', 'high', '[]', '[]', 'utf-8', 'text', '0.8.0', 1, 0),
        (3, 3, 'gov2021', '平潭综合实验区管委会', '350128:管委会', 2020, 'organ', '350128', '福建省', '350128', 'high', '[]', '[]', 'utf-8', 'html', '0.8.0', 3, 0);
      INSERT INTO metric_values (report_id, key, value, unit, raw_text, snippet, offset, rule, flags) VALUES
        (1, 'applications.received', 12, 'requests', '12', 's', 0, 'r', ''),
        (1, 'proactive.total', 5000, 'items', '近5000', 's', 0, 'r', 'approximate'),
        (1, 'applications.received.total', 12, 'requests', '12', 's', 0, 'r', ''),
        (1, 'applications.received.natural_person', 0, 'requests', '', 's', 0, 'r', 'blank_cell,derived'),
        (2, 'applications.received', 12, 'requests', '12', 's', 0, 'r', ''),
        (3, 'applications.received', 99, 'requests', '99', 's', 0, 'r', '');
      INSERT INTO validation_issues (report_id, code, severity, check_id, message, cells) VALUES
        (1, 'source_inconsistent', 'error', 'T3-BAL.total', 'breaks', NULL),
        (1, 'source_inconsistent', 'warning', 'T3-X.total', 'soft', NULL),
        (1, 'table_incomplete', 'warning', NULL, '表二 主动公开政府信息情况: 1 of 2 cells read; not read: rules.issued', '["rules.issued"]');
      INSERT INTO metric_dictionary (key, label_zh, label_en, unit, templates, comparable, caveat, headline_rank) VALUES
        ('proactive.total', '主动公开', 'p', 'items', 'gov2021', 1, '', 1),
        ('applications.received', '收到申请数', 'a', 'requests', 'gov2021', 1, '', 2);
      INSERT INTO bodies (body_id, name, reports) VALUES ('350128:管委会', '平潭综合实验区管委会', 1);
    `);
    return db;
  }

  it('upgrades: its views are replaced by the files, keep every column analysts query, and drop the missing file', () => {
    const db = releasedDatabase();
    const released = new Map(viewNames(db).map((v) => [v, columns(db, v)]));
    expect([...released.keys()]).toEqual(
      expect.arrayContaining(['v_report_headline', 'v_yearly_comparison', 'v_region_year', 'v_data_quality', 'v_report_primary']),
    );
    // every migration after 013 applies; the released ones are accepted as they were recorded
    const all = readdirSync(sqlDir()).filter((f) => /^\d{3}_.*\.sql$/.test(f)).length;
    expect(migrate(db)).toBe(all - 13);
    expect((db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(all);
    expect(viewNames(db)).toEqual(
      views()
        .map((v) => v.name)
        .sort(),
    );
    for (const [v, cols] of released) expect(columns(db, v).slice(0, cols.length), v).toEqual(cols);
    for (const v of views()) expect(() => db.prepare(`SELECT * FROM ${v.name}`).all(), v.name).not.toThrow();

    // flags as rows, from the comma strings already loaded
    expect(db.prepare('SELECT report_id, key, flag FROM metric_flags ORDER BY key, flag').all()).toEqual([
      { report_id: 1, key: 'applications.received.natural_person', flag: 'blank_cell' },
      { report_id: 1, key: 'applications.received.natural_person', flag: 'derived' },
      { report_id: 1, key: 'proactive.total', flag: 'approximate' },
    ]);
    // the dictionary of an older version has no dimensions: export and report write it again
    expect(dictionaryComplete(db)).toBe(false);
    writeDictionary(db, metricDictionary());
    expect(dictionaryComplete(db)).toBe(true);

    const q = (sql: string) => db.prepare(sql).all();
    expect(q(`SELECT file, is_primary, failing_checks, figures FROM v_report_headline ORDER BY file`)).toEqual([
      { file: '/in/pt2019_syq.html', is_primary: 1, failing_checks: 1, figures: 4 },
      { file: '/in/pt2019_syq.txt', is_primary: 0, failing_checks: 0, figures: 1 },
    ]);
    expect(
      q(
        `SELECT report_id, failing_checks, approximate_figures, derived_figures, blank_cells, missing_sections, incomplete_sections FROM v_data_quality WHERE report_id = 1`,
      ),
    ).toEqual([
      {
        report_id: 1,
        failing_checks: 1,
        approximate_figures: 1,
        derived_figures: 1,
        blank_cells: 1,
        missing_sections: '表二 表四',
        incomplete_sections: '表二',
      },
    ]);
    expect(q(`SELECT outcome, applicant, count FROM v_applications ORDER BY applicant_position`)).toEqual([
      { outcome: 'received', applicant: 'natural_person', count: 0 },
      { outcome: 'received', applicant: 'total', count: 12 },
    ]);
    // one file per body-year, present files only: 2019 from the page, no 2020
    expect(q(`SELECT report_year, key, value FROM v_yearly_comparison ORDER BY report_year, key`)).toEqual([
      { report_year: 2019, key: 'applications.received', value: 12 },
      { report_year: 2019, key: 'proactive.total', value: 5000 },
    ]);
    expect(q(`SELECT report_year, value, reports FROM v_region_year WHERE level = 'county' AND key = 'applications.received'`)).toEqual([
      { report_year: 2019, value: 12, reports: 1 },
    ]);
    for (const v of ['v_report_headline', 'v_data_quality', 'v_provenance', 'v_applications', 'v_review', 'v_region_year_consolidated']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${v} WHERE file LIKE '%pt2020%'`).get(), v).toEqual({ n: 0 });
    }
    expect(migrate(db)).toBe(0);
    db.close();
  });
});
