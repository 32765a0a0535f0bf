// The no-op night (issue 19, point 6): the listing matched with the database in one pass
// (match-known.ts), stats taken while the folder is listed (stat-queue.ts), no row
// written for an unchanged file, the totals of the last finished run reused, and a file that
// disappears marked missing with the last run that saw it.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { runPipeline } from '../../pipeline/run/index.js';
import { statFiles } from '../../pipeline/run/stat-queue.js';
import { DEV, SEEDS } from '../helpers.js';

let dir: string;
let input: string;
let db: DB;
const run = (extra: Partial<Parameters<typeof runPipeline>[1]> = {}) =>
  runPipeline(db, { input, full: false, concurrency: 1, log: pino({ level: 'silent' }), maxMissingShare: 1, ...extra });
const files = () =>
  db.prepare('SELECT path, present, last_seen_run, missing_since IS NOT NULL AS missing FROM source_files ORDER BY path').all() as Array<{
    path: string;
    present: number;
    last_seen_run: number;
    missing: number;
  }>;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-noop-'));
  input = path.join(dir, 'raw');
  mkdirSync(path.join(input, 'a'), { recursive: true });
  mkdirSync(path.join(input, 'b'));
  for (const f of readdirSync(SEEDS)
    .filter((x) => x.endsWith('.txt'))
    .slice(0, 3))
    copyFileSync(path.join(SEEDS, f), path.join(input, 'a', f));
  for (const f of ['pt2019_syq.html', 'pt2020_syq.txt']) copyFileSync(path.join(DEV, 'raw', f), path.join(input, 'b', f));
  db = openDatabase(path.join(dir, 'db.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a night on which nothing changed', () => {
  it('writes no file row, and reports the totals the last finished run counted', async () => {
    const first = await run();
    expect(first.counts.files_new).toBe(5);
    const before = files();
    const changes = db.prepare('SELECT total_changes() AS n').pluck();
    const t0 = changes.get() as number;
    const second = await run();
    expect(second.counts).toMatchObject({ files_seen: 5, files_unchanged: 5, files_new: 0, files_changed: 0, files_missing: 0 });
    expect(second.reports).toEqual(first.reports);
    expect(second.changed).toBe(false);
    expect(files()).toEqual(before);
    // only the run's own row: opened, then closed with its counts
    expect((changes.get() as number) - t0).toBeLessThanOrEqual(3);
    expect(db.prepare('SELECT report_groups, report_copies, report_conflicts, bodies FROM runs WHERE id = ?').get(second.runId)).toEqual({
      report_groups: first.reports.distinct,
      report_copies: first.reports.copies,
      report_conflicts: first.reports.conflicts,
      bodies: first.reports.bodies,
    });
  });

  it('marks a file that disappeared missing, seen last by the last run over its folder', async () => {
    const first = await run();
    await run();
    const third = await run();
    rmSync(path.join(input, 'b', 'pt2020_syq.txt'));
    const fourth = await run();
    expect(fourth.counts.files_missing).toBe(1);
    const gone = files().find((f) => f.path.endsWith('pt2020_syq.txt'))!;
    expect(gone).toMatchObject({ present: 0, missing: 1, last_seen_run: third.runId });
    // the others stay present, their rows as the first run wrote them
    expect(
      files()
        .filter((f) => f.present)
        .map((f) => f.last_seen_run),
    ).toEqual([first.runId, first.runId, first.runId, first.runId]);
    // back again, unchanged: present, seen by this run
    writeFileSync(path.join(input, 'b', 'pt2020_syq.txt'), '');
    rmSync(path.join(input, 'b', 'pt2020_syq.txt'));
    copyFileSync(path.join(DEV, 'raw', 'pt2020_syq.txt'), path.join(input, 'b', 'pt2020_syq.txt'));
    const fifth = await run();
    expect(files().find((f) => f.path.endsWith('pt2020_syq.txt'))).toMatchObject({ present: 1, missing: 0, last_seen_run: fifth.runId });
  });

  it('a file touched (new mtime, same content) is read again and its row takes the new mtime; the others are not written', async () => {
    const first = await run();
    const f = path.join(input, 'a', readdirSync(path.join(input, 'a'))[0]!);
    utimesSync(f, new Date(), new Date(Date.now() + 5000));
    const r = await run();
    expect(r.counts).toMatchObject({ files_seen: 5, files_unchanged: 5, files_changed: 0 });
    const rows = db.prepare('SELECT path, mtime_ms, last_seen_run FROM source_files').all() as Array<{ path: string; mtime_ms: number; last_seen_run: number }>;
    expect(rows.find((x) => x.path === f)).toEqual({ path: f, mtime_ms: Math.trunc(statSync(f).mtimeMs), last_seen_run: r.runId });
    expect(rows.filter((x) => x.path !== f).map((x) => x.last_seen_run)).toEqual([first.runId, first.runId, first.runId, first.runId]);
  });
});

describe('statFiles', () => {
  it('gives the same sizes and mtimes split with a thread as in one, a file gone as -1, a name that is not UTF-8 by its bytes', async () => {
    const names = readdirSync(path.join(input, 'a')).map((f) => path.join(input, 'a', f));
    const gbk = Buffer.concat([Buffer.from(path.join(input, 'b') + path.sep), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74])]);
    writeFileSync(gbk, '报告');
    const escaped = `${path.join(input, 'b')}${path.sep}\\xB1\\xA8\\xB8\\xE6.txt`;
    const list = [...names, path.join(input, 'no-such-file'), escaped, path.join(input, 'b', 'pt2019_syq.html')];
    const raw = new Map([[escaped, gbk]]);
    const one = await statFiles(list, raw);
    const split = await statFiles(list, raw, 2);
    expect(split).toEqual(one);
    expect([...one.size]).toEqual([...names.map((n) => statSync(n).size), -1, 6, statSync(path.join(input, 'b', 'pt2019_syq.html')).size]);
    expect(one.mtime[0]).toBe(Math.trunc(statSync(names[0]!).mtimeMs));
  });
});
