// The analyst views on the 平潭 series (2011–2025): 表三 and 表四 in long form give the gold
// figures, every figure has its provenance, and the data-quality view names the reports
// whose tables break their own arithmetic.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { exampleQueries } from '../../pipeline/load/datasette/queries.js';
import { DEV, ROOT, readGold } from '../helpers.js';

let dir: string;
let db: DB;
const gold = readGold(path.join(DEV, 'gold.jsonl'));

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-views-'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
  await runPipeline(db, { input: path.join(DEV, 'raw'), full: false, concurrency: 2, log: pino({ level: 'silent' }) });
}, 60_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const byFile = (sql: string) => new Map((db.prepare(sql).all() as Array<{ file: string; v: number }>).map((r) => [path.basename(r.file), r.v]));

describe('v_applications (表三 in long form)', () => {
  it('gives each template report its applications received per year, as the gold has them', () => {
    const got = byFile(`SELECT file, count AS v FROM v_applications WHERE outcome = 'received' AND applicant = 'total'`);
    const want = gold.filter((g) => g.report_year >= 2019 && g.metrics['applications.received'] != null);
    expect(want.length).toBeGreaterThan(10);
    for (const g of want) expect(got.get(g.file), g.file).toBe(g.metrics['applications.received']);
  });

  it('has the seven applicant columns and every outcome row of the template', () => {
    const cols = db.prepare(`SELECT DISTINCT applicant FROM v_applications ORDER BY applicant_position`).all();
    expect(cols.map((c) => (c as { applicant: string }).applicant)).toEqual([
      'natural_person',
      'commercial',
      'research',
      'social_org',
      'legal_service',
      'other_org',
      'total',
    ]);
    const outcomes = (db.prepare(`SELECT DISTINCT outcome FROM v_applications WHERE file LIKE '%pt2024_syq.html'`).all() as Array<{ outcome: string }>).map(
      (o) => o.outcome,
    );
    expect(outcomes).toEqual(
      expect.arrayContaining(['received', 'carried_over', 'granted', 'partial', 'denied.state_secret', 'other.other', 'handled', 'carried_forward']),
    );
    expect(outcomes).toHaveLength(25); // 2 + 2 + 8 不予公开 + 3 无法提供 + 5 不予处理 + 3 其他处理 + 总计 + 结转
  });
});

describe('v_review (表四 in long form)', () => {
  it('gives the reconsideration totals of the gold', () => {
    const got = byFile(`SELECT file, count AS v FROM v_review WHERE kind = 'reconsideration' AND result = 'total'`);
    for (const g of gold.filter((x) => x.metrics['review.reconsideration.total'] != null))
      expect(got.get(g.file), g.file).toBe(g.metrics['review.reconsideration.total']);
  });
});

describe('v_provenance and v_data_quality', () => {
  it('carries every figure with its file, snippet, offset and rule', () => {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT COUNT(*) AS n FROM v_provenance')).toBe(n('SELECT COUNT(*) AS n FROM metric_values'));
    expect(n(`SELECT COUNT(*) AS n FROM v_provenance WHERE snippet = '' OR rule = '' OR file IS NULL`)).toBe(0);
  });

  it('names the reports whose published tables break their arithmetic', () => {
    const q = byFile('SELECT file, failing_checks AS v FROM v_data_quality');
    // 主动公开信息数 2026 > 网站 1795 + 公报 0 breaks P-CHAN, a soft check: a warning, not counted
    expect(q.get('pt2012_xian.txt')).toBe(0);
    expect(q.get('pt2020_syq.html')).toBeGreaterThan(0); // T3-RES breaks in 2020
    expect(q.get('pt2019_syq.html')).toBe(0);
    const missing = byFile(`SELECT file, missing_sections AS v FROM v_data_quality WHERE template LIKE 'gov%'`);
    expect(missing.get('pt2024_syq.html')).toBe('');
  });
});

