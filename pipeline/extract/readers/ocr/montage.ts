// Many small crops (a table's cells) read in one Tesseract call: the crops are stacked one
// under another with white space between, and each word is given back to the crop its box
// falls in. One call instead of one per cell: loading the Chinese model alone takes a
// quarter of a second, and a 表三 has some two hundred cells.
import type { Gray } from './image.js';
import { recognize, type OcrCall, type Word } from './tesseract.js';

const MARGIN = 24;
let calls = 0;

/** Where the crop's pixel (0, 0) stands on the page, so its words can be put back. */
export interface Placed {
  img: Gray;
  x: number;
  y: number;
}

/** Each crop's words, in page pixels. */
export function readStacked(crops: Placed[], call: OcrCall): Word[][] {
  if (!crops.length) return [];
  const width = Math.max(...crops.map((c) => c.img.width)) + MARGIN * 2;
  const slots: Array<{ top: number; bottom: number }> = [];
  let y = MARGIN;
  for (const c of crops) {
    slots.push({ top: y, bottom: y + c.img.height });
    // the gap grows with the crop: Tesseract must not read two crops as one line of text
    y += c.img.height + Math.max(MARGIN, Math.round(c.img.height * 0.6));
  }
  const sheet: Gray = { width, height: y + MARGIN, data: new Uint8Array(width * (y + MARGIN)).fill(255) };
  crops.forEach((c, i) => {
    for (let r = 0; r < c.img.height; r++) sheet.data.set(c.img.data.subarray(r * c.img.width, (r + 1) * c.img.width), (slots[i]!.top + r) * width + MARGIN);
  });
  const out: Word[][] = crops.map(() => []);
  calls++;
  for (const w of recognize(sheet, call)) {
    const mid = w.top + w.height / 2;
    const i = slots.findIndex((s) => mid >= s.top - MARGIN / 2 && mid <= s.bottom + MARGIN / 2);
    if (i < 0) continue;
    const c = crops[i]!;
    // a line id names the call and the crop too: lines of different calls are different lines
    const dy = c.y - slots[i]!.top;
    out[i]!.push({ ...w, left: c.x + w.left - MARGIN, top: w.top + dy, baseline: w.baseline + dy, line: `${call.lang}${calls}/${i}/${w.line}` });
  }
  return out;
}

/** The crop cut down to its ink, with a little white around: none when the cell is empty. */
export function trimToInk(img: Gray, ink: (v: number) => boolean, pad: number): { img: Gray; dx: number; dy: number } | undefined {
  let x0 = img.width;
  let y0 = img.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++)
      if (ink(img.data[y * img.width + x]!)) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  // a speck of noise is no text: a digit's stroke at 150 dpi is already more than this
  if (x1 < 0 || (x1 - x0 < 3 && y1 - y0 < 3)) return undefined;
  const w = x1 - x0 + 1 + pad * 2;
  const h = y1 - y0 + 1 + pad * 2;
  const out: Gray = { width: w, height: h, data: new Uint8Array(w * h).fill(255) };
  for (let y = y0; y <= y1; y++) out.data.set(img.data.subarray(y * img.width + x0, y * img.width + x1 + 1), (y - y0 + pad) * w + pad);
  return { img: out, dx: x0 - pad, dy: y0 - pad };
}
