// Layout features the real corpus does not exercise, on files made by scripts/make-fixtures.mjs:
// a DOCX with a header, a footer page number, gridSpan and vMerge; a two-page PDF with a running
// header, page numbers, a wrapped paragraph, columns aligned without rulings, and a ruled table
// that goes on over the page break.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../../pipeline/extract/index.js';
import type { Document, Table } from '../../../pipeline/extract/model.js';
import { GENERATED } from '../../helpers.js';

const load = (name: string) => extractBytes(name, readFileSync(path.join(GENERATED, 'formats', name)));
const paragraphs = (d: Document) => d.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const tables = (d: Document) => d.blocks.filter((b): b is Table => b.kind === 'table');
const grid = (t: Table) => t.rows.map((r) => r.cells.map((c) => (c.span ? `${c.text}^${c.span}` : c.text)));

describe('DOCX as Word writes it', () => {
  it('leaves the header and the footer page number out of the body', async () => {
    const doc = await load('word.docx');
    expect(doc.text).not.toContain('印发');
    expect(doc.text).not.toMatch(/第\s*1\s*页/);
    expect(paragraphs(doc)).toEqual(['习岗镇2016年政府信息公开工作年度报告', '本年度主动公开政府信息665条,收到政府信息公开申请3件。', '习岗镇人民政府']);
  });

  it('expands gridSpan and vMerge into the grid, copies marked', async () => {
    const [t] = tables(await load('word.docx'));
    expect(grid(t!)).toEqual([
      ['统计指标', '单位', '统计数'],
      ['(一)主动公开政府信息数', '(一)主动公开政府信息数^col', '665'],
      ['依申请公开', '(一)收到申请数', '3'],
      ['依申请公开^row', '(三)申请答复数', '3'],
    ]);
  });
});

describe('PDF laid out over two pages', () => {
  it('drops the running header and the page numbers', async () => {
    const doc = await load('layout.pdf');
    expect(doc.text).not.toContain('信息公开年报');
    expect(doc.text).not.toMatch(/- \d -/);
  });

  it('joins a wrapped line into its paragraph and keeps headings apart', async () => {
    const paras = paragraphs(await load('layout.pdf'));
    expect(paras).toContain('本年度我镇通过政府网站和公示栏主动公开政府信息共计六百六十五条其中通过政府网站公开五百八十四条。');
    expect(paras.slice(0, 2)).toEqual(['习岗镇2016年政府信息公开工作年度报告', '一、主动公开情况']);
  });

  it('reads columns aligned without rulings as table rows', async () => {
    // 'columns': aligned without rulings, the columns found from how the lines line up (layout-text.ts)
    const t = tables(await load('layout.pdf')).find((x) => x.layout === 'columns')!;
    expect(grid(t)).toEqual([
      ['收到申请数', '件', '3'],
      ['申请答复数', '件', '3'],
    ]);
  });

  it('joins the ruled table across the page break and keeps where it started', async () => {
    const doc = await load('layout.pdf');
    const t = tables(doc).find((x) => x.layout === 'grid')!;
    expect(grid(t)).toEqual([
      ['统计指标', '单位', '统计数'],
      ['行政复议数量', '件', '0'],
      ['行政诉讼数量', '件', '0'],
      ['举报投诉数量', '件', '0'],
    ]);
    expect(t.page).toBe(1);
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '习岗镇人民政府', page: 2 });
  });
});
