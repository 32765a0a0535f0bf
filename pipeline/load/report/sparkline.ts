// A body's series as a small line per metric, drawn here rather than by ECharts: a report
// details up to hundreds of bodies with five series each, and an ECharts SVG costs ~13 ms and
// ~11 KB where this costs nothing and ~1 KB. Same reading as the overview: a tick for every
// year from the first to the last, a dot per figure, a line only between neighbouring years
// that both have one, and the metric's own scale (0 to its maximum).
import { attr } from './markup.js';

const W = 240;
const H = 78;
const PAD = { left: 40, right: 8, top: 8, bottom: 20 };

export function sparkline(years: number[], values: Array<number | null>, label: string, short: (v: number) => string): string {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const x = (i: number) => PAD.left + (years.length === 1 ? 0.5 : i / (years.length - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (max === 0 ? 0 : v / max) * (H - PAD.top - PAD.bottom);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const base = H - PAD.bottom;
  const ticks = years.map((_, i) => `M${r1(x(i))} ${base}v3`).join('');
  let line = '';
  values.forEach((v, i) => {
    if (v === null) return;
    line += `${i > 0 && values[i - 1] !== null ? 'L' : 'M'}${r1(x(i))} ${r1(y(v))}`;
  });
  const dots = values.map((v, i) => (v === null ? '' : `<circle cx="${r1(x(i))}" cy="${r1(y(v))}" r="2.2"/>`)).join('');
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return `<svg class="spark" viewBox="0 0 ${W} ${H}" role="img" aria-label="${attr(label)}">\
<path class="axis" d="M${PAD.left} ${base}H${W - PAD.right}${ticks}"/>\
${max > 0 ? `<text x="${PAD.left - 4}" y="${PAD.top + 4}" text-anchor="end">${short(max)}</text>` : ''}\
<text x="${PAD.left - 4}" y="${base}" text-anchor="end">0</text>\
<text x="${PAD.left}" y="${H - 4}">${first}</text>${last !== first ? `<text x="${W - PAD.right}" y="${H - 4}" text-anchor="end">${last}</text>` : ''}\
${line ? `<path class="line" d="${line}"/>` : ''}<g class="dots">${dots}</g></svg>`;
}
