// `disclosure run --text-index none|end|now`: a bulk load leaves the full-text index to one
// pass, built on demand; `disclosure search` finds the same before (without the index) and
// after. And a run that replaces most reports empties the index to build it again in one pass.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/load/db.js';
import { emptyTextIndex, indexText, pendingParagraphs, shouldEmptyTextIndex } from '../../pipeline/load/text-index.js';
import { DEV, ROOT, SEEDS } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

let dir: string;
let db: string;
const run = (...args: string[]) => cli(['run', '--input', path.join(dir, 'raw'), '--db', db, '--out', path.join(dir, 'out'), '--workers', '1', ...args]);
const state = () => {
  const d = new Database(db, { readonly: true });
  try {
    return {
      indexedTo: d.prepare('SELECT indexed_to FROM report_text_state').pluck().get() as number,
      maxId: d.prepare('SELECT MAX(id) FROM report_paragraphs').pluck().get() as number,
      trigram: d.prepare(`SELECT COUNT(*) FROM report_text WHERE report_text MATCH '"信息处理费"'`).pluck().get() as number,
      bigram: d.prepare(`SELECT COUNT(*) FROM report_bigrams WHERE report_bigrams MATCH '"收费"'`).pluck().get() as number,
    };
  } finally {
    d.close();
  }
};
/** The paragraphs `disclosure search --json` finds (a JSON line each), as the whole lines, sorted. */
const hits = (term: string) => cli(['search', term, '--db', db, '--json', '--limit', '1000']).stdout.split('\n').filter(Boolean).sort();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-cli-textindex-'));
  mkdirSync(path.join(dir, 'raw'));
  for (const f of ['pt2019_syq.html', 'pt2023_syq.txt', 'pt2024_syq.html']) copyFileSync(path.join(DEV, 'raw', f), path.join(dir, 'raw', f));
  copyFileSync(path.join(SEEDS, '000_889672adc75fe0f6.txt'), path.join(dir, 'raw', 'seed.txt'));
  db = path.join(dir, 'db.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--text-index', () => {
  it('none: the paragraphs are stored, nothing is indexed, and search still finds them (by LIKE)', () => {
    const r = run('--text-index', 'none');
    expect(r.status, r.stderr).toBe(0);
    const s = state();
    expect(s.maxId).toBeGreaterThan(50);
    expect(s).toMatchObject({ indexedTo: 0, trigram: 0, bigram: 0 });
    expect(hits('收费').length).toBeGreaterThan(0);
    expect(hits('信息处理费').length).toBeGreaterThan(0);
  });

  it('now: builds the index from the stored paragraphs in one pass, reads no input, and finds the same', () => {
    const before = { fee: hits('收费'), processing: hits('信息处理费') };
    const r = cli(['run', '--text-index', 'now', '--db', db, '--input', path.join(dir, 'no-such-folder')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^disclosure run --text-index now: \d+ paragraphs indexed in [\d.]+ s; the full-text index is up to date/);
    const s = state();
    expect(s.indexedTo).toBe(s.maxId);
    expect(s.trigram).toBeGreaterThan(0);
    expect(s.bigram).toBeGreaterThan(0);
    expect({ fee: hits('收费'), processing: hits('信息处理费') }).toEqual(before);
    expect(cli(['run', '--text-index', 'now', '--db', db]).stdout).toMatch(/already up to date/);
  });

  it('end (the default): a run brings it up to date at its end', () => {
    copyFileSync(path.join(DEV, 'raw', 'pt2020_syq.html'), path.join(dir, 'raw', 'pt2020_syq.html'));
    expect(run().status).toBe(0);
    const s = state();
    expect(s.indexedTo).toBe(s.maxId);
  });

  it('--skip-text-index is --text-index none; a wrong value or "now" without a database is a usage error', () => {
    copyFileSync(path.join(DEV, 'raw', 'pt2025_syq.html'), path.join(dir, 'raw', 'pt2025_syq.html'));
    expect(run('--skip-text-index').status).toBe(0);
    const s = state();
    expect(s.indexedTo).toBeLessThan(s.maxId);
    expect(run('--text-index', 'later').status).toBe(2);
    const none = cli(['run', '--text-index', 'now', '--db', path.join(dir, 'none.sqlite')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/none\.sqlite does not exist/);
  });
});

describe('a run that replaces most reports', () => {
  it.each([
    [999, 999, false],
    [1000, 2000, true],
    [1000, 2001, false],
    [100_000, 100_000, true],
  ])('replacing %i of %i reports empties the index first: %s', (replacing, reports, expected) => {
    expect(shouldEmptyTextIndex(replacing, reports)).toBe(expected);
  });

  it('empties both indexes to 0, and the next indexing builds them again to the same hits', () => {
    const d = openDatabase(db);
    try {
      indexText(d);
      const count = (sql: string) => d.prepare(sql).pluck().get() as number;
      const fee = count(`SELECT COUNT(*) FROM report_bigrams WHERE report_bigrams MATCH '"收费"'`);
      const processing = count(`SELECT COUNT(*) FROM report_text WHERE report_text MATCH '"信息处理费"'`);
      emptyTextIndex(d);
      expect(pendingParagraphs(d)).toBe(count('SELECT COUNT(*) FROM report_paragraphs'));
      expect(count(`SELECT COUNT(*) FROM report_text WHERE report_text MATCH '"信息处理费"'`)).toBe(0);
      expect(indexText(d)).toBe(count('SELECT COUNT(*) FROM report_paragraphs'));
      expect(count(`SELECT COUNT(*) FROM report_bigrams WHERE report_bigrams MATCH '"收费"'`)).toBe(fee);
      expect(count(`SELECT COUNT(*) FROM report_text WHERE report_text MATCH '"信息处理费"'`)).toBe(processing);
      expect(processing).toBeGreaterThan(0);
    } finally {
      d.close();
    }
  });
});
