// Puts each row's figures in their columns. A blank template cell is a stated 0, so a row with
// a blank cell must keep an empty cell in its place: splitting on spaces is not enough.
//
// Rows of a run (the rows between two header lines) have as many columns as its widest row;
// rows of one page share positions (pdftotext places text by blocks, not on one grid). A full
// row (as many figures as the widest row) fills the columns in order. The others are placed
// by position, per run and page, against
//  1. the columns the full rows draw (column j spans their j-th figures), if they agree: no
//     two columns touch, and no column's figures stand 3 characters apart (another column's
//     place: then no row is really full). Else the columns of the full rows laid out like
//     most of them (60 %), if those agree: a label may push a row's figures along;
//  2. else, if the figures of all the rows fall in more runs of character columns than the
//     widest row has figures (each run narrow, and holding two figures or more), every row
//     has a blank somewhere: all rows are placed against those runs, and if one does not
//     fit, none keeps a figure;
//  3. else the runs of step 2 if there are as many as the widest row has figures; full rows
//     still keep their figures in order.
// A row is placed only if every figure falls in exactly one column, its first figure is not
// right behind its label (pdftotext then counted it from the label, whose CJK characters are
// narrower in columns than on paper, not from the page), and the row line directly above or
// below, if any, has too many figures to be the rest of it (a row cut over two lines). A row
// that cannot be placed keeps no figure, and the transform reports its cells as missing:
// never a figure in the wrong column.
import type { Frag, LayoutLine } from './layout-lines.js';

export interface GridRow {
  line: LayoutLine;
  run: number;
  page: number;
}

interface Span {
  x: number;
  end: number;
}

/**
 * Column j spans the j-th figures of the full rows; undefined if two columns touch, or if the
 * j-th figures stand apart (3 characters or more between them: the place of another column,
 * and the full rows are not full, each has a blank somewhere). A lone column is one column.
 */
function fromFullRows(full: LayoutLine[], m: number): Span[] | undefined {
  const cols: Span[] = [];
  for (let j = 0; j < m; j++) {
    const fs = full.map((r) => r.values[j]!).sort((a, b) => a.x - b.x);
    let end = fs[0]!.end;
    for (const f of fs) {
      if (m > 1 && f.x - end >= 3) return undefined;
      end = Math.max(end, f.end);
    }
    cols.push({ x: fs[0]!.x, end });
  }
  for (let j = 1; j < m; j++) if (cols[j - 1]!.end >= cols[j]!.x) return undefined;
  return cols;
}

/** The runs of character columns the rows' figures cover; undefined if one is too wide, or
 * holds one figure (a figure pushed along by its neighbour makes a column of its own). */
function fromAllRows(rows: LayoutLine[]): Span[] | undefined {
  const fs = rows.flatMap((r) => r.values).sort((a, b) => a.x - b.x);
  const cols: (Span & { widest: number; n: number })[] = [];
  for (const f of fs) {
    const c = cols[cols.length - 1];
    if (c && f.x <= c.end) {
      c.end = Math.max(c.end, f.end);
      c.widest = Math.max(c.widest, f.text.length);
      c.n++;
    } else cols.push({ x: f.x, end: f.end, widest: f.text.length, n: 1 });
  }
  return cols.every((c) => c.end - c.x <= c.widest + 4 && c.n > 1) ? cols : undefined;
}

const centre = (f: Frag) => (f.x + f.end) / 2;

/** The full rows whose every figure is nearer the median of its column than of the next. */
function typicalRows(full: LayoutLine[], m: number): LayoutLine[] {
  const median = [...Array(m).keys()].map((j) => {
    const cs = full.map((r) => centre(r.values[j]!)).sort((a, b) => a - b);
    return cs[(cs.length - 1) >> 1]!;
  });
  return full.filter((r) =>
    r.values.every((f, j) => {
      const d = Math.abs(centre(f) - median[j]!);
      return (j === 0 || d < Math.abs(centre(f) - median[j - 1]!)) && (j === m - 1 || d < Math.abs(centre(f) - median[j + 1]!));
    }),
  );
}

