// Rebuilds rows from a table written one cell per line (seed 004). The row boundaries are
// gone; two signals survive: padding lines ("||", "|||") that closed a row, and the shape
// of a data row, label cells followed by value cells. A row ends at padding, or where a
// label follows a value.
import type { TableRow } from '../model.js';

export type CellLine = { kind: 'cell'; text: string; offset: number } | { kind: 'pad'; offset: number };

const VALUE = /^([-+]?[\d.,]+\s*(元|万元|%)?|\/|—|-|无|)$/;

export function groupCellLines(lines: CellLine[]): TableRow[] {
  const rows: TableRow[] = [];
  let cur: { text: string }[] = [];
  let offset = 0;
  let sawValue = false;
  const flush = () => {
    if (cur.length) rows.push({ cells: cur, offset });
    cur = [];
    sawValue = false;
  };
  for (const l of lines) {
    if (l.kind === 'pad') {
      flush();
      continue;
    }
    const isValue = VALUE.test(l.text);
    if (!isValue && sawValue) flush();
    if (!cur.length) offset = l.offset;
    cur.push({ text: l.text });
    if (isValue) sawValue = true;
  }
  flush();
  return rows;
}
