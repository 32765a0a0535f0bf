// `disclosure export` at the CLI edge: Chinese CSVs and the workbook on request, metadata.json
// beside them, and a filter that matches nothing refused with exit 2 and nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase, SAMPLE, type Built } from '../build-db.js';
import { ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

let built: Built;
beforeAll(async () => {
  built = await buildDatabase([SAMPLE]);
}, 60_000);
afterAll(() => built.dispose());

describe('disclosure export', () => {
  it('--lang zh --xlsx: Chinese CSVs, the workbook and metadata.json', () => {
    const out = path.join(built.dir, 'zh');
    const r = cli(['export', '--db', built.dbFile, '--out', out, '--lang', 'zh', '--xlsx']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        'applications.csv',
        'bodies.csv',
        'data_quality.csv',
        'disclosure.xlsx',
        'findings.csv',
        'metadata.json',
        'metric_dictionary.csv',
        'provenance.csv',
        'region_year.csv',
        'region_year_consolidated.csv',
        'reports.csv',
        'review.csv',
        'yearly_comparison.csv',
      ].sort(),
    );
    const reports = readFileSync(path.join(out, 'reports.csv'), 'utf8');
    // 宝力根苏木 2023: a township report in the 2021 template
    expect(reports).toMatch(/宝力根苏木人民政府,[^\n]*乡级[^\n]*2023,2021格式/);
    expect(JSON.parse(readFileSync(path.join(out, 'metadata.json'), 'utf8')).databases).toHaveProperty('disclosure');
  });

  it.each([
    [['--year', '1999'], /no report matches report year 1999 \(the database holds report years 2016–2023\); nothing written/],
    [['--region', '999999'], /no report matches region 999999/],
  ])('%j matches nothing: exit 2, nothing written', (args, message) => {
    const out = path.join(built.dir, `none-${args[1]}`);
    const r = cli(['export', '--db', built.dbFile, '--out', out, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('a filter that matches keeps only its rows', () => {
    const out = path.join(built.dir, 'year');
    expect(cli(['export', '--db', built.dbFile, '--out', out, '--year', '2023']).status).toBe(0);
    const rows = readFileSync(path.join(out, 'reports.csv'), 'utf8').trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/宝力根苏木人民政府/);
  });

  it('run --lang zh rewrites English CSVs of an unchanged folder once, then leaves them', () => {
    const out = path.join(built.dir, 'run-out');
    const db = path.join(built.dir, 'run.sqlite');
    const run = (...extra: string[]) => cli(['run', '--input', SAMPLE, '--db', db, '--out', out, ...extra]);
    expect(run().status).toBe(0);
    expect(readFileSync(path.join(out, 'reports.csv'), 'utf8')).toMatch(/^\ufeffreport_id,/);
    const zh = run('--lang', 'zh');
    expect(zh.stdout).not.toMatch(/reports\.csv \(unchanged\)/);
    expect(readFileSync(path.join(out, 'reports.csv'), 'utf8')).toMatch(/^\ufeff报告编号,/);
    expect(run('--lang', 'zh').stdout).toMatch(/reports\.csv \(unchanged\)/);
  });
});
