// Tables of a PDF page from its ruling lines: the rulings that touch each other form a
// table; their distinct y's and x's are the row and column boundaries; a boundary missing
// between two neighbouring cells means the cells are merged (rowspan/colspan). Text items
// fall into the cell under their centre. The result goes through the same grid expansion as
// HTML tables, so merged cells are marked the same way.
import type { Cell } from '../../model.js';
import { normalizeText } from '../../normalize.js';
import { expandGrid, type SourceCell } from '../html-grid.js';
import type { Item, Segment } from './items.js';
import { confOf, joinLine, toLines } from './lines.js';

const TOL = 2;
/** Points: a band between rulings lower than this holds no row of text. */
const ROW_MIN = 5;

export interface PdfTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: Cell[][];
  /** Column boundaries, to tell whether a table continues on the next page. */
  xs: number[];
}

/** Collinear pieces joined: "a line drawn cell by cell" is one line. */
function mergeSegments(segs: Segment[]): Segment[] {
  // first the lines at (nearly) one position, then their pieces in order along it: two
  // tables' rulings half a point apart (one above the other) must stay two lines
  const byAt = [...segs].sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  for (let i = 0; i < byAt.length;) {
    let j = i + 1;
    while (j < byAt.length && byAt[j]!.at - byAt[j - 1]!.at <= 1) j++;
    const run = byAt.slice(i, j).sort((a, b) => a.from - b.from);
    let last: Segment | undefined;
    for (const s of run) {
      if (last && s.from <= last.to + TOL) last.to = Math.max(last.to, s.to);
      else out.push((last = { ...s }));
    }
    i = j;
  }
  return out;
}

function cluster(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1]! > TOL) out.push(v);
  return out;
}

class Sets {
  private readonly p: number[];
  constructor(n: number) {
    this.p = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.p[i] !== i) i = this.p[i] = this.p[this.p[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    this.p[this.find(a)] = this.find(b);
  }
}

const touches = (h: Segment, v: Segment) => v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL;
const covers = (segs: Segment[], at: number, mid: number) => segs.some((s) => Math.abs(s.at - at) <= TOL && s.from - TOL <= mid && mid <= s.to + TOL);

/** Rulings that touch each other, as groups with at least a 2 × 2 frame. */
function frames(h: Segment[], v: Segment[]): Array<{ h: Segment[]; v: Segment[] }> {
  const sets = new Sets(h.length + v.length);
  h.forEach((a, i) => v.forEach((b, j) => touches(a, b) && sets.union(i, h.length + j)));
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  h.forEach((s, i) => (groups.get(sets.find(i)) ?? groups.set(sets.find(i), { h: [], v: [] }).get(sets.find(i))!).h.push(s));
  v.forEach((s, j) => groups.get(sets.find(h.length + j))?.v.push(s));
  return [...groups.values()].filter((g) => cluster(g.h.map((s) => s.at)).length >= 2 && cluster(g.v.map((s) => s.at)).length >= 2);
}

/** A frame's rows and columns, and which of its cells are merged (a missing boundary). */
interface Layout {
  ys: number[];
  xs: number[];
  R: number;
  C: number;
  sets: Sets;
}

function layoutOf(h: Segment[], v: Segment[]): Layout | undefined {
  const ys = cluster(h.map((s) => s.at)).reverse(); // top to bottom
  // a row cut by a page break can lose its outer rule (browsers draw a row's top border
  // with the row above it, on the previous page): where the columns' rules run on beyond
  // the first or last horizontal one, their ends close that row
  const top = Math.max(...v.map((s) => s.to));
  const bottom = Math.min(...v.map((s) => s.from));
  if (top > ys[0]! + ROW_MIN) ys.unshift(top);
  if (bottom < ys[ys.length - 1]! - ROW_MIN) ys.push(bottom);
  const xs = cluster(v.map((s) => s.at));
  const R = ys.length - 1;
  const C = xs.length - 1;
  if (R < 1 || C < 1) return undefined;
  const sets = new Sets(R * C);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      const midY = (ys[r]! + ys[r + 1]!) / 2;
      if (r + 1 < R && !covers(h, ys[r + 1]!, midX)) sets.union(r * C + c, (r + 1) * C + c);
      if (c + 1 < C && !covers(v, xs[c + 1]!, midY)) sets.union(r * C + c, r * C + c + 1);
    }
  }
  return { ys, xs, R, C, sets };
}

