// Tables in `pdftotext -layout` text: columns aligned by spaces, labels wrapped over lines,
// header words broken over lines, page numbers and form feeds inside the table.
//
// A table starts at a line with a column gap (two or more spaces between text) and runs on
// through row lines (figures at the end), gap lines, short label lines, blank lines and page
// furniture, until prose, a section heading or a long run of blank lines. Inside it:
//  - lines before the first row line, and text lines that reach over the figures' columns,
//    are header rows (their fragments as cells); a header line also starts a new run;
//  - every other text line holds labels: layout-labels.ts gives them to their rows;
//  - row lines get their figures placed in columns by layout-grid.ts.
// Lines after the last row that no row took back are left to the paragraphs.
import type { Table, TableRow } from '../model.js';
import { isHeading, isShortText, parseLine, type LayoutLine } from './layout-lines.js';
import { placeFigures } from './layout-grid.js';
import { labelRows, type LabelCell, type LabelInput, type Role } from './layout-labels.js';

export interface LayoutTable {
  /** The table's first line and the line after its last. */
  start: number;
  end: number;
  table: Table;
}

interface SourceLine {
  text: string;
  offset: number;
}

const GAP = /\S {2,}\S/;
const MAX_BLANKS = 5;

/** Lines that open two pages or more alike: a running header. */
function runningHeaders(lines: readonly SourceLine[]): Set<string> {
  const seen = new Map<string, number>();
  lines.forEach((l, j) => {
    if (!l.text.startsWith('\f')) return;
    const first = [l, ...lines.slice(j + 1, j + 3)].map((n) => n.text.replace('\f', '').trim()).find(Boolean);
    if (first) seen.set(first, (seen.get(first) ?? 0) + 1);
  });
  return new Set([...seen].filter(([, n]) => n > 1).map(([t]) => t));
}

/** The lines a table starting at line `i` may span, parsed; blank and furniture lines included. */
function span(lines: readonly SourceLine[], i: number, heads: Set<string>): LayoutLine[] {
  const out: LayoutLine[] = [];
  let blanks = 0;
  let sincePage = Infinity;
  for (let j = i; j < lines.length; j++) {
    const l = parseLine(lines[j]!.text, lines[j]!.offset, j);
    sincePage = l.ff ? 0 : sincePage + 1;
    if (sincePage <= 2 && heads.has(lines[j]!.text.replace('\f', '').trim())) l.kind = 'furniture';
    // blank lines count from the last line with text or furniture: a page break has many
    if (l.kind === 'blank') {
      if (++blanks > MAX_BLANKS) break;
    } else blanks = 0;
    if (l.kind === 'other' || isHeading(l)) break;
    // a page number alone on the line before the next page
    if (l.kind === 'row' && !l.labels.length && l.values.length === 1 && /^\d{1,3}$/.test(l.values[0]!.text)) {
      const next = lines.slice(j + 1, j + 4).find((n) => n.text.trim());
      if (!next || next.text.startsWith('\f')) l.kind = 'furniture';
    }
    // a label line without a gap: short, or a little longer with the table going on below
    if (l.kind === 'text' && !l.gap && !isShortText(l) && !(isShortText(l, 40) && continues(lines, j))) break;
    if (l.kind === 'row' && !l.gap && lines[j]!.text.trim().length > 60) break;
    // two columns of prose side by side have a gap too, but no cell holds such a line
    if (l.kind === 'text' && l.labels.some((f) => f.text.length > 40)) break;
    out.push(l);
  }
  return out;
}

/** The next line with text, within two, has a column gap. */
const continues = (lines: readonly SourceLine[], j: number) => {
  const next = lines.slice(j + 1, j + 3).find((n) => n.text.trim());
  return !!next && next.text.length <= 300 && GAP.test(next.text);
};

type Input = LabelInput & { page: number };

/** Each text or row line with its role, run and page; undefined if there is no table. */
function classify(parsed: LayoutLine[]): Input[] | undefined {
  // a prose line with a double space may start the span: it is no header
  const start = parsed.findIndex((l) => l.kind === 'row' || (l.kind === 'text' && l.labels.every((f) => f.text.length <= 26)));
  const solid = parsed.slice(Math.max(0, start)).filter((l) => l.kind === 'text' || l.kind === 'row');
  const rowLines = solid.filter((l) => l.kind === 'row');
  if (start < 0 || !rowLines.length || solid.length < 2) return undefined;
  let page = 0;
  const pageOf = new Map<LayoutLine, number>();
  for (const l of parsed) pageOf.set(l, (page += l.ff ? 1 : 0));
  // where the figures start on each page: the median row's first figure (a row whose label
  // pushed its figures along does not move it)
  const starts = new Map<number, number[]>();
  for (const r of rowLines) if (r.values.length) (starts.get(pageOf.get(r)!) ?? starts.set(pageOf.get(r)!, []).get(pageOf.get(r)!)!).push(r.values[0]!.x);
  const valueStart = new Map([...starts].map(([p, xs]) => [p, xs.sort((a, b) => a - b)[(xs.length - 1) >> 1]!]));
  const inLabels = (line: LayoutLine) => line.labels.every((f) => f.end <= (valueStart.get(pageOf.get(line)!) ?? -Infinity));
  // above the first row, only the lines right on top of it can be the head of its label
  const firstRow = rowLines[0]!.index;
  let head = firstRow;
  for (let k = solid.indexOf(rowLines[0]!) - 1; k >= 0 && solid[k]!.index === head - 1 && inLabels(solid[k]!); k--) head--;
  const roles: Role[] = solid.map((line) => (line.kind === 'row' ? 'row' : line.index < head || !inLabels(line) ? 'header' : 'label'));
  // label lines right above a header line title the next part ("第二十条第（五）项"): no row's
  for (let k = roles.length - 2; k >= 0; k--) if (roles[k] === 'label' && roles[k + 1] === 'header') roles[k] = 'header';
  let run = 0;
  return solid.map((line, k) => {
    if (roles[k] === 'header' && line.index > firstRow) run++;
    return { line, role: roles[k]!, run, page: pageOf.get(line)! };
  });
}

