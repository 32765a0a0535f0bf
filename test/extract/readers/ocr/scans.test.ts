// OCR on scans of real reports: scripts/make-scans.mjs renders the corpus's PDFs and DOCX as
// page images (turned 1–2°, JPEG-worn, 150 and 300 dpi) in image-only PDFs, with their gold.
// Read with --ocr, every figure printed is the gold's (none wrong, none invented), flagged ocr
// with its confidence; most stated figures are found. Without Tesseract, scans stay needs_ocr
// and the command says why once.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../../../pipeline/run/process-file.js';
import { DEFAULT_OCR } from '../../../../pipeline/extract/readers/ocr/index.js';
import { ROOT, SHARED, readGold, sameBody, type Gold } from '../../../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
let dir: string;
let gold: Gold[];
const read = new Map<string, Awaited<ReturnType<typeof readReport>>>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ocr-scans-test-'));
  await promisify(execFile)(process.execPath, [
    path.join(ROOT, 'scripts', 'make-scans.mjs'),
    dir,
    '--only',
    'seed000,seed003,huaian_2024',
    '--dpi',
    '150,300',
    '--shared',
    SHARED,
  ]);
  gold = readGold(path.join(dir, 'gold.jsonl')).filter((g) => !g.file.includes('docx') || g.file.startsWith('seed000'));
  for (const g of gold) {
    const file = path.join(dir, g.file);
    read.set(g.file, await readReport(file, readFileSync(file), {}, { ocr: DEFAULT_OCR }));
  }
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scans read with OCR', () => {
  it('print no wrong and no invented figure, and find most of the stated ones', () => {
    let stated = 0;
    let found = 0;
    const wrong: string[] = [];
    for (const g of gold) {
      const o = read.get(g.file)!;
      expect(o.ok, g.file).toBe(true);
      if (!o.ok) continue;
      const got = Object.fromEntries(o.report.metrics.map((m) => [m.key, m.value]));
      for (const [k, v] of Object.entries(g.metrics)) {
        if (v === null) {
          if (got[k] !== undefined) wrong.push(`${g.file} ${k}: invented ${got[k]}`);
          continue;
        }
        stated++;
        if (got[k] === undefined) continue;
        if (Math.abs(got[k]! - v) > 1e-6) wrong.push(`${g.file} ${k}: ${got[k]} for ${v}`);
        else found++;
      }
    }
    expect(wrong).toEqual([]);
    expect(found / stated).toBeGreaterThanOrEqual(0.85);
  });

  it('know who reports, and which year', () => {
    for (const g of gold) {
      const o = read.get(g.file)!;
      if (!o.ok) continue;
      expect(sameBody(o.report.identity.body_name, g.body_name), `${g.file}: ${o.report.identity.body_name}`).toBe(true);
      expect(o.report.identity.report_year, g.file).toBe(g.report_year);
      expect(o.report.template, g.file).toBe(g.template);
    }
  });

  it('flag every figure ocr, with the confidence of what it was read from', () => {
    const o = read.get('huaian_2024-pdf-300.pdf')!;
    if (!o.ok) throw new Error(o.error);
    for (const m of o.report.metrics) expect(m.flags, m.key).toContain('ocr');
    const cell = o.report.metrics.find((m) => m.key === 'applications.received.total')!;
    expect(cell.value).toBe(3119);
    expect(cell.confidence).toBeGreaterThanOrEqual(50);
    expect(o.doc.format).toBe('pdf');
    expect(o.doc.ocr?.pages).toBe(6);
    // each page was found turned and straightened
    for (const s of o.doc.ocr!.skew) expect(Math.abs(s)).toBeGreaterThanOrEqual(0.9);
  });

  it('read a page image (JPEG) as a one-page scan', async () => {
    const file = path.join(dir, 'seed000-page1.jpg');
    const o = await readReport(file, readFileSync(file), {}, { ocr: DEFAULT_OCR });
    if (!o.ok) throw new Error(o.error);
    expect(o.doc.format).toBe('image');
    expect(o.doc.ocr?.pages).toBe(1);
    expect(o.report.identity.body_name).toBe('伊敏苏木人民政府');
  });
});

describe('disclosure run --ocr', () => {
  it('loads a scan with its figures flagged ocr and their confidence in metric_values', () => {
    const input = path.join(dir, 'night');
    mkdirSync(input);
    copyFileSync(path.join(dir, 'seed000-pdf-300.pdf'), path.join(input, 'scan.pdf'));
    const db = path.join(dir, 'night.sqlite');
    const r = spawnSync(process.execPath, [BIN, 'run', '--input', input, '--db', db, '--out', path.join(dir, 'night-out'), '--ocr', '--workers', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const d = new Database(db, { readonly: true });
    try {
      expect(d.prepare('SELECT status, format, encoding FROM source_files').get()).toEqual({ status: 'loaded', format: 'pdf', encoding: 'ocr' });
      const figures = d.prepare('SELECT key, value, flags, confidence FROM metric_values').all() as Array<{
        key: string;
        value: number;
        flags: string;
        confidence: number | null;
      }>;
      const gold = readGold(path.join(dir, 'gold.jsonl')).find((g) => g.file === 'seed000-pdf-300.pdf')!;
      expect(figures.find((f) => f.key === 'proactive.total')).toMatchObject({ value: gold.metrics['proactive.total'], flags: expect.stringContaining('ocr') });
      for (const f of figures) {
        expect(f.flags.split(','), f.key).toContain('ocr');
        if (!f.flags.includes('derived')) expect(f.confidence, f.key).toEqual(expect.any(Number));
      }
    } finally {
      d.close();
    }
  });
});

describe('without --ocr, or without Tesseract', () => {
  it('a scan is needs_ocr, and the reason says how to read it', async () => {
    const file = path.join(dir, 'seed000-pdf-150.pdf');
    const o = await readReport(file, readFileSync(file));
    expect(o).toMatchObject({ ok: false, status: 'needs_ocr', error: expect.stringMatching(/it needs OCR \(run with --ocr\)$/) });
    const img = path.join(dir, 'seed000-page1.jpg');
    expect(await readReport(img, readFileSync(img))).toMatchObject({ ok: false, status: 'needs_ocr' });
  });

  it('extract --ocr with no tesseract on PATH: the scans stay needs_ocr and it says why once', () => {
    // a PATH with node alone
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const files = ['seed000-pdf-150.pdf', 'huaian_2024-pdf-150.pdf'].map((f) => path.join(dir, f));
    const r = spawnSync(process.execPath, [BIN, 'extract', '--ocr', '--json', ...files], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: bin } });
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { status: string; error: string });
    expect(lines.map((l) => l.status)).toEqual(['needs_ocr', 'needs_ocr']);
    expect(lines[0]!.error).toMatch(/Tesseract is not installed/);
    const said = r.stderr.split('\n').filter((l) => l.includes('--ocr: Tesseract is not installed'));
    expect(said).toHaveLength(1);
  });
});