/** A cell of a ruled table as a box, merged cells as one (page coordinates, y up). */
export interface CellBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The cells of the tables the rulings frame, before any text is placed in them (for OCR, which reads cell by cell). */
export function cellBoxes(horizontal: Segment[], vertical: Segment[]): CellBox[] {
  const out: CellBox[] = [];
  for (const f of frames(mergeSegments(horizontal), mergeSegments(vertical))) {
    const l = layoutOf(f.h, f.v);
    if (!l) continue;
    const boxes = new Map<number, CellBox>();
    for (let k = 0; k < l.R * l.C; k++) {
      const [r, c] = [Math.floor(k / l.C), k % l.C];
      const box = { left: l.xs[c]!, right: l.xs[c + 1]!, top: l.ys[r]!, bottom: l.ys[r + 1]! };
      const root = l.sets.find(k);
      const b = boxes.get(root);
      if (!b) boxes.set(root, box);
      else
        Object.assign(b, {
          left: Math.min(b.left, box.left),
          right: Math.max(b.right, box.right),
          top: Math.max(b.top, box.top),
          bottom: Math.min(b.bottom, box.bottom),
        });
    }
    out.push(...boxes.values());
  }
  return out;
}

function buildTable(h: Segment[], v: Segment[], items: Item[], used: Set<Item>): PdfTable | undefined {
  const l = layoutOf(h, v);
  if (!l) return undefined;
  const { ys, xs, R, C, sets } = l;
  const texts = new Map<number, Item[]>();
  for (const it of items) {
    const cx = it.x + it.w / 2;
    const cy = it.cy ?? it.y + it.size * 0.35;
    if (cx < xs[0]! || cx > xs[C]! || cy > ys[0]! || cy < ys[R]!) continue;
    const c = xs.findIndex((x, i) => i < C && cx >= x && cx <= xs[i + 1]!);
    const r = ys.findIndex((y, i) => i < R && cy <= y && cy >= ys[i + 1]!);
    if (r < 0 || c < 0) continue;
    used.add(it);
    const root = sets.find(r * C + c);
    (texts.get(root) ?? texts.set(root, []).get(root)!).push(it);
  }
  // each merged region as one source cell at its top-left corner, spanning its extent
  const extent = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (let k = 0; k < R * C; k++) {
    const root = sets.find(k);
    const [r, c] = [Math.floor(k / C), k % C];
    const e = extent.get(root);
    if (!e) extent.set(root, { r0: r, c0: c, r1: r, c1: c });
    else Object.assign(e, { r0: Math.min(e.r0, r), c0: Math.min(e.c0, c), r1: Math.max(e.r1, r), c1: Math.max(e.c1, c) });
  }
  const source: SourceCell[][] = Array.from({ length: R }, () => []);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = sets.find(r * C + c);
      const e = extent.get(root)!;
      if (e.r0 !== r || e.c0 !== c) continue;
      const inCell = texts.get(root) ?? [];
      const lines = toLines(inCell).map((l) => normalizeText(joinLine(l)));
      const conf = confOf(inCell);
      source[r]!.push({ text: lines.join('\n'), rowspan: e.r1 - e.r0 + 1, colspan: e.c1 - e.c0 + 1, ...(conf !== undefined ? { conf } : {}) });
    }
  }
  const rows = expandGrid(source).filter((row) => row.some((cell) => cell.text && !cell.span));
  if (!rows.length) return undefined;
  return { top: ys[0]!, bottom: ys[R]!, left: xs[0]!, right: xs[C]!, rows, xs };
}

export function findTables(horizontal: Segment[], vertical: Segment[], items: Item[]): { tables: PdfTable[]; used: Set<Item> } {
  const used = new Set<Item>();
  const h = mergeSegments(horizontal);
  const v = mergeSegments(vertical);
  const tables = frames(h, v)
    .map((f) => buildTable(f.h, f.v, items, used))
    .filter((t): t is PdfTable => Boolean(t));
  return { tables, used };
}
