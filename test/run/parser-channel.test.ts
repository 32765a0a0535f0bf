// The parse pool's contract, kept by both kinds of worker (parser-channel.ts): a thread and a
// process give the same results, bring back an internal error with the worker's stack, fail
// a file whose worker runs out of memory or time, and a run through either loads the same
// figures.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/load/db.js';
import { runJob } from '../../pipeline/run/file-job.js';
import { runPipeline } from '../../pipeline/run/index.js';
import type { ParseIn } from '../../pipeline/run/parser-channel.js';
import { ParsePool } from '../../pipeline/run/pool.js';
import type { RegionOverride } from '../../pipeline/transform/region/overrides.js';
import { DEV, FORMATS, SEEDS } from '../helpers.js';

const FILES = [path.join(SEEDS, '000_889672adc75fe0f6.txt'), path.join(DEV, 'raw', 'pt2024_syq.html'), path.join(FORMATS, 'seed001.docx')];
const pool = (parseIn: ParseIn, extra: Partial<ConstructorParameters<typeof ParsePool>[0]> = {}) =>
  new ParsePool({ workers: 1, timeoutMs: 30_000, memoryMb: 256, overrides: [], parseIn, ...extra });

describe.each<ParseIn>(['threads', 'processes'])('parse workers as %s', (parseIn) => {
  it('give what the parser gives in this thread, file for file', async () => {
    const p = pool(parseIn, { workers: 2 });
    try {
      const got = await Promise.all(FILES.map((file) => p.run({ file })));
      const want = await Promise.all(FILES.map((file) => runJob({ file }, [])));
      expect(got).toEqual(want);
      expect(got.every((r) => r.kind === 'parsed' && r.parsed.ok)).toBe(true);
    } finally {
      await p.close();
    }
  });

  it('replace a worker by a fresh one after its share of jobs, and give the same results', async () => {
    const p = pool(parseIn, { recycleAfter: 2 });
    try {
      const files = [...FILES, ...FILES];
      const got = await Promise.all(files.map((file) => p.run({ file })));
      expect(got).toEqual(await Promise.all(files.map((file) => runJob({ file }, []))));
      // 6 jobs, 2 each: replaced after the 2nd, the 4th and the 6th
      expect(p.recycled).toBe(3);
    } finally {
      await p.close();
    }
  });

  it('bring back an internal error with the stack it had in the worker', async () => {
    // override rules of the wrong shape make transform throw a TypeError: a stand-in for a bug
    const p = pool(parseIn, { overrides: [{ match: 42 }] as unknown as RegionOverride[] });
    try {
      const r = await p.run({ file: FILES[0]! });
      if (r.kind !== 'parsed' || r.parsed.ok) throw new Error('expected an internal error');
      expect(r.parsed.error).toMatch(/^internal error: /);
      expect(r.parsed.internal?.stack).toMatch(/dist\/pipeline\//);
    } finally {
      await p.close();
    }
  });

  it('fail a file past the time limit, and go on with a fresh worker', async () => {
    const p = pool(parseIn, { timeoutMs: 1 });
    try {
      expect(await p.run({ file: FILES[1]! })).toEqual({ kind: 'failed', error: 'timed out after 0 s (limit per file)' });
    } finally {
      await p.close();
    }
  });

  it('fail a file whose worker runs out of memory', async () => {
    const p = pool(parseIn, { memoryMb: 4 });
    try {
      expect(await p.run({ file: FILES[1]! })).toMatchObject({ kind: 'failed', error: expect.stringMatching(/out of memory|crashed|exited/) });
    } finally {
      await p.close();
    }
  });
});

describe('a run with --parse-in processes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-parse-in-'));
    mkdirSync(path.join(dir, 'raw'));
    for (const f of FILES) copyFileSync(f, path.join(dir, 'raw', path.basename(f)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the same figures as one with threads', async () => {
    const figures = async (parseIn: ParseIn) => {
      const db = openDatabase(path.join(dir, `${parseIn}.sqlite`));
      try {
        const r = await runPipeline(db, { input: path.join(dir, 'raw'), full: false, workers: 2, parseIn, concurrency: 4, log: pino({ level: 'silent' }) });
        expect(r.counts.reports_loaded).toBe(3);
        return db
          .prepare(
            'SELECT f.path, m.key, m.value, m.snippet, m.rule FROM metric_values m JOIN reports r ON r.id = m.report_id JOIN source_files f ON f.id = r.source_file_id ORDER BY 1, 2',
          )
          .all();
      } finally {
        db.close();
      }
    };
    const processes = await figures('processes');
    expect(processes.length).toBeGreaterThan(200);
    expect(processes).toEqual(await figures('threads'));
  });
});
