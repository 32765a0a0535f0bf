// Row spans from w:vMerge, computed as mammoth computed them (the model must not change).
import type { DocxCell } from './docx-body.js';

/**
 * mammoth's row spans, kept as they are: a continuing cell (vMerge without "restart") extends
 * the last cell that started at the same column index (the sum of the gridSpans before it in
 * its row) and is removed; a continuing cell with nothing above it stays a cell of its own.
 */
export function rowSpans(rows: DocxCell[][]) {
  const columns = new Map<number, DocxCell>();
  for (const row of rows) {
    let index = 0;
    for (const cell of row) {
      const above = columns.get(index);
      if (cell.vMerge && above) above.rowSpan++;
      else {
        columns.set(index, cell);
        cell.vMerge = false;
      }
      index += cell.colSpan;
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] = rows[r]!.filter((c) => !c.vMerge);
}
