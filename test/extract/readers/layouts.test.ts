// Template tables in the layouts offices print (issue 13): the reports made by
// scripts/make-layouts.mjs, printed to PDF by LibreOffice (from DOCX and HTML) and by headless
// Chromium (from HTML), each PDF also as its `pdftotext -layout` text. For every file of the
// generated gold.jsonl: every gold figure comes out and is equal, and no template-table key
// comes out that the gold does not hold (0 wrong, 0 missing, 0 invented).
// The layouts are listed, with what each one exercises, in test/fixtures/generated/layouts/LAYOUTS.md.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED, metricsOf, readGold, reportOf, type Gold } from '../../helpers.js';

const DIR = path.join(GENERATED, 'layouts');
/** Keys of 表二, 表三 and 表四 (and the headline keys drawn from them). */
const TABLE_KEY = /^(rules|normative_docs|licensing|other_services|penalty|coercion|admin_fees|procurement|applications|review)\./;
const same = (a: number, b: number) => Math.abs(a - b) < 0.01;

/**
 * Prints whose tables are not read whole yet, with the figures they leave absent. Every other
 * print gives 100 % of its gold; these give all the rest, and none wrong or invented.
 */
const KNOWN_GAPS: Record<string, { missing: number; why: string }> = {
  'dense-web.pdf': {
    missing: 30,
    why: "LibreOffice drops the HTML table's borders and wraps its labels round figures that almost touch them: rows whose figures cannot be placed with certainty (or that do not add up once placed) are left absent",
  },
  't4-twolevel-web.layout.txt': { missing: 16, why: '表四 as layout text with blank cells in its one data row: nothing tells which columns the blanks are in' },
  't4-twolevel-web.chrome.layout.txt': {
    missing: 16,
    why: '表四 as layout text with blank cells in its one data row: nothing tells which columns the blanks are in',
  },
};

const gold = readGold(path.join(DIR, 'gold.jsonl'));
// the DOCX and HTML the prints were made from: the control (a figure missed here is missed by
// the table rules, not by the PDF or layout-text reader)
const sources = readGold(path.join(DIR, 'sources.jsonl'));

async function check(g: Gold): Promise<void> {
  const { report } = await reportOf(path.join(DIR, g.file));
  const got = metricsOf(report);
  const problems: string[] = [];
  const count = { wrong: 0, missing: 0, invented: 0 };
  const problem = (kind: keyof typeof count, text: string) => {
    count[kind]++;
    problems.push(text);
  };
  if (report.template !== g.template) problems.push(`template: want ${g.template}, got ${report.template}`);
  for (const [key, want] of Object.entries(g.metrics)) {
    const has = Object.prototype.hasOwnProperty.call(got, key) && got[key] != null;
    if (want === null) {
      if (has) problem('invented', `${key}: not stated, got ${got[key]}`);
    } else if (!has) problem('missing', `${key}: want ${want}, missing`);
    else if (!same(got[key]!, want)) problem('wrong', `${key}: want ${want}, got ${got[key]}`);
  }
  for (const [key, value] of Object.entries(got)) {
    if (TABLE_KEY.test(key) && !(key in g.metrics)) problem('invented', `${key}: not in the gold, got ${value}`);
  }
  const total = Object.keys(g.metrics).length;
  const summary = `${g.file}: ${total - count.wrong - count.missing} of ${total} gold figures right; wrong ${count.wrong}, missing ${count.missing}, invented ${count.invented}`;
  const gap = KNOWN_GAPS[g.file];
  if (!gap) {
    expect(problems, summary).toEqual([]);
    return;
  }
  // a known gap: figures left absent (each with its finding), never a wrong or invented one;
  // the count is exact, so a reader that reads more must say so here
  expect(
    problems.filter((p) => !p.endsWith(', missing')),
    summary,
  ).toEqual([]);
  expect(count.missing, `${summary} (${gap.why})`).toBe(gap.missing);
}

describe('template tables in printed layouts', () => {
  it('has a gold line for every print', () => {
    expect(gold.length).toBeGreaterThanOrEqual(30);
  });
  for (const g of gold) it(g.file, () => check(g));
});

describe("template tables in the layouts' DOCX and HTML sources", () => {
  for (const g of sources) it(g.file, () => check(g));
});
