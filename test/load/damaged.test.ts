// A report read from a damaged file (a PDF with flipped bytes, a text with bytes that are no
// UTF-8) is stored with its finding and listed by `status` under "reports needing attention"
// with the reason; the clean files beside it are not. Fixtures: scripts/make-fixtures.mjs.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { statusCommand } from '../../cli/status.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { reportsNeedingAttention } from '../../pipeline/load/status.js';
import { FORMATS, GENERATED, SEEDS, SHARED } from '../helpers.js';

const DAMAGED = path.join(GENERATED, 'damaged');
const FILES = {
  flipped: path.join(DAMAGED, 'flipped-run-seed002.pdf'),
  text: path.join(DAMAGED, 'invalid-utf8.txt'),
  clean: [
    path.join(FORMATS, 'seed002.pdf'),
    path.join(FORMATS, 'seed004.pdf'),
    path.join(SHARED, 'corpus', 'real', 'huaian_2024.pdf'),
    path.join(SEEDS, '002_bbda4c124945f80d.txt'),
  ],
};

let dir: string;
let input: string;
let dbFile: string;
let db: DB;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-damaged-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  for (const f of [FILES.flipped, FILES.text, ...FILES.clean]) copyFileSync(f, path.join(input, path.basename(f)));
  dbFile = path.join(dir, 'db.sqlite');
  db = openDatabase(dbFile);
  await runPipeline(db, { input, full: false, concurrency: 2, log: pino({ level: 'silent' }) });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (file: string) => path.join(input, path.basename(file));

describe('status: reports read from a damaged file', () => {
  it('stores each damage note as a document_damaged finding', () => {
    const rows = db
      .prepare(
        `SELECT i.severity, i.message FROM validation_issues i JOIN reports r ON r.id = i.report_id JOIN source_files f ON f.id = r.source_file_id WHERE f.path = ? AND i.code = 'document_damaged' ORDER BY i.id`,
      )
      .all(at(FILES.flipped)) as Array<{ severity: string; message: string }>;
    expect(rows.map((r) => r.severity)).toEqual(['warning', 'warning']);
    expect(rows[1]!.message).toMatch(/embedded font \S+ could not be loaded/);
  });

  it('lists the damaged PDF and the damaged text with their reasons, and none of the clean files', () => {
    const { total, rows } = reportsNeedingAttention(db, 20);
    const damaged = rows.filter((r) => r.status === 'document_damaged' || r.status === 'decoding_damage');
    expect(damaged.map((r) => [path.basename(r.path), r.status])).toEqual([
      ['invalid-utf8.txt', 'decoding_damage'],
      ['flipped-run-seed002.pdf', 'document_damaged'],
    ]);
    // both notes of the PDF, a line each
    expect(damaged[1]!.reason.split('\n')).toEqual([expect.stringMatching(/compressed data in the file was damaged/), expect.stringMatching(/embedded font/)]);
    expect(damaged[0]!.reason).toMatch(/character\(s\) could not be decoded as utf-8/);
    for (const f of FILES.clean) expect(rows.map((r) => r.path)).not.toContain(at(f));
    expect(total).toBe(new Set(rows.map((r) => r.path)).size);
  });

  it('`disclosure status` prints them under "reports needing attention"', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out += String(s);
      return true;
    });
    try {
      await statusCommand(['--db', dbFile]);
    } finally {
      vi.restoreAllMocks();
    }
    const section = out.slice(out.indexOf('reports needing attention:'));
    expect(section).toMatch(/reports needing attention: 2\n/);
    expect(section).toMatch(
      / {2}document_damaged +\S*flipped-run-seed002\.pdf\n +the PDF file is damaged: compressed data.*\n +the PDF file is damaged: the embedded font/,
    );
    expect(section).toMatch(/ {2}decoding_damage +\S*invalid-utf8\.txt\n +\d+ character\(s\) could not be decoded/);
  });
});
