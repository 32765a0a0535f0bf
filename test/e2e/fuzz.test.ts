// The fuzz set (scripts/make-fuzz.mjs) through a real run with worker threads: every file
// ends as a recorded status with a reason, within the per-file limits, and the run
// completes. The pool's own failure paths (a file over the time limit, a worker out of
// memory) are shown on purpose-set limits.
import { readdirSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { ParsePool } from '../../pipeline/run/pool.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { GENERATED, SEEDS } from '../helpers.js';

const FUZZ = path.join(GENERATED, 'fuzz');
let dir: string;
let db: DB;
let seconds: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-fuzz-'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
  const t = Date.now();
  await runPipeline(db, {
    input: FUZZ,
    full: false,
    workers: 2,
    concurrency: 4,
    limits: { maxFileBytes: 50 * 1024 * 1024, timeoutMs: 30_000, workerMemoryMb: 256 },
    log: pino({ level: 'silent' }),
  });
  seconds = (Date.now() - t) / 1000;
}, 120_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const row = (name: string) =>
  db.prepare('SELECT status, error FROM source_files WHERE path = ?').get(path.join(FUZZ, name)) as { status: string; error: string | null };

describe('the fuzz set', () => {
  it('records every file, each unreadable one with a reason, and finishes the run', () => {
    const files = readdirSync(FUZZ);
    expect(files.length).toBeGreaterThan(50);
    const rows = db.prepare('SELECT path, status, error FROM source_files').all() as Array<{ path: string; status: string; error: string | null }>;
    expect(rows.map((r) => path.basename(r.path)).sort()).toEqual([...files].sort());
    for (const r of rows) if (r.status !== 'loaded') expect(r.error, r.path).toMatch(/\S{3,}/);
    expect(db.prepare('SELECT status FROM runs').get()).toEqual({ status: 'partial' });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // every file within its limits: the whole set in well under a minute on two cores
    expect(seconds).toBeLessThan(60);
  });

  it.each([
    ['huge-1gb.txt', 'failed', /1024 MB is over the 50 MB limit; not read/],
    ['bomb.docx', 'failed', /zip bomb/],
    ['pages-3000.pdf', 'failed', /3000 pages, more than the 500/],
    ['nested.html', 'failed', /nested more than 1000 levels deep/],
    ['empty.pdf', 'failed', /empty file/],
    ['junk.docx', 'failed', /binary data of no known kind, not a DOCX file/],
    ['truncated-50-seed004.pdf', 'failed', /corrupt or truncated PDF/],
    ['truncated-50-seed004.docx', 'failed', /corrupt or truncated zip/],
    ['truncated-50-seed004.doc', 'failed', /corrupt or unreadable DOC/],
  ])('%s → %s', (name, status, reason) => {
    const r = row(name);
    expect(r.status).toBe(status);
    expect(r.error).toMatch(reason);
  });

  it('loads what can be read and says where the text is damaged', () => {
    expect(row('rows-10000.txt').status).toBe('loaded');
    expect(row(`-rf 报告 "quoted" 's.txt`).status).toBe('loaded');
    const damaged = db
      .prepare(
        `SELECT i.message FROM validation_issues i JOIN reports r ON r.id = i.report_id JOIN source_files f ON f.id = r.source_file_id WHERE f.path = ? AND i.code = 'decoding_damage'`,
      )
      .get(path.join(FUZZ, 'invalid-utf8.txt')) as { message: string };
    expect(damaged.message).toMatch(/could not be decoded as utf-8/);
    // the rest of that file still reads: the seed's 224 items
    const m = db
      .prepare(
        `SELECT m.value FROM metric_values m JOIN reports r ON r.id = m.report_id JOIN source_files f ON f.id = r.source_file_id WHERE f.path = ? AND m.key = 'proactive.total'`,
      )
      .get(path.join(FUZZ, 'invalid-utf8.txt'));
    expect(m).toEqual({ value: 224 });
  });
});

describe('the parse pool', () => {
  const seed = { file: path.join(SEEDS, '000_889672adc75fe0f6.txt') };

  it('fails a file that runs past the time limit, and goes on with a fresh worker', async () => {
    const pool = new ParsePool({ workers: 1, timeoutMs: 1, memoryMb: 256, overrides: [] });
    try {
      expect(await pool.run(seed)).toEqual({ kind: 'failed', error: 'timed out after 0 s (limit per file)' });
    } finally {
      await pool.close();
    }
    const ok = new ParsePool({ workers: 1, timeoutMs: 30_000, memoryMb: 256, overrides: [] });
    try {
      expect(await ok.run(seed)).toMatchObject({ kind: 'parsed', facts: { bytes: statSync(seed.file).size }, parsed: { ok: true, format: 'text' } });
    } finally {
      await ok.close();
    }
  });

  it('fails a file whose worker runs out of memory', async () => {
    const pool = new ParsePool({ workers: 1, timeoutMs: 30_000, memoryMb: 4, overrides: [] });
    try {
      expect(await pool.run(seed)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/out of memory|crashed|exited/) });
    } finally {
      await pool.close();
    }
  });
});
