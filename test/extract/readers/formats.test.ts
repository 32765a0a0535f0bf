// The same report through every format gives the same figures (provenance aside): the
// seeds as text or HTML, and their DOCX, DOC and PDF conversions in ../shared/corpus/formats.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../../pipeline/extract/index.js';
import type { Table } from '../../../pipeline/extract/model.js';
import { FORMATS, SEEDS, readGold, reportOf } from '../../helpers.js';

const SOURCES: Record<string, string> = {
  seed000: path.join(SEEDS, '000_889672adc75fe0f6.txt'),
  seed001: path.join(SEEDS, '001_5b48e1924422d7f6.txt'),
  seed002: path.join(SEEDS, '002_bbda4c124945f80d.txt'),
  seed003: path.join(SEEDS, '003_9e41aa4172b10319.txt'),
  seed004: path.join(FORMATS, 'seed004.html'),
};

/** What a report says, without where it says it. */
async function figures(file: string) {
  const { report } = await reportOf(file);
  return {
    template: report.template,
    identity: { body: report.identity.body_name, year: report.identity.report_year, region: report.region.code },
    metrics: Object.fromEntries(report.metrics.map((m) => [m.key, { value: m.value, unit: m.unit, flags: m.flags }])),
    checks: report.issues
      .filter((i) => i.check)
      .map((i) => i.check)
      .sort(),
  };
}

describe('the same report in every format', () => {
  it.each(Object.keys(SOURCES).flatMap((stem) => ['docx', 'doc', 'pdf'].map((ext) => [stem, ext] as const)))('%s.%s equals its source', async (stem, ext) => {
    const source = await figures(SOURCES[stem]!);
    expect(await figures(path.join(FORMATS, `${stem}.${ext}`))).toEqual(source);
  });

  it('matches the gold figures of ../shared/corpus/formats exactly', async () => {
    for (const g of readGold(path.join(FORMATS, 'gold.jsonl'))) {
      const { report } = await reportOf(path.join(FORMATS, g.file));
      const got = Object.fromEntries(report.metrics.map((m) => [m.key, m.value]));
      for (const [key, want] of Object.entries(g.metrics)) {
        if (want === null) expect(got, `${g.file} ${key}`).not.toHaveProperty([key]);
        else expect(got[key], `${g.file} ${key}`).toBe(want);
      }
      expect(report.region.code, g.file).toBe(g.region_code);
    }
  });
});

const tablesOf = async (file: string) => (await extractBytes(file, readFileSync(file))).blocks.filter((b): b is Table => b.kind === 'table');
const texts = (t: Table) => t.rows.map((r) => r.cells.filter((c) => c.span !== 'col').map((c) => c.text.replace(/\s+/g, '')));

describe('format readers keep the table structure', () => {
  it('DOCX: merged cells expanded, each 表三 result row with its group label and seven values', async () => {
    const rows = (await tablesOf(path.join(FORMATS, 'seed004.docx'))).flatMap(texts);
    const secret = rows.find((r) => r.includes('1.属于国家秘密'))!;
    expect(secret).toContain('(三)不予公开');
    expect(secret.slice(-7)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
  });

  it('PDF: 表三 continues from page 3 to page 4 as one table, the cut label mended', async () => {
    const doc = await extractBytes('seed004.pdf', readFileSync(path.join(FORMATS, 'seed004.pdf')));
    const t3 = doc.blocks.find((b): b is Table => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text.includes('本年新收'))))!;
    const rows = texts(t3);
    expect(rows.some((r) => r.includes('(七)总计'))).toBe(true);
    expect(rows.find((r) => r.includes('(七)总计'))![0]).toBe('三、本年度办理结果');
    expect(rows.some((r) => r.some((c) => c.startsWith('2.申请人逾期未按收费通知要求缴纳费用') && c.endsWith('政府信息公开申请')))).toBe(true);
    expect(t3.page).toBeLessThan(doc.blocks.filter((b) => b.page).at(-1)!.page!);
  });

  it('PDF: the 统计表 of seed 002 read by its ruling lines', async () => {
    const rows = (await tablesOf(path.join(FORMATS, 'seed002.pdf'))).flatMap(texts);
    expect(rows.find((r) => r[0]?.startsWith('2.政府网站公开政府信息数'))).toEqual(['2.政府网站公开政府信息数', '条', '584']);
  });

  it('DOC: 表三, whose row ends sit in the Data stream (sprmPHugePapx), keeps one row per table row', async () => {
    const t3 = (await tablesOf(path.join(FORMATS, 'seed004.doc'))).find((t) => t.rows.some((r) => r.cells.some((c) => c.text.includes('本年新收'))))!;
    const rows = texts(t3);
    const secret = rows.find((r) => r.includes('1.属于国家秘密'))!;
    expect(secret.slice(-7)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(rows.find((r) => r.includes('(七)总计'))!.slice(-7)).toHaveLength(7);
    // the 25 rows of the 2021 表三 each end in their seven figures
    expect(rows.filter((r) => r.length >= 8 && r.slice(-7).every((c) => /^\d+$/.test(c)))).toHaveLength(25);
  });

  it('DOC: a regular table keeps one row per line', async () => {
    const rows = (await tablesOf(path.join(FORMATS, 'seed002.doc'))).flatMap(texts);
    expect(rows.find((r) => r[0]?.startsWith('2.政府网站公开政府信息数'))).toEqual(['2.政府网站公开政府信息数', '条', '584']);
  });
});
