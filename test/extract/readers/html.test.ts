// HTML pages: spans expanded into a grid, portal chrome kept out of the report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../../pipeline/extract/index.js';
import { expandGrid } from '../../../pipeline/extract/readers/html-grid.js';
import type { Table } from '../../../pipeline/extract/model.js';
import { DEV, FORMATS, GENERATED, reportOf } from '../../helpers.js';

const load = async (file: string) => extractBytes(file, readFileSync(file));

describe('expandGrid', () => {
  it('copies rowspan and colspan cells and marks the copies', () => {
    const g = expandGrid([
      [
        { text: 'A', rowspan: 2, colspan: 1 },
        { text: 'B', rowspan: 1, colspan: 2 },
      ],
      [
        { text: 'c', rowspan: 1, colspan: 1 },
        { text: 'd', rowspan: 1, colspan: 1 },
      ],
    ]);
    expect(g).toEqual([
      [{ text: 'A' }, { text: 'B' }, { text: 'B', span: 'col' }],
      [{ text: 'A', span: 'row' }, { text: 'c' }, { text: 'd' }],
    ]);
  });

  it('caps hostile spans at the table size', () => {
    const g = expandGrid([[{ text: 'x', rowspan: 100000, colspan: 1 }], [{ text: 'y', rowspan: 1, colspan: 1 }]]);
    expect(g).toHaveLength(2);
  });
});

describe('seed004.html (the 2021 table structure with rowspan/colspan)', () => {
  it('expands 表三 so each result row carries its group label and seven values', async () => {
    const doc = await load(path.join(FORMATS, 'seed004.html'));
    const rows = doc.blocks
      .filter((b): b is Table => b.kind === 'table')
      .flatMap((t) => t.rows.map((r) => r.cells.filter((c) => c.span !== 'col').map((c) => c.text)));
    const secret = rows.find((r) => r.includes('1.属于国家秘密'));
    expect(secret?.slice(-7)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(secret).toContain('(三)不予公开');
  });
});

describe('portal pages of the dev corpus', () => {
  it('keeps breadcrumbs, navigation and footer out of the report paragraphs', async () => {
    const doc = await load(path.join(DEV, 'raw', 'pt2023_syq.html'));
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paras.some((p) => p.includes('当前位置'))).toBe(false);
    expect(paras.some((p) => /无障碍浏览|分享到/.test(p))).toBe(false);
    expect(paras.some((p) => p.includes('二、主动公开政府信息情况'))).toBe(true);
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(3);
    expect(doc.encoding).toBe('utf-8');
  });
});

describe('pages as portals serve them (scripts/make-fixtures.mjs from seed004.html)', () => {
  const source = async () => Object.fromEntries((await reportOf(path.join(FORMATS, 'seed004.html'))).report.metrics.map((m) => [m.key, m.value]));

  it.each([
    ['seed004.gbk.html', 'gb18030'],
    ['seed004.gbk-nometa.html', 'gb18030'],
    ['seed004.wrong-meta.html', 'utf-8'],
    ['seed004.chrome.html', 'utf-8'],
  ])('%s decodes as %s and gives the same figures as the source', async (name, encoding) => {
    const { doc, report } = await reportOf(path.join(GENERATED, 'html', name));
    expect(doc.encoding).toBe(encoding);
    expect(doc.replacementChars).toBe(0);
    expect(Object.fromEntries(report.metrics.map((m) => [m.key, m.value]))).toEqual(await source());
  });

  it('keeps navigation, breadcrumbs, share buttons, related links and the footer out of the report', async () => {
    const { doc } = await reportOf(path.join(GENERATED, 'html', 'seed004.chrome.html'));
    const paras = doc.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => b.text)
      .join('\n');
    for (const chrome of ['您的位置', '首页导航栏目', '信息公开目录栏目', '分享到', '相关链接', '相关栏目', '主办单位', 'ICP备'])
      expect(paras, chrome).not.toContain(chrome);
    expect(paras).toContain('宝力根苏木严格按照市政府统一安排部署');
  });
});
