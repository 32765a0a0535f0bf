// A night over a folder that lists as the last run left it is decided from the listing's
// digest (sql/021_listing_digests.sql, listing-digest.ts), without matching the rows one by
// one: the same counts as the row-by-row match, never when a row may say something else.
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { runPipeline } from '../../pipeline/run/index.js';
import type { Listing } from '../../pipeline/run/list-input.js';
import { listingDigest } from '../../pipeline/run/listing-digest.js';
import { DEV, SEEDS } from '../helpers.js';

let dir: string;
let input: string;
let db: DB;
let messages: string[];
const log = () => pino({ level: 'info' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
const run = (extra: Partial<Parameters<typeof runPipeline>[1]> = {}) => {
  messages = [];
  return runPipeline(db, { input, full: false, concurrency: 1, log: log(), maxMissingShare: 1, ...extra });
};
const SAME = 'the folder lists as the last run left it: every file unchanged, no row matched one by one';
const digests = () => db.prepare('SELECT root, run_id FROM listing_digests').all() as Array<{ root: string; run_id: number }>;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-digest-'));
  input = path.join(dir, 'raw');
  mkdirSync(path.join(input, 'a'), { recursive: true });
  for (const f of readdirSync(SEEDS)
    .filter((x) => x.endsWith('.txt'))
    .slice(0, 2))
    copyFileSync(path.join(SEEDS, f), path.join(input, 'a', f));
  copyFileSync(path.join(DEV, 'raw', 'pt2020_syq.txt'), path.join(input, 'pt2020_syq.txt'));
  // a file that fails (not a zip), and entries not read (hidden; a dangling link, which
  // fails): all have rows, and the entries not read are counted apart from the files
  writeFileSync(path.join(input, 'a', 'broken.docx'), 'not a zip');
  writeFileSync(path.join(input, '.hidden.txt'), 'x');
  symlinkSync(path.join(dir, 'nowhere.txt'), path.join(input, 'dangling.txt'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the listing digest', () => {
  it('decides a night like the last from the digest, with the counts the row-by-row match gives', async () => {
    const first = await run();
    expect(first.counts).toMatchObject({ files_new: 6, files_failed: 2, files_unsupported: 1 });
    expect(digests()).toEqual([{ root: input, run_id: first.runId }]);
    const second = await run();
    expect(messages).toContain(SAME);
    // the same night again, matched row by row: the digest taken away by hand
    db.prepare('DELETE FROM listing_digests').run();
    const third = await run();
    expect(messages).not.toContain(SAME);
    expect(second.counts).toEqual(third.counts);
    expect(second.counts).toMatchObject({ files_seen: 6, files_unchanged: 6, files_failed: 2, files_failed_known: 2, files_new: 0, files_changed: 0 });
    // recorded again by the night that matched row by row
    expect(digests()).toEqual([{ root: input, run_id: third.runId }]);
  });

  it('is emptied by any write to source_files, by a run or by hand', async () => {
    await run();
    db.prepare('UPDATE source_files SET error = error WHERE id = (SELECT MIN(id) FROM source_files)').run();
    expect(digests()).toEqual([]);
    await run();
    expect(messages).not.toContain(SAME);
    db.prepare(`DELETE FROM source_files WHERE path LIKE '%broken.docx'`).run();
    expect(digests()).toEqual([]);
    // the row taken away by hand: the file is new again, found because the rows were matched
    const r = await run();
    expect(r.counts).toMatchObject({ files_new: 1, files_unchanged: 5 });
  });

  it('differs when a file is touched, added, or a run is --full, and nothing is skipped then', async () => {
    await run();
    const f = path.join(
      input,
      'a',
      readdirSync(path.join(input, 'a')).find((x) => x.endsWith('.txt'))!,
    );
    utimesSync(f, new Date(), new Date(Date.now() + 5000));
    const touched = await run();
    expect(messages).not.toContain(SAME);
    expect(touched.counts).toMatchObject({ files_unchanged: 6 });
    expect(db.prepare('SELECT mtime_ms FROM source_files WHERE path = ?').pluck().get(f)).toBe(Math.trunc(statSync(f).mtimeMs));
    copyFileSync(path.join(DEV, 'raw', 'pt2019_syq.txt'), path.join(input, 'pt2019_syq.txt'));
    expect((await run()).counts).toMatchObject({ files_new: 1 });
    const full = await run({ full: true });
    expect(messages).not.toContain(SAME);
    // the entries not read stand
    expect(full.counts).toMatchObject({ files_changed: 5, files_unchanged: 2 });
  });

  it('is not recorded when a file changed between its stat and its read: a night that lists it as first stat-ed reads it again', async () => {
    const f = path.join(input, 'pt2020_syq.txt');
    const listed = statSync(f);
    // the run lists and stats the folder, then, before any file is read, the file grows
    const first = await run({
      progress: { start: () => appendFileSync(f, '\n补充说明。\n'), tick: () => undefined, end: () => undefined },
    });
    expect(first.counts.files_new).toBe(6);
    expect(db.prepare('SELECT bytes FROM source_files WHERE path = ?').pluck().get(f)).toBe(listed.size + Buffer.byteLength('\n补充说明。\n'));
    expect(digests()).toEqual([]);
    // put back as it was listed, size and mtime: the row says otherwise, so it is read again
    copyFileSync(path.join(DEV, 'raw', 'pt2020_syq.txt'), f);
    utimesSync(f, listed.atime, listed.mtime);
    const second = await run();
    expect(messages).not.toContain(SAME);
    expect(second.counts).toMatchObject({ files_changed: 1, files_unchanged: 5 });
    expect(db.prepare('SELECT bytes FROM source_files WHERE path = ?').pluck().get(f)).toBe(listed.size);
  });
});

describe('listingDigest', () => {
  const listing = (over: Partial<Listing> = {}): Listing => ({
    files: ['/in/a/报告.txt', '/in/b.html'],
    raw: new Map(),
    skipped: [{ path: '/in/.x', status: 'unsupported', reason: 'hidden file' }],
    unreadable: [],
    ...over,
  });
  const stats = (size = [10, 20], mtime = [1, 2]) => ({ size: Float64Array.from(size), mtime: Float64Array.from(mtime) });
  const base = listingDigest(listing(), stats(), '1.0.0');

  it.each([
    ['a size', listing(), stats([10, 21]), '1.0.0'],
    ['an mtime', listing(), stats([10, 20], [1, 3]), '1.0.0'],
    ['a path', listing({ files: ['/in/a/报告.txt', '/in/c.html'] }), stats(), '1.0.0'],
    ['two paths run into each other', listing({ files: ['/in/a/报告.txt/in', '/b.html'] }), stats(), '1.0.0'],
    ['the order', listing({ files: ['/in/b.html', '/in/a/报告.txt'] }), stats([20, 10], [2, 1]), '1.0.0'],
    ['an entry not read', listing({ skipped: [{ path: '/in/.x', status: 'unsupported', reason: 'hidden folder' }] }), stats(), '1.0.0'],
    ['the parser', listing(), stats(), '1.0.1'],
  ])('changes with %s', (_, l, s, v) => {
    expect(listingDigest(l, s, v)).not.toBe(base);
  });

  it('is the same for the same listing, and none when a folder could not be read', () => {
    expect(listingDigest(listing(), stats(), '1.0.0')).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(listingDigest(listing({ unreadable: ['/in/locked'] }), stats(), '1.0.0')).toBeUndefined();
  });
});
