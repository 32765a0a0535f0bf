// Gives every row line of a layout table its labels (the segments of layout-segments.ts, one
// per cell). A segment belongs to the one row line inside its span; with none inside, if it
// starts with an item number, to the row line right above or below (no blank line between)
// that has no label of its own in that column, if exactly one does; else (a group label,
// vertical text, a row left all blank) it is a row of its own without figures, which the
// transform reads for context only.
import { MARKER } from './layout-lines.js';
import { below, segments, type LabelInput, type Segment } from './layout-segments.js';

export type { LabelInput, Role } from './layout-segments.js';

export interface LabelCell {
  text: string;
  offset: number;
  x: number;
  first: number;
  last: number;
}

/** The label cells of each row line, and those of no single row. `blankLines` ascending. */
export function labelRows(lines: LabelInput[], blankLines: number[]): { byRow: Map<number, LabelCell[]>; loose: LabelCell[] } {
  const blankBetween = (a: number, b: number) => (blankLines[below(blankLines, b)] ?? -1) > a;
  return assign(segments(lines, blankBetween), lines, blankBetween);
}

function assign(
  segs: Segment[],
  lines: LabelInput[],
  blankBetween: (a: number, b: number) => boolean,
): { byRow: Map<number, LabelCell[]>; loose: LabelCell[] } {
  const rows = lines.filter((l) => l.role === 'row');
  const rowLines = rows.map((r) => r.line.index);
  const labelsOn = new Map(rows.map((r) => [r.line.index, r.line.labels]));
  const cell = (s: Segment): LabelCell => ({
    text: s.frags.map((f) => f.text).join(''),
    offset: s.frags[0]!.offset,
    x: s.frags[0]!.x,
    first: s.first,
    last: s.last,
  });
  const byRow = new Map<number, LabelCell[]>();
  const add = (row: number, c: LabelCell) => (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(c);
  const loose: LabelCell[] = [];
  const pending: { seg: Segment; row: number }[] = [];
  for (const s of segs) {
    // the row lines inside the segment's span, and right above and below it
    const from = below(rowLines, s.first) + 1;
    const to = below(rowLines, s.last + 1);
    const inside = rows.slice(from, to + 1);
    if (inside.length === 1) add(inside[0]!.line.index, cell(s));
    else if (inside.length > 1) loose.push(cell(s));
    else {
      const before = rows[from - 1]?.run === s.run ? rows[from - 1] : undefined;
      const after = rows[to + 1]?.run === s.run ? rows[to + 1] : undefined;
      const x = s.frags[0]!.x;
      // free: no label of its own in this column or further in
      const near = [
        before && !blankBetween(before.line.index, s.first) ? before : undefined,
        after && !blankBetween(s.last, after.line.index) ? after : undefined,
      ];
      const free = near.filter((r): r is LabelInput => !!r && !labelsOn.get(r.line.index)!.some((f) => f.x >= x - 2));
      // only a cell that starts as one (an item number), not a stray line of another
      if (free.length === 1 && MARKER.test(s.frags[0]!.text)) pending.push({ seg: s, row: free[0]!.line.index });
      else loose.push(cell(s));
    }
  }
  // a free row wanted by two segments, or already holding a label that far in: nobody's
  for (const p of pending) {
    const x = p.seg.frags[0]!.x;
    const rivals = pending.filter((q) => q.row === p.row && Math.abs(q.seg.frags[0]!.x - x) <= 3).length;
    const taken = (byRow.get(p.row) ?? []).some((c) => c.x >= x - 2);
    if (rivals === 1 && !taken) add(p.row, cell(p.seg));
    else loose.push(cell(p.seg));
  }
  for (const cells of byRow.values()) cells.sort((a, b) => a.x - b.x || a.first - b.first);
  return { byRow, loose };
}
