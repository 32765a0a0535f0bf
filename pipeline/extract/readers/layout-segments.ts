// Groups the label fragments of a layout table into segments, one per cell: a label cell
// wraps over several lines ("（二）部分公开（区分处理的，只计这一情" / figures / "形，不计其他情形）"),
// above, on or below the line with its figures, depending on how the cell is aligned; outer
// cells span many rows ("（三）不予公开", or 三/本/年/度/办/理/结/果 one character a line).
//
// A fragment continues the nearest open segment of its column (one still waiting for its row
// first), unless it starts with an item number ("1." "1、" "（三" "四、"), or that segment
// already reached a row and this is not the line right after that row (no other row, no
// blank line between: a wrapped cell's tail). One character a line continues vertical text
// whatever lies between.
import { MARKER, type Frag, type LayoutLine } from './layout-lines.js';

export type Role = 'row' | 'label' | 'header';

export interface LabelInput {
  line: LayoutLine;
  role: Role;
  run: number;
  page: number;
}

export interface Segment {
  frags: Frag[];
  first: number;
  last: number;
  run: number;
  page: number;
  vertical: boolean;
}

const short = (f: Frag) => f.text.replace(/\s+/g, '').length <= 2;
const lastOf = (s: Segment) => s.frags[s.frags.length - 1]!;
// pdftotext places a line's first character by its position on the page but counts a CJK
// character as one column, where it is two wide: a centred cell's short last line starts
// well right of the cell's first column. On paper the line spans twice as far.
const width = (t: string) => t.length + (t.match(/[\u2e80-\uffef]/g)?.length ?? 0);
const paperEnd = (f: Frag) => f.x + width(f.text);
/** How far the fragment is from the segment's last line: left edges, or centres (a cell
 * centred); a column moves a few characters from one page to the next. */
function distance(s: Segment, f: Frag, page: number): number {
  const g = lastOf(s);
  const left = Math.abs(g.x - f.x);
  const centre = Math.abs(g.x + paperEnd(g) - f.x - paperEnd(f)) / 2;
  return Math.min(left, centre) + (s.page === page ? 0 : 2);
}
/** The fragment is in the segment's column: it overlaps the segment's last line on paper, or
 * starts near it. */
function sameColumn(s: Segment, f: Frag, page: number): boolean {
  const g = lastOf(s);
  return (f.x < paperEnd(g) && paperEnd(f) > g.x) || Math.abs(g.x - f.x) <= (s.page === page ? 3 : 8);
}
/** A new cell there ends the segment: it starts where the segment's last line does, or
 * overlaps it (the columns beside, a character or two off, stay open). */
function replaces(s: Segment, f: Frag): boolean {
  const g = lastOf(s);
  return (f.x < g.end && f.end > g.x) || Math.abs(g.x - f.x) <= 1;
}

const BARE_MARKER = new RegExp(`${MARKER.source}\\s*$`);

/**
 * "法提供 制作", "(六) 补正、…": two cells' lines one space apart, where the columns are
 * narrow. Split where the right part starts at the column of an open segment and the left
 * part at another one's, or is an item number while the right part's segment still waits
 * for its row ("1. 政府公报公开政府信息数" is one cell).
 */
function splitAtColumns(f: Frag, open: Segment[], waiting: (s: Segment) => boolean): Frag[] {
  const at = (x: number) => open.find((s) => Math.abs(lastOf(s).x - x) <= 1);
  for (const m of f.text.matchAll(/ (?=\S)/g)) {
    const cut = m.index!;
    const left = f.text.slice(0, cut);
    const b = at(f.x + cut + 1);
    if (!b) continue;
    const a = at(f.x);
    if (BARE_MARKER.test(left) ? !waiting(b) : !a || a === b) continue;
    const right = { x: f.x + cut + 1, end: f.end, text: f.text.slice(cut + 1), offset: f.offset + cut + 1 };
    return [{ ...f, end: f.x + cut, text: left }, ...splitAtColumns(right, open, waiting)];
  }
  return [f];
}

/** Index of the last element of the ascending `xs` below `x`; -1 if none. */
export function below(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// a cell's lines are never this far apart (vertical text spans a whole 表三 at most)
const MAX_SPAN = 80;

/** The label segments of a table's lines, in the order they start. */
export function segments(lines: LabelInput[], blankBetween: (a: number, b: number) => boolean): Segment[] {
  const rowLines = lines.filter((l) => l.role === 'row').map((l) => l.line.index);
  const lastRow = (i: number) => rowLines[below(rowLines, i)];
  const labelFrags = lines.flatMap((l) => (l.role === 'header' ? [] : l.line.labels));
  const widths = new Map<number, number>();
  const widest = (x: number) => widths.get(x) ?? widths.set(x, Math.max(...labelFrags.filter((f) => Math.abs(f.x - x) <= 1).map((f) => f.text.length))).get(x)!;
  const segs: Segment[] = [];
  let open: Segment[] = [];
  for (const { line, role, run, page } of lines) {
    if (role === 'header') {
      open = [];
      continue;
    }
    open = open.filter((s) => line.index - s.last <= MAX_SPAN);
    let fresh = false; // a cell starts left of this fragment: it is no earlier row's tail
    // the last row line a segment reached before this line, Infinity while it waits for one
    const before = lastRow(line.index);
    const rowOf = (s: Segment) => (before !== undefined && before >= s.first ? before : Infinity);
    for (const f of line.labels.flatMap((g) => splitAtColumns(g, open, (s) => rowOf(s) === Infinity))) {
      let target: Segment | undefined;
      if (!MARKER.test(f.text)) {
        // a cell still waiting for its row first, then the cell whose row is nearest above
        const near = open
          .filter((s) => sameColumn(s, f, page))
          .sort((a, b) => rowOf(b) - rowOf(a) || distance(a, f, page) - distance(b, f, page) || b.last - a.last)[0];
        const row = near && rowOf(near);
        // the tail of a wrapped cell comes right after its row: no other row; no blank line,
        // unless the line before is as wide as that column's lines get (it did wrap)
        const g = near && lastOf(near);
        const wrapped = !!g && Math.abs(g.x - f.x) <= 1 && g.text.length >= widest(g.x) - 1;
        const tail = role === 'label' && !fresh && row !== Infinity && (wrapped || !blankBetween(row!, line.index));
        if (near && ((near.vertical && short(f)) || row === Infinity || tail)) target = near;
      }
      if (target) {
        target.frags.push(f);
        target.last = line.index;
        target.page = page;
        target.vertical &&= short(f);
        continue;
      }
      fresh = true;
      const seg: Segment = { frags: [f], first: line.index, last: line.index, run, page, vertical: role === 'label' && short(f) };
      open = open.filter((s) => !replaces(s, f));
      open.push(seg);
      segs.push(seg);
    }
  }
  return segs;
}
