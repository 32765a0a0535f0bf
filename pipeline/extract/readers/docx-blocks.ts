// The DOCX tree (docx-body.ts) → the document model, as the HTML reader builds it from a
// converted document (html.ts, wholeDocument): a paragraph per line of a paragraph (a line
// break ends one), a grid table per data table (no table inside it, no cell of 400
// characters or more) with merged cells expanded by expandGrid, and the paragraphs and inner
// tables of any other table read in order as if it were not there.
import type { Block } from '../model.js';
import { normalizeText } from '../normalize.js';
import type { DocxCell, DocxNode, DocxTable } from './docx-body.js';
import { expandGrid, gridText, type SourceCell } from './html-grid.js';

/** The HTML reader drops a portal's breadcrumb line wherever it is; so does this one. */
const BREADCRUMB_TEXT = /^(您的位置|当前位置|您现在的位置|所在位置)/;

/** Raw characters of a cell: the measure of a prose cell (400 or more) that makes a layout table. */
const rawLength = (cell: DocxCell) => cell.body.reduce((n, b) => n + (b.kind === 'p' ? b.parts.reduce((m, p) => m + (p?.length ?? 0), 0) : 0), 0);

const isDataTable = (t: DocxTable) => t.rows.every((row) => row.every((c) => c.body.every((b) => b.kind === 'p') && rawLength(c) < 400));

/** A cell's text: its paragraphs and line breaks as lines, spaces collapsed, empty lines out. */
function cellText(cell: DocxCell): string {
  let s = '';
  for (const b of cell.body) if (b.kind === 'p') s += `\n${b.parts.map((p) => p ?? '\n').join('')}\n`;
  return normalizeText(s)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function toBlocks(nodes: DocxNode[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  const flush = (line: string) => {
    const t = normalizeText(line).replace(/\s+/g, ' ').trim();
    if (!t || BREADCRUMB_TEXT.test(t)) return;
    if (text) text += '\n';
    blocks.push({ kind: 'paragraph', text: t, offset: text.length });
    text += t;
  };
  const addTable = (t: DocxTable) => {
    const source: SourceCell[][] = t.rows.map((row) => row.map((c) => ({ text: cellText(c), rowspan: c.rowSpan, colspan: c.colSpan || 1 })));
    const grid = expandGrid(source).filter((r) => r.some((c) => c.text));
    if (!grid.length) return;
    const table = gridText(text, grid);
    text = table.text;
    blocks.push(table.block);
  };
  // document order without recursion: tables nest as deep as a file cares to
  const stack: DocxNode[] = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'p') {
      let line = '';
      for (const p of n.parts) {
        if (p === null) {
          flush(line);
          line = '';
        } else line += p;
      }
      flush(line);
    } else if (isDataTable(n)) addTable(n);
    else {
      const inner = n.rows.flatMap((row) => row.flatMap((c) => c.body));
      for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]!);
    }
  }
  return { text, blocks };
}
