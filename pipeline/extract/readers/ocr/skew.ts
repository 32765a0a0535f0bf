// How far a scan is turned: the angle at which its rows of ink (text lines, table rulings)
// line up best. Each candidate angle shears the ink onto rows; the right one makes the row
// counts peakiest (largest sum of squares). A scanner or a phone leaves a page a degree or
// two off, which is enough to merge a table's rows when they are read as bands of pixels.
import type { Gray } from './image.js';

/** Degrees searched either way; a page turned further is not a crooked scan but a rotated one. */
const MAX_SKEW = 4;
const STEP = 0.05;
/** Pixels sampled one in SAMPLE each way: the angle depends on the long lines, not on detail. */
const SAMPLE = 3;

/** The skew in degrees: `rotate(img, -skewOf(img, mask))` makes the page straight. */
export function skewOf(img: Gray, ink: Uint8Array): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < img.height; y += SAMPLE)
    for (let x = 0; x < img.width; x += SAMPLE)
      if (ink[y * img.width + x]) {
        xs.push(x - img.width / 2);
        ys.push(y);
      }
  if (xs.length < 100) return 0;
  // bins a sampled row high: finer bins would leave two in three empty at 0° only, which made
  // 0° win on any page (the sum of squares of fewer, fuller bins)
  const rows = new Float64Array(Math.ceil((img.height + img.width * Math.tan((MAX_SKEW * Math.PI) / 180)) / SAMPLE) * 2 + 2);
  const offset = rows.length / 2;
  let best = 0;
  let bestScore = -1;
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += STEP) {
    const t = Math.tan((a * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) rows[Math.round((ys[i]! + xs[i]! * t) / SAMPLE + offset)]!++;
    let score = 0;
    for (let i = 0; i < rows.length; i++) score += rows[i]! * rows[i]!;
    // a tie keeps the angle nearer 0
    if (score > bestScore * (1 + 1e-9) || (Math.abs(score - bestScore) <= bestScore * 1e-9 && Math.abs(a) < Math.abs(best))) {
      bestScore = score;
      best = a;
    }
  }
  return Math.round(best * 100) / 100;
}