/** Blank lines that separate: not those of a page break. */
function separators(parsed: LayoutLine[]): number[] {
  const out: number[] = [];
  let zone: LayoutLine[] = [];
  for (const l of parsed) {
    if (l.kind === 'blank' || l.kind === 'furniture') zone.push(l);
    else {
      if (!l.ff && !zone.some((z) => z.ff || z.kind === 'furniture')) for (const z of zone) if (z.kind === 'blank') out.push(z.index);
      zone = [];
    }
  }
  return out;
}

/** The table's rows in line order, and the lines they come from. */
function build(parsed: LayoutLine[]): { rows: TableRow[]; first: number; last: number } | undefined {
  const input = classify(parsed);
  if (!input) return undefined;
  const rowInput = input.filter((l) => l.role === 'row');
  const { byRow, loose } = labelRows(input, separators(parsed));
  const values = placeFigures(rowInput.map((l) => ({ line: l.line, run: l.run, page: l.page })));
  // the table ends with its last row, or the last line of a label one of its rows took
  let end = rowInput[rowInput.length - 1]!.line.index;
  for (const cells of byRow.values()) for (const c of cells) end = Math.max(end, c.last);
  let first = input[0]!.line.index;
  let last = end;
  const items: { at: number; order: number; row: TableRow }[] = [];
  const add = (at: number, order: number, cells: LabelCell[], vals: string[] = []) => {
    items.push({ at, order, row: { offset: cells[0]?.offset ?? 0, cells: [...cells.map((c) => ({ text: c.text })), ...vals.map((text) => ({ text }))] } });
    for (const c of cells) [first, last] = [Math.min(first, c.first), Math.max(last, c.last)];
  };
  for (const { line, role } of input) {
    if (role === 'header' && line.index <= end)
      add(
        line.index,
        0,
        line.labels.map((f) => ({ text: f.text, offset: f.offset, x: f.x, first: line.index, last: line.index })),
      );
    if (role !== 'row') continue;
    const cells = byRow.get(line.index) ?? [];
    add(line.index, 1, cells, values.get(line) ?? []);
    if (!cells.length) items[items.length - 1]!.row.offset = (line.values[0] ?? line.labels[0])!.offset;
  }
  // label cells of no single row: a row without figures per line they start on (group
  // labels, vertical text, a row left all blank)
  const groups = new Map<number, LabelCell[]>();
  for (const c of loose) if (c.first <= end) (groups.get(c.first) ?? groups.set(c.first, []).get(c.first)!).push(c);
  for (const [at, cells] of groups)
    add(
      at,
      0,
      cells.sort((a, b) => a.x - b.x),
    );
  items.sort((a, b) => a.at - b.at || a.order - b.order);
  // a line of figures none of which could be placed, with no label: nothing left to show
  return { rows: items.map((i) => i.row).filter((r) => r.cells.length), first, last };
}

/** The layout tables of a text, in order; lines outside them are left to the caller. */
export function findLayoutTables(lines: readonly SourceLine[]): LayoutTable[] {
  const out: LayoutTable[] = [];
  let heads: Set<string> | undefined;
  let i = 0;
  while (i < lines.length) {
    const t = lines[i]!.text;
    // the cheap test first: only a line with a column gap starts a table
    if (t.length > 300 || !GAP.test(t)) {
      i++;
      continue;
    }
    heads ??= runningHeaders(lines);
    const parsed = span(lines, i, heads);
    const built = parsed.length ? build(parsed) : undefined;
    if (!built?.rows.length) {
      i += Math.max(1, parsed.length);
      continue;
    }
    const offset = built.rows.reduce((m, r) => Math.min(m, r.offset), Infinity);
    out.push({ start: built.first, end: built.last + 1, table: { kind: 'table', layout: 'columns', rows: built.rows, offset } });
    i = built.last + 1;
  }
  return out;
}