function columnOf(f: Frag, cols: Span[]): number | undefined {
  const hits = (pad: number) => cols.flatMap((c, j) => (f.x - pad < c.end && f.end + pad > c.x ? [j] : []));
  const exact = hits(0);
  if (exact.length) return exact.length === 1 ? exact[0] : undefined;
  const near = hits(1); // one character of jitter, if that still names a single column
  return near.length === 1 ? near[0] : undefined;
}

function place(line: LayoutLine, cols: Span[]): string[] | undefined {
  // right behind its label: pdftotext put the figure there, not the page
  const label = line.labels[line.labels.length - 1];
  if (label && line.values[0]!.x - label.end <= 2) return undefined;
  const cells: string[] = cols.map(() => '');
  let last = -1;
  for (const f of line.values) {
    const j = columnOf(f, cols);
    if (j === undefined || j <= last) return undefined;
    cells[j] = f.text;
    last = j;
  }
  return cells;
}

/** The value cells of each row line, or undefined where they cannot be placed with certainty. */
export function placeFigures(rows: GridRow[]): Map<LayoutLine, string[] | undefined> {
  const out = new Map<LayoutLine, string[] | undefined>();
  const byLine = new Map(rows.map((r) => [r.line.index, r.line]));
  const bare = new Set(rows.filter((r) => !r.line.labels.length).map((r) => r.line.index));
  const groups = new Map<number, GridRow[]>();
  for (const r of rows) (groups.get(r.run) ?? groups.set(r.run, []).get(r.run)!).push(r);
  for (const run of groups.values()) {
    const m = Math.max(...run.map((r) => r.line.values.length));
    // the row line right above or below has few enough figures to be the rest of this row
    const crowded = (l: LayoutLine) => [l.index - 1, l.index + 1].some((i) => byLine.has(i) && byLine.get(i)!.values.length + l.values.length <= m);
    for (const page of new Set(run.map((r) => r.page))) {
      const here = run.filter((r) => r.page === page).map((r) => r.line);
      const figured = here.filter((l) => l.values.length);
      const full = here.filter((l) => l.values.length === m);
      // a row with no figure at all has every cell blank, unless a line of figures without
      // a label right above or below may be its own
      const blank = (l: LayoutLine, n: number) => (bare.has(l.index - 1) || bare.has(l.index + 1) ? undefined : Array<string>(n).fill(''));
      const fill = (cols: Span[] | undefined, inOrder: (l: LayoutLine) => boolean) =>
        new Map(
          here.map((l) => [
            l,
            !l.values.length ? blank(l, cols?.length ?? m) : inOrder(l) ? l.values.map((f) => f.text) : !cols || crowded(l) ? undefined : place(l, cols),
          ]),
        );
      // full rows fill the columns in order; positions place the others, against the columns
      // the full rows draw when they agree (all of them, or most: a label may push a row's
      // figures along)
      const typical = typicalRows(full, m);
      let byFull = full.length ? fromFullRows(full, m) : undefined;
      if (!byFull && typical.length >= Math.max(2, 0.6 * full.length)) byFull = fromFullRows(typical, m);
      let cells = byFull && fill(byFull, (l) => l.values.length === m);
      // more places for figures than the widest row has figures: every row has a blank cell
      // somewhere, and only positions tell which; they hold only if every row fits them
      const byAll = !cells && figured.length >= 3 ? fromAllRows(figured) : undefined;
      if (!cells && byAll && byAll.length > m) {
        const tried = fill(byAll, () => false);
        if (figured.every((l) => tried.get(l))) cells = tried;
      }
      // else the full rows keep their figures in order, and the others are placed only
      // against runs that are as many as the widest row has figures
      cells ??= fill(byAll?.length === m ? byAll : undefined, (l) => l.values.length === m);
      for (const [l, c] of cells) out.set(l, c);
    }
  }
  return out;
}
