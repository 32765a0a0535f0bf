// The cells of a page's ruled tables, each read on its own (whole-page OCR loses most rows of a
// ruled table): first as Chinese; then a cell that did not read as a label, or a short "label"
// in a row of figures, again with digits only, whose reading stands where OCR is surer of it
// than of what Chinese made of a figure ("昌" for 8).
import type { CellBox } from '../pdf/grid.js';
import { HAN } from './chars.js';
import { crop, type Gray } from './image.js';
import { readStacked, trimToInk, type Placed } from './montage.js';
import type { OcrCall, Word } from './tesseract.js';

/** Digits read with this confidence replace what the Chinese pass made of a cell. */
const LABEL_CONF = 60;
/** The confidence a figure keeps when the two passes read it differently: too low to stand without an identity. */
const DISAGREE_CONF = 40;

/** A dot or comma at either end of a cell is a speck of the scan, never part of a label or a figure ("行政规范性文件,"). */
const SPECK = /^[.,'"`:;·。，、：；]$/;
function trimSpecks(chars: Word[]): Word[] {
  let a = 0;
  let b = chars.length;
  while (a < b && SPECK.test(chars[a]!.text)) a++;
  while (b > a && SPECK.test(chars[b - 1]!.text)) b--;
  return chars.slice(a, b);
}

const textOf = (chars: Word[]) =>
  chars
    .map((c) => c.text)
    .join('')
    .replace(/\s+/g, '');

/** A cell that reads as a label: two or more Chinese characters OCR is fairly sure of. */
const isLabel = (chars: Word[]) => chars.filter((c) => HAN.test(c.text) && c.conf >= LABEL_CONF).length >= 2;
/**
 * Cells that overlap one already taken are dropped: two frames of rulings can share a region
 * (a rule broken by the scan splits a table into two that overlap), and a cell read twice
 * would put its figure in twice ("12" read as "1212").
 */
export function distinct(boxes: CellBox[]): CellBox[] {
  const out: CellBox[] = [];
  const area = (b: CellBox) => (b.right - b.left) * (b.top - b.bottom);
  for (const b of [...boxes].sort((x, y) => area(x) - area(y))) {
    const overlaps = out.some((o) => {
      const w = Math.min(o.right, b.right) - Math.max(o.left, b.left);
      const h = Math.min(o.top, b.top) - Math.max(o.bottom, b.bottom);
      return w > 0 && h > 0 && w * h > 0.3 * Math.min(area(o), area(b));
    });
    if (!overlaps) out.push(b);
  }
  return out;
}

/** Where a page's pixels stand in points (y up), and the OCR calls to make. */
export interface PageFrame {
  scale: number;
  height: number;
  dpi: number;
  /** Pixels kept clear of a cell's rulings. */
  inset: number;
  isInk: (v: number) => boolean;
  call: (lang: string, psm: number, whitelist?: string) => OcrCall;
}

/** The characters of every cell, in page pixels. */
export function readCells(img: Gray, boxes: CellBox[], f: PageFrame): Word[] {
  const pad = Math.max(4, Math.round(f.dpi / 30));
  // each cut down to its ink, with its cell's top and bottom ruling (points): cells of one row share them
  const cells: Array<Placed & { top: number; bottom: number }> = [];
  for (const b of boxes) {
    const x = b.left / f.scale + f.inset;
    const y = (f.height - b.top) / f.scale + f.inset;
    const c = crop(img, x, y, (b.right - b.left) / f.scale - f.inset * 2, (b.top - b.bottom) / f.scale - f.inset * 2);
    const t = c.width > 0 && c.height > 0 ? trimToInk(c, f.isInk, pad) : undefined;
    if (t) cells.push({ img: t.img, x: Math.round(x) + t.dx, y: Math.round(y) + t.dy, top: b.top, bottom: b.bottom });
  }
  const first = readStacked(cells, f.call('chi_sim', 6));
  /** The other cells between the same two rulings. */
  const rowOf = (i: number) =>
    cells.flatMap((c, j) => (j !== i && Math.abs(c.top - cells[i]!.top) <= 2 && Math.abs(c.bottom - cells[i]!.bottom) <= 2 ? [j] : []));
  const figures = cells
    .map((_, i) => i)
    .filter((i) => {
      if (!isLabel(first[i]!)) return true;
      // a short "label" in a row of figures is a figure Chinese misread (the 表四 row's first cell)
      const row = rowOf(i);
      return first[i]!.length <= 3 && row.length >= 3 && row.filter((j) => !isLabel(first[j]!)).length >= row.length * 0.7;
    });
  // a point is a decimal point only between digits: one before or after them is a speck
  const again = readStacked(
    figures.map((i) => cells[i]!),
    f.call('eng', 6, '0123456789.'),
  ).map((chars) => chars.filter((c, k) => c.text !== '.' || (/\d/.test(chars[k - 1]?.text ?? '') && /\d/.test(chars[k + 1]?.text ?? ''))));
  const byCell = first.slice();
  figures.forEach((i, k) => {
    const digits = again[k]!;
    const sure = digits.length > 0 && Math.min(...digits.map((d) => d.conf)) >= LABEL_CONF;
    // an empty digits reading never blanks a cell Chinese found something in
    if (!first[i]!.length || (digits.length && (sure || first[i]!.every((c) => /[\d.]/.test(c.text))))) {
      // two readings of the figure: where they differ, OCR is not sure of it, however sure
      // each pass says it is (a 1 for a 4, 11 read as 1 by both is the rest of the risk)
      const agree = textOf(first[i]!) === textOf(digits);
      byCell[i] = agree ? digits : digits.map((d) => ({ ...d, conf: Math.min(d.conf, DISAGREE_CONF) }));
    }
  });
  return byCell.flatMap(trimSpecks);
}
