// The Parquet export read back by two readers that share no code with the writer: hyparquet
// (rows per partition file, a sample of figures against SQLite) and DuckDB, which reads the
// Hive-partitioned folders as one dataset (counts, years, Chinese text, the README's query).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../pipeline/load/db.js';
import { EmptySelectionError, NULL_PARTITION, PARQUET_TABLES, writeParquet, type ParquetPart } from '../../../pipeline/load/export/index.js';
import { buildDatabase, DEV_RAW, SAMPLE, type Built } from '../../build-db.js';
import { ROOT } from '../../helpers.js';

let built: Built;
let dir: string;
let parts: ParquetPart[];
let duck: DuckDBConnection;

beforeAll(async () => {
  built = await buildDatabase([DEV_RAW, SAMPLE]);
  dir = path.join(built.dir, 'parquet');
  // small row groups, so that a partition file holds several and the reader must join them
  parts = await writeParquet(built.db, dir, { rowGroup: 50 });
  duck = await (await DuckDBInstance.create(':memory:')).connect();
}, 120_000);
afterAll(() => {
  duck?.closeSync();
  built.dispose();
});

const all = <T>(sql: string, ...params: unknown[]) => built.db.prepare(sql).all(...params) as T[];
const rowsOf = async (file: string) => parquetReadObjects({ file: await asyncBufferFromFile(file) });
const duckRows = async (sql: string) => (await duck.runAndReadAll(sql)).getRowObjectsJson();
const glob = (table: string, root = dir) => `read_parquet('${root}/${table}/**/*.parquet', hive_partitioning = true)`;
const sqliteYears = () =>
  all<{ y: number | null }>('SELECT DISTINCT report_year AS y FROM v_report_primary ORDER BY 1').map((r) => `report_year=${r.y ?? NULL_PARTITION}`);

