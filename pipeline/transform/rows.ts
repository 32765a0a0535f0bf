// A uniform view of table rows for the rule readers: the label cells and the value cells
// of each row, whatever layout the table came in. Values are the trailing run of
// number-like cells (including blanks, "/" and "—"); labels are the cells before them.
import type { Block } from '../extract/model.js';
import { parseCell } from './numbers.js';

export interface RowView {
  /** Label cells, whitespace removed (labels wrap mid-word: "本年度办 理结果"). */
  labels: string[];
  /** Raw value cells in column order. */
  values: string[];
  /** The row as text, for provenance. */
  snippet: string;
  offset: number;
  tableIndex: number;
  /**
   * How the row was rebuilt when it did not come from a table's own cells: from flattened text,
   * or ('aligned') from text whose columns were inferred from how its lines line up (layout
   * text, a PDF table without rulings), where a blank may be a figure that ran into its label.
   */
  via?: 'flat' | 'glued' | 'aligned';
}

const compact = (s: string) => s.replace(/\s+/g, '');
const valueLike = (s: string) => parseCell(s).kind !== 'text';

export function rowViews(blocks: readonly Block[]): RowView[] {
  const out: RowView[] = [];
  let tableIndex = -1;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    tableIndex++;
    for (const row of b.rows) {
      // a copy made by colspan is the same cell again: never a second value
      const cells = row.cells.filter((c) => c.span !== 'col').map((c) => c.text);
      let split = cells.length;
      while (split > 0 && valueLike(cells[split - 1]!)) split--;
      const labels: string[] = [];
      for (const l of cells.slice(0, split).map(compact)) if (l && labels[labels.length - 1] !== l) labels.push(l);
      out.push({
        labels,
        values: cells.slice(split),
        snippet: cells.join(' | '),
        offset: row.offset,
        tableIndex,
        ...(b.layout === 'columns' ? { via: 'aligned' as const } : {}),
      });
    }
  }
  return out;
}
