// A table's ruling lines in a page image: long, thin, dense runs of ink. A row of text never
// makes one: its strokes leave gaps, so a run of 90% ink over a third of an inch is a line.
// Runs of neighbouring pixel rows (or columns) that overlap are one line with a thickness; a
// thick one is a filled bar or a block of text, not a ruling. Positions are in pixels, y down.
import type { Gray } from './image.js';

export interface PixelSegment {
  /** The line's row (horizontal) or column (vertical), its middle. */
  at: number;
  from: number;
  to: number;
  thickness: number;
}

interface Run {
  at: number;
  from: number;
  to: number;
}

/** Runs along one scan line: ink with gaps of at most `gap`, at least `min` long and 90% ink. */
function runsOf(get: (i: number) => number, length: number, gap: number, min: number, at: number, out: Run[]): void {
  let start = -1;
  let last = -1;
  let inked = 0;
  const close = () => {
    if (start >= 0 && last - start + 1 >= min && inked >= (last - start + 1) * 0.9) out.push({ at, from: start, to: last });
  };
  for (let i = 0; i < length; i++) {
    if (!get(i)) continue;
    if (start >= 0 && i - last - 1 > gap) {
      close();
      start = -1;
    }
    if (start < 0) {
      start = i;
      inked = 0;
    }
    last = i;
    inked++;
  }
  close();
}

/** Runs on neighbouring scan lines that overlap, merged into lines; too thick ones dropped. */
function merge(runs: Run[], maxThickness: number): PixelSegment[] {
  runs.sort((a, b) => a.at - b.at || a.from - b.from);
  const open: Array<{ first: number; last: number; from: number; to: number; sum: number; n: number }> = [];
  const done: typeof open = [];
  for (const r of runs) {
    const g = open.find((o) => o.last >= r.at - 1 && o.from <= r.to && r.from <= o.to);
    if (g) {
      g.last = r.at;
      g.from = Math.min(g.from, r.from);
      g.to = Math.max(g.to, r.to);
      g.sum += r.at;
      g.n++;
    } else open.push({ first: r.at, last: r.at, from: r.from, to: r.to, sum: r.at, n: 1 });
    // groups that can no longer grow
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.last < r.at - 1) done.push(...open.splice(i, 1));
  }
  done.push(...open);
  return done
    .filter((g) => g.last - g.first + 1 <= maxThickness)
    .map((g) => ({ at: g.sum / g.n, from: g.from, to: g.to, thickness: g.last - g.first + 1 }))
    .sort((a, b) => a.at - b.at || a.from - b.from);
}

export interface Rulings {
  horizontal: PixelSegment[];
  vertical: PixelSegment[];
}

/**
 * `ink`: 1 where there is ink; `dpi`: the image's resolution, which sets the lengths. A line an
 * inch long is a ruling; a shorter piece only where it closes cells: a vertical between two
 * long rulings, a short horizontal between two verticals. Strokes of blurred text (a 150 dpi
 * scan, JPEG-worn) run together into pieces of a third of an inch, which close nothing.
 */
export function findRulings(img: Gray, ink: Uint8Array, dpi: number): Rulings {
  const { width: w, height: h } = img;
  const gap = Math.max(1, Math.round(dpi / 100)); // a noisy or JPEG-worn line has pinholes
  const maxThickness = Math.max(3, Math.round(dpi / 30));
  const tol = maxThickness + gap;
  const hRuns: Run[] = [];
  for (let y = 0; y < h; y++) runsOf((x) => ink[y * w + x]!, w, gap, Math.round(dpi * 0.3), y, hRuns);
  const candidates = merge(hRuns, maxThickness);
  const long = candidates.filter((s) => s.to - s.from >= dpi);
  // a column separator can be one row high (≈ 0.2 inch): shorter than a CJK character's
  // stroke is never; a short one must reach a long horizontal ruling at both ends
  const vRuns: Run[] = [];
  for (let x = 0; x < w; x++) runsOf((y) => ink[y * w + x]!, h, gap, Math.round(dpi * 0.12), x, vRuns);
  const reachesH = (y: number, x: number) => long.some((s) => Math.abs(s.at - y) <= tol + s.thickness / 2 && x >= s.from - tol && x <= s.to + tol);
  const vertical = merge(vRuns, maxThickness).filter((s) => s.to - s.from >= dpi * 0.6 || (reachesH(s.from, s.at) && reachesH(s.to, s.at)));
  const reachesV = (x: number, y: number) => vertical.some((s) => Math.abs(s.at - x) <= tol + s.thickness / 2 && y >= s.from - tol && y <= s.to + tol);
  const horizontal = candidates.filter((s) => s.to - s.from >= dpi || (reachesV(s.from, s.at) && reachesV(s.to, s.at)));
  return { horizontal, vertical };
}