describe('disclosure export --parquet', () => {
  it('writes one folder per table, a Hive partition per report year of the database (bodies unpartitioned)', () => {
    expect(readdirSync(dir).sort()).toEqual(['bodies', 'checks', 'figures', 'reports']);
    for (const t of ['reports', 'figures', 'checks']) {
      expect(readdirSync(path.join(dir, t)).sort(), t).toEqual(sqliteYears());
      for (const y of sqliteYears()) expect(readdirSync(path.join(dir, t, y)), `${t}/${y}`).toEqual(['part-0.parquet']);
    }
    expect(readdirSync(path.join(dir, 'bodies'))).toEqual(['part-0.parquet']);
    expect(existsSync(`${dir}.tmp`)).toBe(false);
  });

  it('has in each partition file, as hyparquet reads it, the rows SQLite has for that year', async () => {
    const figures = new Map(all<{ y: number; n: number }>('SELECT report_year AS y, COUNT(*) AS n FROM v_provenance GROUP BY 1').map((r) => [r.y, r.n]));
    for (const p of parts.filter((x) => x.table === 'figures')) {
      const meta = await parquetMetadataAsync(await asyncBufferFromFile(p.file));
      expect(Number(meta.num_rows), p.file).toBe(figures.get(p.year as number));
      expect(p.rows).toBe(figures.get(p.year as number));
      // row groups of at most the 50 rows asked for; the partition column is not in the file
      for (const g of meta.row_groups) expect(Number(g.num_rows)).toBeLessThanOrEqual(50);
      expect(meta.schema.map((s) => s.name)).not.toContain('report_year');
    }
    const bodies = await rowsOf(path.join(dir, 'bodies', 'part-0.parquet'));
    expect(bodies.length).toBe(all('SELECT * FROM v_bodies').length);
  });

  it('keeps figures as SQLite has them: key, value, snippet, report year (平潭 2024 applications received 218)', async () => {
    const want = all<{ report_id: number; report_year: number; key: string; value: number; snippet: string; is_primary: number }>(
      `SELECT p.report_id, p.report_year, p.key, p.value, p.snippet, p.is_primary FROM v_provenance p
       JOIN reports r ON r.id = p.report_id WHERE r.region_code = '350128' AND p.key = 'applications.received' AND p.is_primary ORDER BY p.report_year`,
    );
    expect(want.length).toBeGreaterThan(5);
    for (const w of want) {
      const got = (await rowsOf(path.join(dir, 'figures', `report_year=${w.report_year}`, 'part-0.parquet'))).filter(
        (r) => r.report_id === BigInt(w.report_id) && r.key === w.key,
      );
      expect(got, `${w.report_year}`).toHaveLength(1);
      expect(got[0]).toMatchObject({ value: w.value, snippet: w.snippet, is_primary: true, table_id: 'headline' });
    }
    expect(want.find((w) => w.report_year === 2024)?.value).toBe(218);
  });

  it('reads in DuckDB as one dataset per table: the count of figures of present reports, per year, with Chinese text intact', async () => {
    const { n } = built.db.prepare('SELECT COUNT(*) AS n FROM v_provenance').get() as { n: number };
    expect(await duckRows(`SELECT count(*) AS n FROM ${glob('figures')}`)).toEqual([{ n: String(n) }]);
    const byYear = all<{ report_year: number; n: number }>('SELECT report_year, COUNT(*) AS n FROM v_provenance GROUP BY 1 ORDER BY 1');
    const duckByYear = await duckRows(`SELECT report_year, count(*) AS n FROM ${glob('figures')} GROUP BY 1 ORDER BY 1`);
    expect(duckByYear).toEqual(byYear.map((r) => ({ report_year: String(r.report_year), n: String(r.n) })));
    // the partition column comes back typed, from the path
    expect(await duckRows(`SELECT DISTINCT typeof(report_year) AS t FROM ${glob('reports')}`)).toEqual([{ t: 'BIGINT' }]);
    const [pingtan] = await duckRows(
      `SELECT body_name, snippet, value FROM ${glob('figures')} WHERE report_year = 2024 AND region_code = '350128' AND key = 'applications.received' AND is_primary`,
    );
    const [sqlite] = all<{ body_name: string; snippet: string }>(
      `SELECT body_name, snippet FROM v_provenance WHERE report_year = 2024 AND region_code = '350128' AND key = 'applications.received' AND is_primary`,
    );
    expect(pingtan).toEqual({ body_name: sqlite!.body_name, snippet: sqlite!.snippet, value: 218 });
    expect(pingtan!.body_name).toMatch(/平潭/);
    const reports = await duckRows(`SELECT count(*) AS n, count(DISTINCT body_id) AS b FROM ${glob('reports')}`);
    expect(reports).toEqual([{ n: String(all('SELECT * FROM v_report_headline').length), b: expect.any(String) }]);
    const checks = await duckRows(`SELECT count(*) AS n FROM ${glob('checks')}`);
    expect(checks).toEqual([{ n: String(all('SELECT * FROM v_findings').length) }]);
  });

  it('types the columns as the schema states: integers, doubles, booleans, text', async () => {
    const described = await duckRows(`DESCRIBE SELECT * FROM ${glob('figures')}`);
    const types = Object.fromEntries(described.map((r) => [r.column_name, r.column_type]));
    expect(types).toMatchObject({ report_id: 'BIGINT', value: 'DOUBLE', offset: 'INTEGER', is_primary: 'BOOLEAN', snippet: 'VARCHAR', report_year: 'BIGINT' });
  });

  it('states every column of the views it exports (a column added to a view fails here until the schema has it)', () => {
    for (const t of PARQUET_TABLES.filter((x) => !x.source.startsWith('('))) {
      const cols = all<{ name: string }>('SELECT name FROM pragma_table_info(?)', t.source)
        .map((r) => r.name)
        .filter((c) => c !== 'report_year');
      expect(t.columns.map(([n]) => n).sort(), t.name).toEqual(cols.sort());
    }
  });

  it("runs the README's DuckDB query and gets rows", async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const m = /duckdb -c "([^"]+)"/.exec(readme);
    expect(m, 'a `duckdb -c "…"` line in README.md').not.toBeNull();
    const sql = m![1]!.replaceAll('data/out/parquet', dir);
    const rows = await duckRows(sql);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.find((r) => r.report_year === '2024')).toBeDefined();
  });

  it('--year 2024 writes only that partition; a filter that keeps nothing is refused and leaves the old export', async () => {
    const one = path.join(built.dir, 'one');
    const p = await writeParquet(built.db, one, { year: 2024 });
    for (const t of ['reports', 'figures', 'checks']) expect(readdirSync(path.join(one, t)), t).toEqual(['report_year=2024']);
    expect(p.filter((x) => x.table === 'figures').map((x) => x.year)).toEqual([2024]);
    await expect(writeParquet(built.db, one, { year: 1999 })).rejects.toThrow(EmptySelectionError);
    await expect(writeParquet(built.db, one, { region: '810000' })).rejects.toThrow(EmptySelectionError);
    expect(readdirSync(path.join(one, 'figures'))).toEqual(['report_year=2024']);
  });

  it('--region 350128 keeps 平潭 and nothing else', async () => {
    const pt = path.join(built.dir, 'pingtan');
    await writeParquet(built.db, pt, { region: '350128' });
    for (const t of ['reports', 'figures', 'checks', 'bodies']) {
      const got = await duckRows(`SELECT DISTINCT region_code FROM ${t === 'bodies' ? `read_parquet('${pt}/bodies/*.parquet')` : glob(t, pt)}`);
      expect(
        got.map((r) => r.region_code).filter((c) => c !== '350128'),
        t,
      ).toEqual([]);
    }
    const { n } = built.db.prepare(`SELECT COUNT(*) AS n FROM v_provenance WHERE region_code = '350128'`).get() as { n: number };
    expect(await duckRows(`SELECT count(*) AS n FROM ${glob('figures', pt)}`)).toEqual([{ n: String(n) }]);
  });

  it('replaces an earlier export whole, and refuses a folder that holds anything else', async () => {
    const again = path.join(built.dir, 'again');
    await writeParquet(built.db, again, { year: 2024 });
    await writeParquet(built.db, again, { year: 2023 });
    expect(readdirSync(path.join(again, 'figures'))).toEqual(['report_year=2023']);
    const other = path.join(built.dir, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'notes.txt'), 'mine');
    await expect(writeParquet(built.db, other)).rejects.toThrow(/not a Parquet export/);
    expect(readFileSync(path.join(other, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('puts reports without a year under report_year=__HIVE_DEFAULT_PARTITION__, which DuckDB reads as NULL', async () => {
    const copy = path.join(built.dir, 'noyear.sqlite');
    built.db.exec(`VACUUM INTO '${copy}'`);
    const db = openDatabase(copy);
    try {
      const id = (db.prepare(`SELECT report_id AS id FROM v_report_primary WHERE report_year = 2012 LIMIT 1`).get() as { id: number }).id;
      db.prepare('UPDATE reports SET report_year = NULL WHERE id = ?').run(id);
      const out = path.join(built.dir, 'noyear');
      await writeParquet(db, out);
      expect(readdirSync(path.join(out, 'reports'))).toContain(`report_year=${NULL_PARTITION}`);
      const rows = await duckRows(`SELECT report_id FROM ${glob('reports', out)} WHERE report_year IS NULL`);
      expect(rows).toEqual([{ report_id: String(id) }]);
    } finally {
      db.close();
    }
  });

  it('at the CLI: --parquet alone writes only the dataset and says what it wrote; --year 1999 exits 2', () => {
    const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
    const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: built.dir, encoding: 'utf8' });
    const out = path.join(built.dir, 'cli');
    const r = cli(['export', '--db', built.dbFile, '--parquet', out, '--year', '2024']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/figures: [\d,]+ rows in 1 partitions by report_year/);
    expect(readdirSync(out).sort()).toEqual(['bodies', 'checks', 'figures', 'reports']);
    // no CSVs in the default --out (relative to the working folder)
    expect(existsSync(path.join(built.dir, 'data', 'out'))).toBe(false);
    const bad = cli(['export', '--db', built.dbFile, '--parquet', out, '--year', '1999']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no report matches report year 1999/);
    const mine = cli(['export', '--db', built.dbFile, '--parquet', built.dir]);
    expect(mine.status).toBe(2);
    expect(mine.stderr).toMatch(/not a Parquet export/);
  });
});
