// metadata.json against the database it describes: every table, view and column it names
// exists, every view and column has a label, the search index is declared where Datasette
// finds it, and the canned queries run. And the database itself opens in an older SQLite
// (Debian 12's 3.40, which Python, and so Datasette, use there): a view written with syntax
// it cannot parse makes the whole schema unreadable in it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDatasetteMetadata, type DatasetteMetadata } from '../../../pipeline/load/datasette/index.js';
import { buildDatabase, DEV_RAW, type Built } from '../../build-db.js';

let built: Built;
let meta: DatasetteMetadata;

beforeAll(async () => {
  built = await buildDatabase([DEV_RAW]);
  const file = writeDatasetteMetadata(built.db, built.dir, built.dbFile);
  expect(file).toBe(path.join(built.dir, 'metadata.json'));
  meta = JSON.parse(readFileSync(file, 'utf8')) as DatasetteMetadata;
}, 60_000);
afterAll(() => built.dispose());

const schema = () => built.db.prepare(`SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view')`).all() as Array<{ name: string; type: string }>;
const columnsOf = (name: string) => (built.db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as Array<{ name: string }>).map((r) => r.name);

describe('metadata.json for Datasette', () => {
  it('names the database by its file and only tables, views and columns that exist', () => {
    expect(Object.keys(meta.databases)).toEqual(['disclosure']);
    const names = new Set(schema().map((r) => r.name));
    const tables = meta.databases.disclosure!.tables;
    for (const [t, m] of Object.entries(tables)) {
      expect(names.has(t), t).toBe(true);
      const cols = new Set(columnsOf(t));
      for (const c of Object.keys(m.columns as Record<string, string>)) expect(cols.has(c), `${t}.${c}`).toBe(true);
      if (m.fts_table) expect(names.has(m.fts_table as string), `${t}: fts ${m.fts_table}`).toBe(true);
      if (m.fts_pk) expect(cols.has(m.fts_pk as string) || m.fts_pk === 'rowid', `${t}: fts_pk`).toBe(true);
    }
  });

  it('describes every view and every column of it, with Chinese labels, units and value lists', () => {
    const tables = meta.databases.disclosure!.tables;
    const views = schema().filter((r) => r.type === 'view');
    expect(views.length).toBeGreaterThan(10);
    for (const v of views) {
      const m = tables[v.name]!;
      expect(m, v.name).toBeDefined();
      expect(m.description, v.name).toMatch(/Grain/);
      const cols = m.columns as Record<string, string>;
      expect(Object.keys(cols).sort(), v.name).toEqual(columnsOf(v.name).sort());
    }
    const headline = tables.v_report_headline!.columns as Record<string, string>;
    expect(headline.applications_received).toBe('收到申请数（本年新收） (applications_received)；单位 unit: requests');
    expect(headline.fees_application_yuan).toMatch(/依申请公开收费.*单位 unit: yuan/);
    expect((tables.v_region_year!.columns as Record<string, string>).level).toBe(
      '层级 (level)；取值 values: province 省级, prefecture 地级, county 县级, township 乡级, department 部门',
    );
    expect(tables.v_region_year!.title).toBe('区域年度 (region_year.csv)');
  });

  it('declares the full-text index on the paragraphs, as Datasette needs it', () => {
    const tables = meta.databases.disclosure!.tables;
    expect(tables.report_paragraphs).toMatchObject({ fts_table: 'report_text', fts_pk: 'id' });
    // the paragraphs with their body, year and region: searchable in Datasette too
    expect(tables.v_paragraphs).toMatchObject({ fts_table: 'report_text', fts_pk: 'paragraph_id' });
    // and found without the metadata, the way Datasette detects an index (content="table")
    const detect = `SELECT name FROM sqlite_master WHERE rootpage = 0 AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="report_paragraphs"%'`;
    expect(built.db.prepare(detect).all()).toEqual([{ name: 'report_text' }]);
  });

  it('offers the example queries, each of which runs', () => {
    const queries = meta.databases.disclosure!.queries;
    expect(Object.keys(queries)).toEqual(
      expect.arrayContaining([
        'county_applications',
        'outcome_mix',
        'fees',
        'litigation_rising',
        'inconsistent_reports',
        'search_fees',
        'search_two_characters',
        'dictionary_fees',
      ]),
    );
    for (const [name, q] of Object.entries(queries)) {
      expect(q.title, name).toMatch(/[\u4e00-\u9fff]/);
      expect(() => built.db.prepare(q.sql).all(), name).not.toThrow();
    }
  });
});

describe('the database in an older SQLite (Debian 12: Python, Datasette)', () => {
  it('opens, and every view answers', () => {
    const version = execFileSync('sqlite3', ['--version'], { encoding: 'utf8' });
    expect(version, 'apt-get install sqlite3').toMatch(/^3\.\d+/);
    const views = schema().filter((r) => r.type === 'view');
    const sql = views.map((v) => `SELECT '${v.name}', COUNT(*) FROM ${v.name};`).join('\n');
    const out = execFileSync('sqlite3', ['-readonly', built.dbFile], { input: sql, encoding: 'utf8' });
    const counts = new Map(
      out
        .trim()
        .split('\n')
        .map((l) => l.split('|') as [string, string]),
    );
    for (const v of views)
      expect(Number(counts.get(v.name)), `${v.name} in sqlite3 ${version.slice(0, 6)}`).toBe(
        (built.db.prepare(`SELECT COUNT(*) AS n FROM ${v.name}`).get() as { n: number }).n,
      );
  });

  it('answers the canned queries and both search indexes (no contentless_delete, a 3.43 option it refuses)', () => {
    for (const [name, q] of Object.entries(meta.databases.disclosure!.queries)) {
      const rows = execFileSync('sqlite3', ['-readonly', '-json', built.dbFile], { input: q.sql, encoding: 'utf8' });
      const expected = built.db.prepare(q.sql).all();
      expect(rows.trim() ? (JSON.parse(rows) as unknown[]).length : 0, name).toBe(expected.length);
    }
    const out = execFileSync('sqlite3', ['-readonly', built.dbFile], {
      input: `SELECT COUNT(*) FROM report_bigrams WHERE report_bigrams MATCH '"复议"';\nSELECT COUNT(*) FROM report_text WHERE report_text MATCH '"行政复议"';`,
      encoding: 'utf8',
    });
    for (const n of out.trim().split('\n')) expect(Number(n)).toBeGreaterThan(0);
  });
});
