// Figures by reference (sql/017_figures_by_reference.sql): each source line stored once per
// report, keys, units and rules as integers, and the metric_values view giving back exactly
// the rows the table held: for reports loaded now, and for a database upgraded from 016.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { migrate, sqlDir } from '../../pipeline/load/migrate.js';
import { storedRaw } from '../../pipeline/load/store.js';
import { runPipeline } from '../../pipeline/run/index.js';
import { DEV, FORMATS, reportOf, SEEDS } from '../helpers.js';

// a 2021 table as a portal page and as a crawler's text, a 2008 统计表, a Word file, a prose report
const FILES = [
  path.join(DEV, 'raw', 'pt2024_syq.html'),
  path.join(DEV, 'raw', 'pt2022_syq.txt'),
  path.join(DEV, 'raw', 'pt2011_syq.txt'),
  path.join(FORMATS, 'seed001.docx'),
  path.join(SEEDS, '000_889672adc75fe0f6.txt'),
];

describe('storedRaw', () => {
  it.each([
    ['12', 12, null],
    ['0', 0, null],
    ['012', 12, '012'],
    ['1,234', 1234, '1,234'],
    ['一百', 100, '一百'],
    ['1.5', 1.5, '1.5'],
    ['', 7, ''],
    ['3 + 4', 7, '3 + 4'],
  ])('raw %j of %d is stored as %j', (raw, value, stored) => {
    expect(storedRaw(raw, value)).toBe(stored);
  });
});

describe('figures of real reports', () => {
  let dir: string;
  let db: DB;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ds-figures-'));
    const input = path.join(dir, 'raw');
    mkdirSync(input);
    for (const f of FILES) copyFileSync(f, path.join(input, path.basename(f)));
    db = openDatabase(path.join(dir, 'db.sqlite'));
    await runPipeline(db, { input, full: false, concurrency: 1, log: pino({ level: 'silent' }) });
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(FILES.map((f) => [path.basename(f), f]))('%s: metric_values gives back every figure the transform read, field for field', async (name, file) => {
    const { report } = await reportOf(file);
    const reportId = db.prepare(`SELECT r.id FROM reports r JOIN source_files f ON f.id = r.source_file_id WHERE f.path LIKE ?`).pluck().get(`%/${name}`);
    const stored = db
      .prepare('SELECT key, value, unit, raw_text, snippet, offset, rule, flags FROM metric_values WHERE report_id = ? ORDER BY key')
      .all(reportId);
    const expected = [...report.metrics]
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((m) => ({
        key: m.key,
        value: m.value,
        unit: m.unit,
        raw_text: m.raw,
        snippet: m.snippet,
        offset: m.offset,
        rule: m.rule,
        flags: m.flags.join(','),
      }));
    expect(expected.length).toBeGreaterThan(3);
    expect(stored).toEqual(expected);
  });

  it('stores each source line once per report, and a table row once for all the figures read from it', () => {
    expect(db.prepare('SELECT report_id, text FROM report_lines GROUP BY report_id, text HAVING COUNT(*) > 1').all()).toEqual([]);
    const perLine = db.prepare('SELECT report_id, line, COUNT(*) AS n FROM figures GROUP BY report_id, line ORDER BY n DESC').all() as Array<{ n: number }>;
    // a 表三 row holds seven figures (one per applicant column and the total)
    expect(perLine[0]!.n).toBeGreaterThanOrEqual(7);
    const counts = db.prepare('SELECT (SELECT COUNT(*) FROM figures) AS figures, (SELECT COUNT(*) FROM report_lines) AS lines').get() as {
      figures: number;
      lines: number;
    };
    expect(counts.lines).toBeLessThan(counts.figures / 2);
    // every figure's line exists (the view's LEFT JOIN would otherwise hide a lost one as NULL)
    expect(db.prepare('SELECT COUNT(*) FROM metric_values WHERE snippet IS NULL OR rule IS NULL OR key IS NULL').pluck().get()).toBe(0);
  });

  it('names each key with its unit, and each rule, once', () => {
    expect(db.prepare('SELECT key, unit FROM figure_keys GROUP BY key, unit HAVING COUNT(*) > 1').all()).toEqual([]);
    expect(db.prepare('SELECT COUNT(DISTINCT key_id) FROM figures').pluck().get()).toBe(db.prepare('SELECT COUNT(*) FROM figure_keys').pluck().get());
  });

  it('keeps raw text only where it is not the value as printed: a table cell keeps none', () => {
    const cells = db
      .prepare(
        `SELECT COUNT(*) AS n, SUM(f.raw_text IS NULL) AS bare FROM figures f JOIN figure_rules r ON r.id = f.rule_id
         JOIN reports rp ON rp.id = f.report_id JOIN source_files s ON s.id = rp.source_file_id
         WHERE s.path LIKE '%/pt2024_syq.html' AND (r.rule LIKE 't2%' OR r.rule LIKE 't3%' OR r.rule LIKE 't4%')`,
      )
      .get() as { n: number; bare: number };
    // 表二–表四 of 2024: 200 cells, one of them money (18651.06)
    expect(cells).toEqual({ n: 200, bare: 199 });
  });

  it('takes a replaced report’s lines with it', async () => {
    const before = db.prepare('SELECT COUNT(*) FROM report_lines').pluck().get();
    await runPipeline(db, { input: path.join(dir, 'raw'), full: true, concurrency: 1, log: pino({ level: 'silent' }) });
    expect(db.prepare('SELECT COUNT(*) FROM report_lines').pluck().get()).toBe(before);
    expect(db.prepare('SELECT COUNT(*) FROM report_lines l WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = l.report_id)').pluck().get()).toBe(0);
  });
});

