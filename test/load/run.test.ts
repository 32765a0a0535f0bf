// The nightly run against a real folder: loads, incremental re-runs, replacement of a
// changed file, unreadable files recorded beside the good ones, missing files marked.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { parseOverrides, type RegionOverride } from '../../pipeline/transform/index.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { GENERATED, readGold, SEEDS } from '../helpers.js';

const silent = pino({ level: 'silent' });
let dir: string;
let input: string;
let db: DB;

const run = (full = false, overrides: RegionOverride[] = []) => runPipeline(db, { input, full, concurrency: 2, log: silent, overrides });
const regionOf = (file: string) =>
  (
    db.prepare(`SELECT r.region_code FROM reports r JOIN source_files f ON f.id = r.source_file_id WHERE f.path LIKE ?`).get(`%${file}`) as {
      region_code: string | null;
    }
  ).region_code;

/** Everything a run loads, without run bookkeeping (ids, run numbers, timestamps). */
function content(d: DB) {
  return {
    files: d.prepare('SELECT path, sha256, bytes, encoding, format, status, error, parser_version, present FROM source_files ORDER BY path').all(),
    reports: d
      .prepare(
        `SELECT f.path, r.template, r.body_name, r.report_year, r.region_code, r.scope, r.period_start, r.period_end, r.published_on
      FROM reports r JOIN source_files f ON f.id = r.source_file_id ORDER BY f.path`,
      )
      .all(),
    metrics: d
      .prepare(
        `SELECT f.path, m.key, m.value, m.unit, m.raw_text, m.snippet, m.offset, m.rule, m.flags
      FROM metric_values m JOIN reports r ON r.id = m.report_id JOIN source_files f ON f.id = r.source_file_id ORDER BY f.path, m.key`,
      )
      .all(),
    issues: d
      .prepare(
        `SELECT f.path, i.code, i.check_id, i.message FROM validation_issues i JOIN reports r ON r.id = i.report_id
      JOIN source_files f ON f.id = r.source_file_id ORDER BY f.path, i.code, i.check_id, i.message`,
      )
      .all(),
  };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-run-'));
  input = path.join(dir, 'raw with space 年报');
  mkdirSync(input);
  for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
  db = openDatabase(path.join(dir, 'db.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('disclosure run', () => {
  it('loads every seed with its gold figures', async () => {
    const res = await run();
    expect(res.counts).toMatchObject({ files_seen: 5, files_new: 5, files_failed: 0, reports_loaded: 5 });
    const received = db
      .prepare(
        `SELECT r.body_name, m.value FROM metric_values m JOIN reports r ON r.id = m.report_id WHERE m.key = 'applications.received' ORDER BY r.body_name`,
      )
      .all();
    expect(received).toEqual([
      { body_name: '伊敏苏木人民政府', value: 0 },
      { body_name: '宝力根苏木人民政府', value: 0 },
      { body_name: '贺兰县习岗镇人民政府', value: 0 },
      { body_name: '鄂托克旗人民政府', value: 2 },
    ]);
    const gold = readGold(path.join(SEEDS, 'gold.jsonl'));
    const head = db.prepare('SELECT file, region_code, proactive_total FROM v_report_headline ORDER BY file').all() as Array<{
      file: string;
      region_code: string;
      proactive_total: number | null;
    }>;
    for (const g of gold) {
      const row = head.find((h) => h.file.endsWith(g.file))!;
      expect(row.region_code).toBe(g.region_code);
      expect(row.proactive_total).toBe(g.metrics['proactive.total'] ?? null);
    }
  });

  it('re-runs incrementally: nothing reprocessed, content identical', async () => {
    await run();
    const before = content(db);
    const res = await run();
    expect(res.counts).toMatchObject({ files_seen: 5, files_new: 0, files_changed: 0, files_unchanged: 5, reports_loaded: 0 });
    expect(content(db)).toEqual(before);
  });

  it('does not reprocess a file whose mtime changed but whose content did not', async () => {
    await run();
    const f = path.join(input, '000_889672adc75fe0f6.txt');
    utimesSync(f, new Date(), new Date(Date.now() + 5000));
    const res = await run();
    expect(res.counts).toMatchObject({ files_unchanged: 5, files_changed: 0 });
  });

  it('replaces the report of a changed file, and --full reprocesses everything', async () => {
    await run();
    const f = path.join(input, '000_889672adc75fe0f6.txt');
    writeFileSync(f, readFileSync(f, 'utf8').replace('主动公开政府信息数224条', '主动公开政府信息数225条'));
    const res = await run();
    expect(res.counts).toMatchObject({ files_changed: 1, files_unchanged: 4, reports_loaded: 1 });
    const rows = db
      .prepare(
        `SELECT m.value FROM metric_values m JOIN reports r ON r.id = m.report_id JOIN source_files s ON s.id = r.source_file_id WHERE s.path = ? AND m.key = 'proactive.total'`,
      )
      .all(f);
    expect(rows).toEqual([{ value: 225 }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM reports').get()).toEqual({ n: 5 });
    const full = await run(true);
    expect(full.counts).toMatchObject({ files_changed: 5, reports_loaded: 5 });
  });

  it('records unreadable files with their reason while the others load', async () => {
    for (const f of readdirSync(path.join(GENERATED, 'broken'))) copyFileSync(path.join(GENERATED, 'broken', f), path.join(input, f));
    const res = await run();
    expect(res.counts.reports_loaded).toBe(5);
    // 8 failed + 2 needs_ocr (a scanned PDF, a page image) count as failed for the exit code; 2 are unsupported
    expect(res.counts.files_failed).toBe(10);
    expect(res.counts.files_unsupported).toBe(2);
    const failed = db.prepare(`SELECT path, status, error FROM source_files WHERE status != 'loaded' ORDER BY path`).all() as Array<{
      path: string;
      status: string;
      error: string;
    }>;
    const byName = Object.fromEntries(failed.map((f) => [path.basename(f.path), f]));
    expect(byName['empty.txt']).toMatchObject({ status: 'failed', error: 'empty file (0 bytes)' });
    expect(byName['junk.txt']).toMatchObject({ status: 'failed' });
    expect(byName['not-a-pdf.pdf']!.error).toMatch(/not a PDF file/);
    expect(byName['scan.pdf']).toMatchObject({ status: 'needs_ocr' });
    expect(byName['protected.pdf']!.error).toMatch(/password-protected/);
    expect(byName['scan.png']).toMatchObject({ status: 'needs_ocr' });
    expect(byName['scan.png']!.error).toMatch(/run with --ocr/);
    expect(byName['sheet.xlsx']).toMatchObject({ status: 'unsupported' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM reports').get()).toEqual({ n: 5 });
  });

  it('marks a file that disappeared, keeping its report', async () => {
    await run();
    rmSync(path.join(input, '003_9e41aa4172b10319.txt'));
    const res = await run();
    expect(res.counts.files_missing).toBe(1);
    const row = db.prepare(`SELECT present, missing_since IS NOT NULL AS marked FROM source_files WHERE path LIKE '%003_9e41aa4172b10319.txt'`).get();
    expect(row).toEqual({ present: 0, marked: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM reports').get()).toEqual({ n: 5 });
  });

  it('records each run with its counts', async () => {
    await run();
    await run();
    const runs = db.prepare('SELECT id, status, files_seen, files_new, files_unchanged FROM runs ORDER BY id').all();
    expect(runs).toEqual([
      { id: 1, status: 'ok', files_seen: 5, files_new: 5, files_unchanged: 0 },
      { id: 2, status: 'ok', files_seen: 5, files_new: 0, files_unchanged: 5 },
    ]);
  });

  it('applies an override on the next run, reprocessing exactly the files its rules match', async () => {
    await run();
    expect(regionOf('003_9e41aa4172b10319.txt')).toBe('150724112');
    // an analyst settles 红花尔基镇 elsewhere (by body name) and a file by its path
    const rules = parseOverrides('match,region_code,note\n红花尔基镇人民政府,150724,whole banner\n002_*.txt,640122,county only\n', 'o.csv');
    const second = await run(false, rules);
    expect(second.counts).toMatchObject({ files_changed: 2, files_unchanged: 3 });
    expect(regionOf('003_9e41aa4172b10319.txt')).toBe('150724');
    expect(regionOf('002_bbda4c124945f80d.txt')).toBe('640122');
    // the same rules again: nothing to redo
    expect((await run(false, rules)).counts).toMatchObject({ files_changed: 0, files_unchanged: 5 });
    // one rule dropped: only its file goes back
    const third = await run(false, rules.slice(1));
    expect(third.counts).toMatchObject({ files_changed: 1, files_unchanged: 4 });
    expect(regionOf('003_9e41aa4172b10319.txt')).toBe('150724112');
  });

  it('rolls the headline figures up by region and year, saying what it used (v_region_year)', async () => {
    await run();
    const rows = db
      .prepare(
        `SELECT level, region_code, report_year, key, value, basis, reports, bodies, reports_in_region FROM v_region_year WHERE report_year = 2017 AND key = 'proactive.total' ORDER BY level, region_code`,
      )
      .all();
    // 伊敏苏木 (224) and 红花尔基镇 (no figure) are township reports of 鄂温克族自治旗, summed;
    // 鄂托克旗's consolidated report (42735) stands for its own banner; the province adds both
    const row = (level: string, region_code: string, value: number, basis: string, reports: number, reports_in_region: number) => ({
      level,
      region_code,
      report_year: 2017,
      key: 'proactive.total',
      value,
      basis,
      reports,
      bodies: reports,
      reports_in_region,
    });
    expect(rows).toEqual([
      row('county', '150624', 42735, 'consolidated', 1, 1),
      row('county', '150724', 224, 'sum', 1, 2),
      row('prefecture', '150600', 42735, 'sum', 1, 1),
      row('prefecture', '150700', 224, 'sum', 1, 2),
      row('province', '150000', 42959, 'sum', 2, 3),
    ]);
    expect(db.prepare(`SELECT body_name, value FROM v_region_year_consolidated WHERE key = 'proactive.total'`).all()).toEqual([
      { body_name: '鄂托克旗人民政府', value: 42735 },
    ]);
  });
});
