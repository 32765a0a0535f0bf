// A file deleted from the input folder is marked missing, and from then on it is in no CSV:
// every export reads reports through v_report_primary, which keeps present files only.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { exportFiles, writeExports } from '../../pipeline/load/export/index.js';
import { DEV } from '../helpers.js';

const FILES = ['pt2019_syq.html', 'pt2020_syq.html', 'pt2013_xian.html'];
const DELETED = 'pt2020_syq.html';
const YEAR = 2020;

let dir: string;
let input: string;
let db: DB;
// one file of three deleted on purpose: more than the 20% the run takes for an unmounted folder
const run = () => runPipeline(db, { input, full: false, concurrency: 2, log: pino({ level: 'silent' }), maxMissingShare: 1 });

/** Every CSV of a full export, parsed: file name → header and rows. */
function exportAll(out: string): Map<string, { header: string[]; rows: string[][] }> {
  const files = writeExports(db, out, { full: true });
  expect(files.map((f) => path.basename(f)).sort()).toEqual(
    exportFiles(out, true)
      .map((f) => path.basename(f))
      .sort(),
  );
  expect(
    readdirSync(out)
      .filter((f) => f.endsWith('.csv'))
      .sort(),
  ).toEqual(files.map((f) => path.basename(f)).sort());
  return new Map(
    files.map((f) => {
      const parsed = Papa.parse<string[]>(readFileSync(f, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
      return [path.basename(f), { header: parsed[0]!, rows: parsed.slice(1) }];
    }),
  );
}

/** Where the deleted report shows in a CSV: rows naming its file, rows of its body and year, columns of its year. */
function traces(csv: { header: string[]; rows: string[][] }, bodyId: string): string[] {
  const found: string[] = [];
  const col = (name: string) => csv.header.indexOf(name);
  for (const r of csv.rows) {
    if (r.some((c) => c.includes(DELETED))) found.push(`row naming the file: ${r.slice(0, 4).join(',')}`);
    if (col('report_year') >= 0 && r[col('report_year')] === String(YEAR) && (col('body_id') < 0 || r[col('body_id')] === bodyId))
      found.push(`row of ${YEAR}: ${r.slice(0, 4).join(',')}`);
    if (col('body_id') >= 0 && r[col('body_id')] === bodyId && col('last_year') >= 0 && r[col('last_year')] === String(YEAR))
      found.push(`body's last year ${YEAR}`);
  }
  for (const h of csv.header) if (h.startsWith(`${YEAR} `)) found.push(`column ${h}`);
  return found;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-missing-'));
  input = path.join(dir, 'in');
  mkdirSync(input);
  for (const f of FILES) copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  db = openDatabase(path.join(dir, 'db.sqlite'));
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a deleted input file', () => {
  it('is in every CSV while present, and in none once deleted', async () => {
    await run();
    const bodyId = (
      db.prepare(`SELECT r.body_id FROM reports r JOIN source_files f ON f.id = r.source_file_id WHERE f.path LIKE ?`).get(`%${DELETED}`) as { body_id: string }
    ).body_id;
    // the other files are another year of the same body and another body: the body stays
    expect(db.prepare(`SELECT COUNT(*) AS n FROM reports WHERE body_id = ?`).get(bodyId)).toEqual({ n: 2 });

    const before = exportAll(path.join(dir, 'before'));
    // while present it shows in every export that has a row per report, body-year or region-year
    for (const f of [
      'reports.csv',
      'yearly_comparison.csv',
      'region_year.csv',
      'applications.csv',
      'review.csv',
      'data_quality.csv',
      'provenance.csv',
      'bodies.csv',
    ]) {
      expect(traces(before.get(f)!, bodyId), f).not.toEqual([]);
    }

    unlinkSync(path.join(input, DELETED));
    const res = await run();
    expect(res.counts.files_missing).toBe(1);
    expect(db.prepare(`SELECT present FROM source_files WHERE path LIKE ?`).get(`%${DELETED}`)).toEqual({ present: 0 });

    const after = exportAll(path.join(dir, 'after'));
    for (const [f, csv] of after) expect(traces(csv, bodyId), f).toEqual([]);
    // and the rest is still there
    expect(after.get('reports.csv')!.rows).toHaveLength(2);
    expect(after.get('yearly_comparison.csv')!.header.some((h) => h.startsWith('2019 '))).toBe(true);
  });
});