describe('017: a database of metric_values rows, upgraded', () => {
  it('moves every figure over, and the view gives back the rows the table held', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mig-017-'));
    const old = path.join(dir, 'sql');
    mkdirSync(old);
    for (const f of readdirSync(sqlDir()).filter((x) => /^\d{3}_.*\.sql$/.test(x) && Number(x.slice(0, 3)) <= 16))
      copyFileSync(path.join(sqlDir(), f), path.join(old, f));
    const file = path.join(dir, 'old.sqlite');
    const handle = new Database(file);
    handle.pragma('foreign_keys = ON');
    migrate(handle, old);
    handle.exec(`
      INSERT INTO runs (id, started_at, input, parser_version, host, mode) VALUES (1, '2026-01-01', '/in', '0.9.0', 'h', 'full');
      INSERT INTO source_files (id, path, bytes, mtime_ms, status, parser_version, present, first_seen_run, first_seen_at, last_seen_run, last_seen_at, processed_run)
        VALUES (1, '/in/a.html', 1, 1, 'loaded', '0.9.0', 1, 1, 'x', 1, 'x', 1), (2, '/in/b.html', 1, 1, 'loaded', '0.9.0', 1, 1, 'x', 1, 'x', 1);
      INSERT INTO reports (id, source_file_id, template, scope, region_confidence, region_clues, region_candidates, encoding, format, parser_version)
        VALUES (1, 1, 'gov2021', 'organ', 'high', '[]', '[]', 'utf-8', 'html', '0.9.0'), (2, 2, 'gov2021', 'organ', 'high', '[]', '[]', 'utf-8', 'html', '0.9.0');
      INSERT INTO metric_values (report_id, key, value, unit, raw_text, snippet, offset, rule, flags) VALUES
        (1, 't3.received.natural', 12, 'items', '12', '（一）本年新收政府信息公开申请数量 | 12 | 3 | 0', 400, 't3.received', ''),
        (1, 't3.received.legal.commercial', 3, 'items', '3', '（一）本年新收政府信息公开申请数量 | 12 | 3 | 0', 405, 't3.received', ''),
        (1, 't3.received.legal.research', 0, 'items', '', '（一）本年新收政府信息公开申请数量 | 12 | 3 | 0', 408, 't3.received', 'blank_cell'),
        (1, 'proactive.total', 100, 'items', '一百', '主动公开政府信息一百条', 20, 'sentence.proactive.total', 'from_text,approximate'),
        (1, 'fees.application', 1.5, 'yuan', '1.5', '收取费用1.5元', 60, 'sentence.fees', 'from_text'),
        (2, 't3.received.natural', 12, 'items', '012', '（一）本年新收政府信息公开申请数量 | 012', 90, 't3.received', '');
    `);
    const before = handle.prepare('SELECT * FROM metric_values ORDER BY report_id, key').all();
    handle.close();

    const db = openDatabase(file);
    expect(db.prepare(`SELECT type FROM sqlite_schema WHERE name = 'metric_values'`).pluck().get()).toBe('view');
    // the table's columns as they were, and OCR's confidence (migration 019) empty for figures read before it
    const after = db.prepare('SELECT * FROM metric_values ORDER BY report_id, key').all() as Array<Record<string, unknown>>;
    expect(after.map(({ confidence, ...row }) => (expect(confidence).toBeNull(), row))).toEqual(before);
    expect(db.prepare('SELECT report_id, line, text FROM report_lines ORDER BY report_id, line').all()).toEqual([
      { report_id: 1, line: 0, text: '主动公开政府信息一百条' },
      { report_id: 1, line: 1, text: '收取费用1.5元' },
      { report_id: 1, line: 2, text: '（一）本年新收政府信息公开申请数量 | 12 | 3 | 0' },
      { report_id: 2, line: 0, text: '（一）本年新收政府信息公开申请数量 | 012' },
    ]);
    expect(db.prepare('SELECT COUNT(*) FROM figures WHERE raw_text IS NULL').pluck().get()).toBe(2);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'figures' AND sql IS NOT NULL`).pluck().all()).toEqual([
      'figures_key',
    ]);
    // a view reading figures through it
    expect(db.prepare('SELECT figures, proactive_total FROM v_report_headline WHERE report_id = 1').get()).toEqual({ figures: 5, proactive_total: 100 });
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
