// The text items and ruling lines of one PDF page, in page coordinates (y grows upwards).
import { AnnotationMode, OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Item {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  /** Font size. */
  size: number;
}

/** A horizontal (y, x1..x2) or vertical (x, y1..y2) ruling line. */
export interface Segment {
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  items: Item[];
  horizontal: Segment[];
  vertical: Segment[];
  images: number;
  width: number;
  height: number;
}

type Matrix = [number, number, number, number, number, number];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5],
];

// pdfjs 5 packs each path as [DrawOPS code, coordinates…]: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4
const ARGS = [2, 2, 6, 4, 0];
const THIN = 2.5; // points: a stroked line or a filled bar thinner than this is a ruling

function addBox(out: { h: Segment[]; v: Segment[] }, x1: number, y1: number, x2: number, y2: number): void {
  const [lx, hx, ly, hy] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
  if (hy - ly <= THIN && hx - lx > THIN) out.h.push({ at: (ly + hy) / 2, from: lx, to: hx });
  else if (hx - lx <= THIN && hy - ly > THIN) out.v.push({ at: (lx + hx) / 2, from: ly, to: hy });
}

/** Line segments of one path: each straight piece, and each thin filled rectangle. */
function pathSegments(data: ArrayLike<number>, m: Matrix, out: { h: Segment[]; v: Segment[] }): void {
  let i = 0;
  let cur: [number, number] = [0, 0];
  let pts: Array<[number, number]> = [];
  const flushPoly = () => {
    // a closed 4-point path is a rectangle: a thin one is a ruling drawn as a filled bar
    if (pts.length >= 4) {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      addBox(out, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
    }
    pts = [];
  };
  while (i < data.length) {
    const op = data[i++]!;
    const n = ARGS[op] ?? 0;
    if (op === 0) {
      flushPoly();
      cur = apply(m, data[i]!, data[i + 1]!);
      pts = [cur];
    } else if (op === 1) {
      const next = apply(m, data[i]!, data[i + 1]!);
      addBox(out, cur[0], cur[1], next[0], next[1]);
      pts.push(next);
      cur = next;
    } else if (op === 4) flushPoly();
    else if (op === 2 || op === 3) pts = [];
    i += n;
  }
  flushPoly();
}

export async function pageContent(page: PDFPageProxy): Promise<PageContent> {
  const view = page.view;
  const tc = await page.getTextContent();
  const items: Item[] = [];
  for (const it of tc.items) {
    if (!('str' in it) || !it.str) continue;
    const t = it.transform as number[];
    items.push({ text: it.str, x: t[4]!, y: t[5]!, w: it.width, size: Math.hypot(t[2]!, t[3]!) || it.height || 10 });
  }
  // annotations (form fields, links) draw no rulings of the report's tables
  const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const segs = { h: [] as Segment[], v: [] as Segment[] };
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let images = 0;
  ops.fnArray.forEach((fn, k) => {
    const args = ops.argsArray[k];
    if (fn === OPS.save) stack.push(m);
    else if (fn === OPS.restore) m = stack.pop() ?? m;
    else if (fn === OPS.transform) m = multiply(m, args as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) images++;
    else if (fn === OPS.constructPath) {
      const [paint, paths] = args as [number, Array<ArrayLike<number> | null>];
      // clipping and invisible paths draw nothing
      if (paint === OPS.endPath) return;
      for (const p of paths) if (p) pathSegments(p, m, segs);
    }
  });
  return { items, horizontal: segs.h, vertical: segs.v, images, width: view[2]! - view[0]!, height: view[3]! - view[1]! };
}
