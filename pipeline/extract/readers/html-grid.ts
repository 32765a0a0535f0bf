// Expands a <table>'s rowspan/colspan into a rectangular grid. Copies made by the expansion
// are marked (`span: 'row' | 'col'`) so that consumers can tell a label repeated by a
// rowspan (context) from a value cell that merely spans columns (one value, not two).
import type { Block, Cell, TableRow } from '../model.js';

export interface SourceCell {
  text: string;
  rowspan: number;
  colspan: number;
  /** OCR's confidence in the cell's text (model.ts Cell.conf). */
  conf?: number;
}

/** Bounds against hostile markup (rowspan="100000"). */
const MAX_SPAN = 1000;

export function expandGrid(rows: SourceCell[][]): Cell[][] {
  const grid: Cell[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      const rs = Math.min(Math.max(cell.rowspan, 1), MAX_SPAN, rows.length - r);
      const cs = Math.min(Math.max(cell.colspan, 1), MAX_SPAN);
      for (let dr = 0; dr < rs; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc++) {
          const span = dr > 0 ? 'row' : dc > 0 ? 'col' : undefined;
          const conf = cell.conf !== undefined ? { conf: cell.conf } : {};
          target[c + dc] = span ? { text: cell.text, span, ...conf } : { text: cell.text, ...conf };
        }
      }
      c += cs;
    }
  });
  // holes left by ragged rows become empty cells
  return grid.map((row) => Array.from(row, (cell) => cell ?? { text: '' }));
}

/**
 * A grid written into a document's text, a row a line, its cells tab-separated (a copy made by
 * a colspan is left out: one value, not two): the text grown by it, and the table block whose
 * rows point into it. The HTML and DOCX readers share it, so their offsets agree.
 */
export function gridText(text: string, grid: Cell[][]): { text: string; block: Extract<Block, { kind: 'table' }> } {
  const rows: TableRow[] = [];
  for (const cells of grid) {
    if (text) text += '\n';
    rows.push({ cells, offset: text.length });
    // the row's text, cell by cell, is what offsets and snippets point into
    text += cells
      .filter((c) => c.span !== 'col')
      .map((c) => c.text.replace(/\n/g, ' '))
      .join('\t');
  }
  return { text, block: { kind: 'table', layout: 'grid', rows, offset: rows[0]!.offset } };
}
