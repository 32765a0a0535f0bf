// `disclosure search`, run as a user runs it: the listing, --json, the filters and the exit
// codes (0 found, 1 nothing found, 2 usage), on a database loaded by `disclosure run` from a
// 平潭 page and its text dump (a copy), another 平潭 year and a 内蒙古 seed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV, ROOT, SEEDS } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

let dir: string;
let db: string;
const search = (...args: string[]) => cli(['search', ...args, '--db', db]);

/** Present paragraphs containing every word, by a plain LIKE: id → is_primary. */
function like(...words: string[]): Map<number, number> {
  const d = new Database(db, { readonly: true });
  try {
    const where = words.map(() => `text LIKE ? ESCAPE '\\'`).join(' AND ');
    const patterns = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return new Map(
      d
        .prepare(`SELECT paragraph_id, is_primary FROM v_paragraphs WHERE ${where}`)
        .raw()
        .all(...patterns) as Array<[number, number]>,
    );
  } finally {
    d.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-cli-search-'));
  const input = path.join(dir, 'raw');
  mkdirSync(input);
  for (const f of ['pt2019_syq.html', 'pt2019_syq.txt', 'pt2020_syq.html']) copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  copyFileSync(path.join(SEEDS, '004_f97d988c963e3b8a.txt'), path.join(input, '004_f97d988c963e3b8a.txt'));
  db = path.join(dir, 'out', 'd.sqlite');
  const r = cli(['run', '--input', input, '--db', db, '--out', path.join(dir, 'out'), '--workers', '1']);
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('disclosure search', () => {
  it('prints each paragraph with its report, block, offset and the words around the term marked', () => {
    const want = like('复议');
    expect(want.size).toBeGreaterThan(3);
    const r = search('复议');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^复议: ${want.size} paragraph\\(s\\) in \\d+ report\\(s\\)$`));
    // a report line (year, body, file), then its paragraphs
    expect(r.stdout).toMatch(/^2019 {2}平潭综合实验区\S* {2}\S+pt2019_syq\.html$/m);
    expect(r.stdout).toMatch(/^ {2}block \d+, offset \d+: .*【复议】/m);
    // the text dump is a copy of the 2019 page: after it, and marked
    expect(r.stdout).toMatch(/^2019 {2}\S+ {2}\S+pt2019_syq\.txt {2}\[copy, not the primary file\]$/m);
    expect(r.stdout.indexOf('pt2019_syq.html')).toBeLessThan(r.stdout.indexOf('pt2019_syq.txt'));
    expect(r.stdout.indexOf('pt2019_syq.txt')).toBeLessThan(r.stdout.indexOf('pt2020_syq.html'));
    expect(r.stdout.match(/【复议】/g)!.length).toBeGreaterThanOrEqual(want.size);
  });

  it('--json prints one object per paragraph, the same paragraphs a LIKE scan finds', () => {
    const want = like('收费');
    const r = search('收费', '--json', '--limit', '1000');
    expect(r.status, r.stderr).toBe(0);
    const hits = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { paragraph_id: number; is_primary: boolean; offset: number; context: string; file: string; report_year: number });
    expect(new Map(hits.map((h) => [h.paragraph_id, h.is_primary ? 1 : 0]))).toEqual(want);
    for (const h of hits) {
      expect(Object.keys(h)).toEqual([
        'paragraph_id',
        'report_id',
        'file',
        'body_id',
        'body_name',
        'report_year',
        'region_code',
        'is_primary',
        'block',
        'page',
        'offset',
        'context',
      ]);
      expect(h.context).toContain('【收费】');
      expect(h.offset).toBeGreaterThanOrEqual(0);
    }
  });

  it('filters by --year and --region, and counts all hits past --limit', () => {
    const year = search('复议', '--json', '--year', '2020', '--limit', '1000');
    expect(year.status).toBe(0);
    const years = year.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { report_year: number }).report_year);
    expect(new Set(years)).toEqual(new Set([2020]));
    const mongolia = search('复议', '--json', '--region', '150000');
    expect(mongolia.status).toBe(0);
    for (const l of mongolia.stdout.trim().split('\n')) expect((JSON.parse(l) as { region_code: string }).region_code).toMatch(/^15/);
    expect(search('复议', '--region', '110000').status).toBe(1);
    const one = search('复议', '--limit', '1');
    expect(one.stdout).toMatch(/paragraph\(s\) in \d+ report\(s\) \(first 1; --limit N for more\)/);
    expect(one.stdout.match(/^ {2}block /gm)).toHaveLength(1);
  });

  it('exits 1 when nothing is found, and says so', () => {
    const r = search('鹦鹉');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('no paragraph contains 鹦鹉\n');
    const json = search('鹦鹉', '--json');
    expect(json.status).toBe(1);
    expect(json.stdout).toBe('');
    expect(json.stderr).toContain('no paragraph contains 鹦鹉');
  });

  it('searches the words of a term with quotes or FTS operators literally', () => {
    for (const [q, words] of [
      ['复议 AND 诉讼', ['复议', 'AND', '诉讼']],
      ['"复议"', ['"复议"']],
      ['复议*', ['复议*']],
      ['NEAR(复议', ['NEAR(复议']],
      ['复议"', ['复议"']],
    ] as const) {
      const r = search(q, '--json', '--limit', '1000');
      expect(r.status, `${q}: ${r.stderr}`).toBe(like(...words).size ? 0 : 1);
      expect(r.stderr).not.toMatch(/fts5|syntax|SqliteError/i);
      expect(r.stdout.trim().split('\n').filter(Boolean)).toHaveLength(like(...words).size);
    }
  });

  it('takes the term as a report prints it (full-width forms)', () => {
    // （ and ） are stored as ( and ): a term copied from the report still finds them
    const want = like('(一)');
    const r = search('（一）', '--json', '--limit', '1000');
    expect(r.status).toBe(want.size ? 0 : 1);
    expect(r.stdout.trim().split('\n').filter(Boolean)).toHaveLength(want.size);
  });

  it('exits 2 on a usage error: no term, punctuation only, a bad option, no database', () => {
    for (const args of [[], ['，。'], ['*'], ['复议', '--year', '20'], ['复议', '--region', '15'], ['复议', '--limit', '0']]) {
      const r = search(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^disclosure search: /);
    }
    const none = cli(['search', '复议', '--db', path.join(dir, 'none.sqlite')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no database at/);
    const help = cli(['search', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: disclosure search \[options\] TERM\.\.\./);
  });
});
