// The plans SQLite makes of the views behind the nightly exports. Without statistics (no
// ANALYZE) a plan depends on the schema only, so an empty database plans as a national one
// does; these are the plans that made one night over 100,000 reports take 2 minutes.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { outcomeMixSql } from '../../pipeline/load/report/data.js';

let dir: string;
let db: DB;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'view-plans-'));
  db = openDatabase(path.join(dir, 'd.sqlite'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const planOf = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail);

describe('the plans of the views that count or sum figures', () => {
  // metric_values's LEFT JOINs are left out of a plain SELECT only: under GROUP BY, COUNT or
  // a window function SQLite keeps them, and each figure looked its source line up
  it.each([
    ['v_region_year', 'SELECT * FROM v_region_year'],
    ['v_data_quality', 'SELECT * FROM v_data_quality'],
    ['v_yearly_comparison', 'SELECT * FROM v_yearly_comparison'],
    ['v_report_headline', 'SELECT * FROM v_report_headline'],
    ["report.html's outcome mix", outcomeMixSql],
  ])('%s never looks a figure’s source line up', (_, sql) => {
    expect(planOf(sql).filter((d) => /\b(l|report_lines)\b.*\(report_id=\? AND line=\?\)/.test(d))).toEqual([]);
  });

  it('the regional rollup sums a region’s figures before it joins the region’s count', () => {
    const plan = planOf('SELECT * FROM v_region_year');
    // the count joined on all four of its columns, after the sum
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH t USING .*\(map=\? AND level=\? AND region_prefix=\? AND report_year=\?\)$/));
    // not the plan that, for each region and year, searched every report of the year
    expect(plan.filter((d) => /^SEARCH t USING .*\(level=\?\)$/.test(d))).toEqual([]);
    // the headline figures in one pass, not a lookup of each through the key index
    expect(plan).toContain('SCAN f');
    expect(plan.filter((d) => /figures_key/.test(d))).toEqual([]);
  });

  it('the outcome mix reads each primary report’s figures by its id, not the whole key index', () => {
    const plan = planOf(outcomeMixSql);
    expect(plan).toContain('SEARCH f USING PRIMARY KEY (report_id=?)');
    expect(plan.filter((d) => /figures_key/.test(d))).toEqual([]);
  });
});
