// The PDF reader's page content (characters with their boxes, ruling lines) is the same
// whichever way it is read: through MuPDF's module accessors or its public walk(), from the
// paths as the text extraction sums them up or from the drawing itself (a grid drawn as one
// path, which the summary cannot split into lines).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../../../pipeline/extract/index.js';
import { pageContent } from '../../../../pipeline/extract/readers/pdf/items.js';
import { FORMATS, SHARED } from '../../../helpers.js';
// @ts-expect-error: a plain .mjs script without types
import { pdf } from '../../../../scripts/lib/pdf.mjs';

const round = (c: ReturnType<typeof pageContent>) => ({
  items: c.items.map((i) => [i.text, i.x.toFixed(1), i.y.toFixed(1), i.w.toFixed(1), i.cy?.toFixed(1)]),
  h: c.horizontal.map((s) => [s.at, s.from, s.to].map((v) => v.toFixed(1))).sort(),
  v: c.vertical.map((s) => [s.at, s.from, s.to].map((v) => v.toFixed(1))).sort(),
});

describe.each([path.join(SHARED, 'corpus', 'real', 'huaian_2024.pdf'), path.join(FORMATS, 'seed004.pdf')])('%s', (file) => {
  it('gives the same characters and rulings through the accessors as through walk()', () => {
    const doc = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
    for (let i = 0; i < doc.countPages(); i++) {
      const page = doc.loadPage(i);
      const fast = pageContent(page);
      expect(fast.items.length).toBeGreaterThan(50);
      expect(round(fast)).toEqual(round(pageContent(page, null)));
      page.destroy();
    }
    doc.destroy();
  });
});

/** A one-page PDF: a 3 × 2 grid with a figure in each cell, its rulings drawn as `grid`. */
function gridPdf(grid: string): Buffer {
  const cells = [
    ['100', '200', '300'],
    ['4', '5', '6'],
  ]
    .flatMap((row, r) => row.map((t, c) => `BT /F1 10 Tf ${110 + c * 100} ${676 - r * 30} Td (${t}) Tj ET`))
    .join('\n');
  const content = `0 0 0 RG 0.5 w\n${grid}\n${cells}`;
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

// rows at y 700, 670, 640; columns at x 100, 200, 300, 400
const LINES = [700, 670, 640]
  .map((y) => `100 ${y} m 400 ${y} l S`)
  .concat([100, 200, 300, 400].map((x) => `${x} 640 m ${x} 700 l S`))
  .join('\n');
const ONE_PATH = `${[700, 670, 640].map((y) => `100 ${y} m 400 ${y} l`).join(' ')} ${[100, 200, 300, 400].map((x) => `${x} 640 m ${x} 700 l`).join(' ')} S`;
const RECTANGLES = [0, 1, 2].flatMap((c) => [0, 1].map((r) => `${100 + c * 100} ${640 + r * 30} 100 30 re S`)).join('\n');

describe('a ruled table drawn', () => {
  it.each([
    ['line by line', LINES],
    ['as one path (the summary of its box is no ruling: the drawing is read)', ONE_PATH],
    ['cell by cell as stroked rectangles', RECTANGLES],
  ])('%s gives its grid', async (_name, grid) => {
    const doc = await extractBytes('grid.pdf', new Uint8Array(gridPdf(grid)));
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.layout).toBe('grid');
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['100', '200', '300'],
      ['4', '5', '6'],
    ]);
  });
});
