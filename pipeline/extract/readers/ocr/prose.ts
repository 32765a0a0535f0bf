// The text of a page outside its tables, in one Tesseract pass over the page with the tables'
// cells and rulings blanked out (OCR makes characters of ruling lines); lines OCR is mostly
// unsure of are taken for noise (specks, a stamp, a table it could not see), not text.
import type { CellBox } from '../pdf/grid.js';
import { byLine } from './chars.js';
import type { PageFrame } from './cells.js';
import type { Gray } from './image.js';
import { readStacked } from './montage.js';
import type { Rulings } from './rulings.js';
import type { Word } from './tesseract.js';

/** The median confidence under which a line of prose is taken for noise, not text. */
const PROSE_LINE_CONF = 50;

export function readProse(img: Gray, boxes: CellBox[], rulings: Rulings, f: PageFrame): Word[] {
  const { scale, height: H, inset } = f;
  const rest: Gray = { ...img, data: img.data.slice() };
  const blank = (x0: number, y0: number, x1: number, y1: number) => {
    const [l, r] = [Math.max(0, Math.floor(x0)), Math.min(img.width, Math.ceil(x1))];
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++) rest.data.fill(255, y * img.width + l, y * img.width + r);
  };
  for (const b of boxes) blank(b.left / scale - inset, (H - b.top) / scale - inset, b.right / scale + inset, (H - b.bottom) / scale + inset);
  // the rulings too (a table's frame, a line no cell was found under): OCR makes characters of them
  for (const s of rulings.horizontal) blank(s.from - inset, s.at - s.thickness - inset, s.to + inset, s.at + s.thickness + inset);
  for (const s of rulings.vertical) blank(s.at - s.thickness - inset, s.from - inset, s.at + s.thickness + inset, s.to + inset);
  // a page that is all table has nothing left to read
  let inked = 0;
  for (let i = 0; i < rest.data.length; i += 7) if (f.isInk(rest.data[i]!)) inked++;
  if (inked * 7 <= rest.data.length * 0.0005) return [];
  const prose = readStacked([{ img: rest, x: 0, y: 0 }], f.call('chi_sim', 6))[0]!;
  const words: Word[] = [];
  for (const line of byLine(prose).values()) {
    const confs = line.map((c) => c.conf).sort((a, b) => a - b);
    if (confs[Math.floor(confs.length / 2)]! >= PROSE_LINE_CONF) words.push(...line);
  }

  return words;
}
