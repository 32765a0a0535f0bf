// The characters and ruling lines of one PDF page, in page coordinates with y growing
// upwards (PDF's own convention, which lines.ts and grid.ts use). MuPDF gives each character
// with its box, so a cell's text is placed by where each character stands, never by where a
// run of text happens to start (two narrow columns' figures "13" and "4" can be one run).
// first: mupdf builds its WebAssembly module on the object this sets up (wasm.ts)
import { stextAccess, type StextAccess } from './wasm.js';
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
  /** OCR's confidence in the text, 0–100; none for a text layer's characters. */
  conf?: number;
  /** OCR's confidence in each character of `text` (spaces aside), in order. */
  charConf?: number[];
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
  /** Characters of text (spaces aside): a page with almost none may be a scan. */
  chars: number;
  width: number;
  height: number;
}

type Matrix = mupdf.Matrix;
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const THIN = 2.5; // points: a stroked line or a filled bar thinner than this is a ruling
const isWhite = (color: number[]) => color.length > 0 && color.every((c) => c > 0.97);
/** The same test on the packed 0xAARRGGBB colour MuPDF's accessors give. */
const isWhiteArgb = (argb: number) => isWhite([(argb >> 16) & 255, (argb >> 8) & 255, argb & 255].map((c) => c / 255));

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

/** A character as MuPDF places it: origin (baseline) and the four corners of its box. */
type OnChar = (c: string, originY: number, size: number, quad: ArrayLike<number>) => void;
/** A path as MuPDF's text extraction sums it up: its box, whether stroked, whether a rectangle, its colour. */
type OnVector = (bbox: ArrayLike<number>, stroked: boolean, rectangle: boolean, white: boolean) => void;

/** Every character and vector of a page's text extraction, through the module's accessors when it has them. */
function eachBlock(text: mupdf.StructuredText, lib: StextAccess | undefined, onChar: OnChar, onVector: OnVector): void {
  if (!lib) {
    text.walk({
      onChar: (c, origin, _font, size, quad) => onChar(c, origin[1], size, quad),
      onVector: (bbox, flags, color) => onVector(bbox, flags.isStroked, flags.isRectangle, isWhite(color)),
    });
    return;
  }
  const box = new Float32Array(8);
  // the heap view is read after each call: memory growth replaces it
  const read = (ptr: number, n: number) => box.set(lib.HEAPF32.subarray(ptr >> 2, (ptr >> 2) + n));
  for (let block = lib._wasm_stext_page_get_first_block(text.pointer); block; block = lib._wasm_stext_block_get_next(block)) {
    const type = lib._wasm_stext_block_get_type(block); // 0 text, 1 image, 2 structure, 3 vector
    if (type === 3) {
      const flags = lib._wasm_stext_block_get_v_flags(block);
      read(lib._wasm_stext_block_get_bbox(block), 4);
      onVector(box, (flags & 1) !== 0, (flags & 2) !== 0, isWhiteArgb(lib._wasm_stext_block_get_v_argb(block)));
      continue;
    }
    if (type !== 0) continue;
    for (let line = lib._wasm_stext_block_get_first_line(block); line; line = lib._wasm_stext_line_get_next(line)) {
      for (let ch = lib._wasm_stext_line_get_first_char(line); ch; ch = lib._wasm_stext_char_get_next(ch)) {
        const c = String.fromCodePoint(lib._wasm_stext_char_get_c(ch));
        const originY = lib.HEAPF32[(lib._wasm_stext_char_get_origin(ch) >> 2) + 1]!;
        const size = lib._wasm_stext_char_get_size(ch);
        read(lib._wasm_stext_char_get_quad(ch), 8);
        onChar(c, originY, size, box);
      }
    }
  }
}

/**
 * The rulings and images of a page from its drawing, path by path: for pages whose paths the
 * text extraction cannot sum up as boxes (a grid drawn as one path, curves), and for pages
 * with (almost) no text, whose images tell a scan.
 */
function drawnContent(page: mupdf.Page, out: Rulings): number {
  let images = 0;
  const device = new mupdf.Device({
    fillPath(path, _evenOdd, ctm, _cs, color) {
      if (!isWhite(color)) pathRulings(path, ctm, false, out);
    },
    strokePath(path, _stroke, ctm, _cs, color) {
      if (!isWhite(color)) pathRulings(path, ctm, true, out);
    },
    fillImage() {
      images++;
    },
    fillImageMask() {
      images++;
    },
  });
  try {
    // the page's own content: annotations (form fields, links) draw no table rulings
    page.runPageContents(device, mupdf.Matrix.identity);
    device.close();
  } finally {
    device.destroy();
  }
  return images;
}

/**
 * `lib`: the module's accessors (wasm.ts), or null for the public API alone (the tests read
 * each page both ways and compare).
 */
export function pageContent(page: mupdf.Page, lib: StextAccess | null | undefined = stextAccess()): PageContent {
  const [x0, y0, x1, y1] = page.getBounds();
  const height = y1 - y0;
  const flip = (y: number) => y1 - y; // MuPDF's y grows downwards from the top
  const items: Item[] = [];
  const boxes: Rulings = { h: [], v: [] };
  let drawn = false; // a path that is neither a line nor a rectangle: read the drawing itself
  // one pass over the page: its text, and each path summed up as a box ("vectors")
  const text = page.toStructuredText('preserve-whitespace,vectors');
  try {
    eachBlock(
      text,
      lib ?? undefined,
      (c, originY, size, quad) => {
        // quad: upper-left, upper-right, lower-left, lower-right corners
        const left = Math.min(quad[0]!, quad[2]!, quad[4]!, quad[6]!);
        const right = Math.max(quad[0]!, quad[2]!, quad[4]!, quad[6]!);
        const middle = (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4;
        items.push({ text: c, x: left - x0, y: flip(originY), w: right - left, size: size || 10, cy: flip(middle) });
      },
      (b, stroked, rectangle, white) => {
        if (white) return;
        const thin = b[2]! - b[0]! <= THIN || b[3]! - b[1]! <= THIN;
        if (thin) addBox(boxes, b[0]!, b[1]!, b[2]!, b[3]!);
        else if (rectangle && stroked) {
          // a stroked rectangle's four sides
          addBox(boxes, b[0]!, b[1]!, b[2]!, b[1]!);
          addBox(boxes, b[0]!, b[3]!, b[2]!, b[3]!);
          addBox(boxes, b[0]!, b[1]!, b[0]!, b[3]!);
          addBox(boxes, b[2]!, b[1]!, b[2]!, b[3]!);
        } else if (stroked) drawn = true;
        // a filled area that is no thin bar (a shaded cell) is no ruling
      },
    );
  } finally {
    text.destroy();
  }
  const chars = items.reduce((n, it) => n + (it.text.trim() ? 1 : 0), 0);
  let segs = boxes;
  let images = 0;
  if (drawn || chars < 20) {
    segs = { h: [], v: [] };
    images = drawnContent(page, segs);
  }
  const toPage = (s: Segment, horizontal: boolean): Segment =>
    horizontal ? { at: flip(s.at), from: s.from - x0, to: s.to - x0 } : { at: s.at - x0, from: flip(s.to), to: flip(s.from) };
  return {
    items,
    horizontal: segs.h.map((s) => toPage(s, true)),
    vertical: segs.v.map((s) => toPage(s, false)),
    images,
    chars,
    width: x1 - x0,
    height,
  };
}
