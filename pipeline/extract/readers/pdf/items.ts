// The characters and ruling lines of one PDF page, in page coordinates with y growing
// upwards (PDF's own convention, which lines.ts and grid.ts use). MuPDF gives each character
// with its box, so a cell's text is placed by where each character stands, never by where a
// run of text happens to start (two narrow columns' figures "13" and "4" can be one run).
import * as mupdf from 'mupdf';

export interface Item {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  /** Font size. */
  size: number;
  /** The middle of the glyph's box: for text set sideways (a vertical 本年度办理结果) not where the baseline says. */
  cy?: number;
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

type Matrix = mupdf.Matrix;
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const THIN = 2.5; // points: a stroked line or a filled bar thinner than this is a ruling
const isWhite = (color: number[]) => color.length > 0 && color.every((c) => c > 0.97);

interface Rulings {
  h: Segment[];
  v: Segment[];
}

function addBox(out: Rulings, x1: number, y1: number, x2: number, y2: number): void {
  const [lx, hx, ly, hy] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
  if (hy - ly <= THIN && hx - lx > THIN) out.h.push({ at: (ly + hy) / 2, from: lx, to: hx });
  else if (hx - lx <= THIN && hy - ly > THIN) out.v.push({ at: (lx + hx) / 2, from: ly, to: hy });
}

/**
 * A stroked path's straight pieces (a closed rectangle's closing edge too) are rulings; of a
 * filled path only a thin bar is one (a shaded cell's or a white page background's edges are not).
 */
function pathRulings(path: mupdf.Path, ctm: Matrix, stroked: boolean, out: Rulings): void {
  let cur: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  let pts: Array<[number, number]> = [];
  const flushFill = () => {
    if (!stroked && pts.length >= 3) {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      addBox(out, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
    }
    pts = [];
  };
  path.walk({
    moveTo(x, y) {
      flushFill();
      cur = start = apply(ctm, x, y);
      pts = [cur];
    },
    lineTo(x, y) {
      const next = apply(ctm, x, y);
      if (stroked) addBox(out, cur[0], cur[1], next[0], next[1]);
      pts.push(next);
      cur = next;
    },
    curveTo(_x1, _y1, _x2, _y2, x3, y3) {
      // a curve is no ruling; the piece after it starts where it ends
      cur = apply(ctm, x3, y3);
      pts = [];
    },
    closePath() {
      if (stroked) addBox(out, cur[0], cur[1], start[0], start[1]);
      cur = start;
      flushFill();
    },
  });
  flushFill();
}

export function pageContent(page: mupdf.Page): PageContent {
  const [x0, y0, x1, y1] = page.getBounds();
  const height = y1 - y0;
  const flip = (y: number) => y1 - y; // MuPDF's y grows downwards from the top
  const items: Item[] = [];
  let images = 0;
  const text = page.toStructuredText('preserve-whitespace');
  try {
    text.walk({
      onChar(c, origin, _font, size, quad) {
        // quad: upper-left, upper-right, lower-left, lower-right corners
        const xs = [quad[0], quad[2], quad[4], quad[6]];
        const left = Math.min(...xs);
        const right = Math.max(...xs);
        const middle = (quad[1] + quad[3] + quad[5] + quad[7]) / 4;
        items.push({ text: c, x: left - x0, y: flip(origin[1]), w: right - left, size: size || 10, cy: flip(middle) });
      },
    });
  } finally {
    text.destroy();
  }
  const segs: Rulings = { h: [], v: [] };
  const toPage = (s: Segment, horizontal: boolean): Segment =>
    horizontal ? { at: flip(s.at), from: s.from - x0, to: s.to - x0 } : { at: s.at - x0, from: flip(s.to), to: flip(s.from) };
  const device = new mupdf.Device({
    fillPath(path, _evenOdd, ctm, _cs, color) {
      if (!isWhite(color)) pathRulings(path, ctm, false, segs);
    },
    strokePath(path, _stroke, ctm, _cs, color) {
      if (!isWhite(color)) pathRulings(path, ctm, true, segs);
    },
    fillImage() {
      images++;
    },
    fillImageMask() {
      images++;
    },
  });
  try {
    // the page's own content only: annotations (form fields, links) draw no table rulings
    page.runPageContents(device, mupdf.Matrix.identity);
    device.close();
  } finally {
    device.destroy();
  }
  return {
    items,
    horizontal: segs.h.map((s) => toPage(s, true)),
    vertical: segs.v.map((s) => toPage(s, false)),
    images,
    width: x1 - x0,
    height,
  };
}
