// One page image → the characters and rulings a PDF text layer would have given (items.ts's
// PageContent), so that OCR goes through the same lines, paragraphs and ruled tables as a
// born-digital PDF. The page is straightened first; the ruling lines give the tables' cells,
// and each cell is read on its own (whole-page OCR loses most rows of a ruled table: cells.ts).
// The text outside the tables is read in one pass with the tables blanked out (prose.ts).
import { cellBoxes } from '../pdf/grid.js';
import type { PageContent, Segment } from '../pdf/items.js';
import { distinct, readCells, type PageFrame } from './cells.js';
import { toItems } from './chars.js';
import { inkMask, otsu, rotate, type Gray } from './image.js';
import { readProse } from './prose.js';
import { findRulings } from './rulings.js';
import { skewOf } from './skew.js';
import { OcrTimeout } from './tesseract.js';

export interface OcrPageOptions {
  dpi: number;
  /** When the page's time is up (ms since the epoch): each Tesseract call gets what is left. */
  deadline: number;
}

export interface OcrPage {
  content: PageContent;
  skew: number;
}

export function ocrPage(source: Gray, opts: OcrPageOptions): OcrPage {
  const { dpi } = opts;
  const scale = 72 / dpi;
  const skew = skewOf(source, inkMask(source));
  let img = Math.abs(skew) >= 0.1 ? rotate(source, -skew) : source;
  const threshold = otsu(img);
  const paper = Math.min(215, (threshold + 255) / 2);
  // the paper made white: Tesseract reads a scan's grain as characters where a page is bare
  // (a page that is all table, once its cells are blanked out); ink keeps its grey edges
  img = { ...img, data: img.data.map((v) => (v > paper ? 255 : v)) };
  // thin table rules print grey and a scan blurs them further: a ruling is any pixel clearly
  // darker than paper, not only what reads as ink for text (a 0.5 pt grey rule at 300 dpi is
  // lighter than Otsu's threshold once rotated and JPEG-compressed)
  const rulings = findRulings(img, inkMask(img, paper - 1), dpi);
  const H = img.height * scale;
  const horizontal: Segment[] = rulings.horizontal.map((s) => ({ at: H - s.at * scale, from: s.from * scale, to: s.to * scale }));
  const vertical: Segment[] = rulings.vertical.map((s) => ({ at: s.at * scale, from: H - s.to * scale, to: H - s.from * scale }));
  const boxes = distinct(cellBoxes(horizontal, vertical));
  const frame: PageFrame = {
    scale,
    height: H,
    dpi,
    inset: Math.max(3, Math.round(dpi / 50)),
    isInk: (v) => v <= threshold,
    call: (lang, psm, whitelist) => {
      const timeoutMs = opts.deadline - Date.now();
      if (timeoutMs <= 0) throw new OcrTimeout('its time limit ran out');
      return { lang, psm, whitelist, dpi, timeoutMs };
    },
  };
  const items = toItems([...readCells(img, boxes, frame), ...readProse(img, boxes, rulings, frame)], scale, H);
  return {
    content: { items, horizontal, vertical, images: 1, chars: items.reduce((n, it) => n + it.text.length, 0), width: img.width * scale, height: H },
    skew,
  };
}
