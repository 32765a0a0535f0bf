// The page geometry OCR stands on, from drawn images: how far a page is turned (skew.ts),
// the ruling lines of a table (rulings.ts) and its cells, merged ones too (pdf/grid.ts).
import { describe, expect, it } from 'vitest';
import { inkMask, rotate, type Gray } from '../../../../pipeline/extract/readers/ocr/image.js';
import { findRulings } from '../../../../pipeline/extract/readers/ocr/rulings.js';
import { skewOf } from '../../../../pipeline/extract/readers/ocr/skew.js';
import { cellBoxes } from '../../../../pipeline/extract/readers/pdf/grid.js';

const DPI = 150;
const W = 1240;
const H = 1754; // A4 at 150 dpi

function page(): Gray {
  return { width: W, height: H, data: new Uint8Array(W * H).fill(255) };
}
const box = (img: Gray, x: number, y: number, w: number, h: number, v = 0) => {
  for (let r = y; r < y + h; r++) img.data.fill(v, r * img.width + x, r * img.width + x + w);
};

/**
 * A 表三-like table: 5 rows by 4 columns between x 150–1050 and y 400–900, the first column's
 * top two cells merged (no ruling between them), and "text": short dense strokes in cells and
 * prose lines above, which must not pass for rulings.
 */
function drawn(): Gray {
  const img = page();
  const ys = [400, 500, 600, 700, 800, 900];
  const xs = [150, 450, 650, 850, 1050];
  for (const y of ys) box(img, 150, y, 901, 2);
  for (const x of xs) box(img, x, 400, 2, 501);
  // the merged cell: the ruling at y 500 stops at the first column
  box(img, 151, 500, 298, 2, 255);
  // prose: lines of glyph-sized strokes (a CJK character's 一 and 丨 are ~ 25 px at 150 dpi)
  for (let line = 0; line < 8; line++)
    for (let ch = 0; ch < 30; ch++) {
      const x = 150 + ch * 30;
      const y = 120 + line * 32;
      box(img, x, y + 10, 24, 2);
      box(img, x + 11, y, 2, 24);
    }
  // figures in cells
  for (let r = 1; r < 5; r++) for (let c = 1; c < 4; c++) box(img, xs[c]! + 80, ys[r]! + 35, 30, 30, 40);
  return img;
}

describe('skew', () => {
  it.each([0, 1.2, -1.8, 2.5])('finds a page turned by %s°', (deg) => {
    const img = deg ? rotate(drawn(), deg) : drawn();
    expect(skewOf(img, inkMask(img))).toBeCloseTo(deg, 1);
  });
});

describe('rulings and cells', () => {
  it.each([0, 1.5, -1.5])('a table turned by %s° and straightened again: its lines and its cells', (deg) => {
    let img = drawn();
    if (deg) {
      const turned = rotate(img, deg);
      img = rotate(turned, -skewOf(turned, inkMask(turned)));
    }
    const r = findRulings(img, inkMask(img), DPI);
    // six horizontal rulings (the broken one counts once per piece), five vertical ones; no text stroke
    const hs = [...new Set(r.horizontal.map((s) => Math.round(s.at / 10) * 10))].sort((a, b) => a - b);
    expect(hs).toEqual([400, 500, 600, 700, 800, 900]);
    expect(r.vertical.map((s) => Math.round(s.at / 10) * 10)).toEqual([150, 450, 650, 850, 1050]);
    for (const s of r.horizontal) expect(s.thickness).toBeLessThanOrEqual(5);
    // cells in points, y up: 5 × 4 less the merged pair
    const pt = 72 / DPI;
    const Hpt = H * pt;
    const cells = cellBoxes(
      r.horizontal.map((s) => ({ at: Hpt - s.at * pt, from: s.from * pt, to: s.to * pt })),
      r.vertical.map((s) => ({ at: s.at * pt, from: Hpt - s.to * pt, to: Hpt - s.from * pt })),
    );
    expect(cells).toHaveLength(19);
    const merged = cells.filter((c) => c.top - c.bottom > 60);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.left).toBeCloseTo(150 * pt, 0);
    expect(merged[0]!.right).toBeCloseTo(450 * pt, 0);
  });

  it('a filled bar, a short stroke or a dotted line is no ruling', () => {
    const img = page();
    box(img, 100, 100, 800, 40); // a black bar: too thick
    box(img, 100, 300, 40, 2); // a stroke shorter than a third of an inch
    for (let x = 100; x < 900; x += 8) box(img, x, 400, 4, 2); // dots: half ink
    const r = findRulings(img, inkMask(img), DPI);
    expect(r.horizontal).toEqual([]);
  });
});