describe('v_data_quality names the headline metrics a report does not state (issue 16)', () => {
  it('in the dictionary order, and none that it states', () => {
    const q = byFile(`SELECT file, headline_not_stated AS v FROM v_data_quality`) as unknown as Map<string, string | null>;
    // the 2013 tax bureau's prose states 4 headline figures: proactive, received, handled, reconsideration
    const ds = String(q.get('pt2013_ds.html')).split(' ');
    expect(ds).not.toContain('proactive.total');
    expect(ds).not.toContain('applications.received');
    expect(ds).toEqual(expect.arrayContaining(['applications.granted', 'fees.application', 'complaints.total']));
    expect(ds.indexOf('applications.granted')).toBeLessThan(ds.indexOf('complaints.total'));
  });
});

describe('the README example queries', () => {
  it('each runs on the 平潭 series and the first two answer with figures', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /## Example queries[\s\S]*?```sql\n([\s\S]*?)```/.exec(readme)![1]!;
    const statements = block
      .split(';')
      .map((q) => q.replace(/--[^\n]*/g, '').trim())
      .filter(Boolean);
    expect(statements).toHaveLength(exampleQueries().length);
    const results = statements.map((q) => db.prepare(q).all());
    expect(results[0]).toContainEqual(expect.objectContaining({ county: '平潭县', report_year: 2024, received: 218 }));
    expect(results[1]).toContainEqual({ report_year: 2019, outcome: 'received', applications: 23 });
  });
});

describe('full-text search (report_text, FTS5 trigram)', () => {
  const search = (words: string) =>
    db
      .prepare(
        `SELECT DISTINCT p.report_id, f.path FROM report_text JOIN report_paragraphs p ON p.id = report_text.rowid
        JOIN reports r ON r.id = p.report_id JOIN source_files f ON f.id = r.source_file_id WHERE report_text MATCH ? ORDER BY f.path`,
      )
      .all(`"${words}"`) as Array<{ path: string }>;

  it('finds every report that mentions 信息处理费, and only those', () => {
    const found = search('信息处理费').map((r) => path.basename(r.path));
    expect(found.length).toBeGreaterThan(4);
    expect(found.every((f) => /^pt20(2[1-5])_syq\./.test(f))).toBe(true);
  });

  it('keeps the index whole when reports are replaced by a full run', async () => {
    const before = search('行政复议').length;
    await runPipeline(db, { input: path.join(DEV, 'raw'), full: true, concurrency: 2, log: pino({ level: 'silent' }) });
    expect(() => db.prepare(`INSERT INTO report_text(report_text, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    expect(search('行政复议').length).toBe(before);
  });
});

describe('the headline metrics in the views', () => {
  it('come from the dictionary: v_yearly_comparison and v_region_year hold headline keys only', () => {
    const headline = (
      db.prepare('SELECT key FROM metric_dictionary WHERE headline_rank IS NOT NULL ORDER BY headline_rank').all() as Array<{ key: string }>
    ).map((r) => r.key);
    expect(headline).toHaveLength(12);
    const keysOf = (view: string) => (db.prepare(`SELECT DISTINCT key FROM ${view} ORDER BY key`).all() as Array<{ key: string }>).map((r) => r.key);
    for (const view of ['v_yearly_comparison', 'v_region_year']) {
      const keys = keysOf(view);
      expect(
        keys.filter((k) => !headline.includes(k)),
        view,
      ).toEqual([]);
      expect(keys, view).toEqual(expect.arrayContaining(['proactive.total', 'applications.received', 'review.reconsideration.total']));
    }
    // 2019: 平潭's applications received, as the gold has them, in the yearly series
    const g = gold.find((x) => x.report_year === 2019 && x.metrics['applications.received'] != null)!;
    const row = db.prepare(`SELECT value FROM v_yearly_comparison WHERE report_year = 2019 AND key = 'applications.received'`).get() as { value: number };
    expect(row.value).toBe(g.metrics['applications.received']);
  });
});
