// The overview charts: ECharts rendered to SVG on the server (no script in the page), made
// responsive. The x-axis is the years from the first to the last, every one of them: a line
// chart has a numeric year axis and breaks where a year has no figure (connectNulls false), a
// bar chart leaves that year's slot empty. Legends are HTML under the chart, not ECharts'
// own: they wrap at any window width, where a legend drawn into the SVG shrinks with it.
import { attr, esc, num } from './markup.js';
import type { Lang } from './text.js';

export const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const FONT = 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

export interface Series {
  name: string;
  /** One value per year of the chart's years; null: no figure that year. */
  values: Array<number | null>;
}

export interface ChartSpec {
  /** Every year from the first to the last, gaps included. */
  years: number[];
  series: Series[];
  kind: 'line' | 'bars';
  /** The y-axis in percent (shares of a year). */
  percent?: boolean;
  width: number;
  height: number;
  lang: Lang;
  /** What a screen reader says for the chart. */
  label: string;
}

/** Every year from the first to the last of the given ones. */
export function yearSpan(years: Iterable<number>): number[] {
  const ys = [...years];
  if (ys.length === 0) return [];
  const first = Math.min(...ys);
  const last = Math.max(...ys);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Counts as a reader of each language shortens them: 12000 → 1.2万 / 12k; 2026 → 2,026 (not a year). */
export function compact(v: number, lang: Lang): string {
  const a = Math.abs(v);
  const trim = (x: number) => String(Math.round(x * 10) / 10);
  if (lang === 'zh') return a >= 1e8 ? `${trim(v / 1e8)}亿` : a >= 1e4 ? `${trim(v / 1e4)}万` : num(v);
  return a >= 1e6 ? `${trim(v / 1e6)}M` : a >= 1e4 ? `${trim(v / 1e3)}k` : num(v);
}

export async function chartSvg(spec: ChartSpec): Promise<string> {
  const echarts = await import('echarts');
  const { years, width, height } = spec;
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const left = 8;
  const right = 14;
  // year labels turn when they would touch: an estimated 30 px per label at 11 px
  const slot = (width - left - right - 44) / Math.max(years.length, 1);
  const rotate = slot < 34 ? 45 : 0;
  const yearLabel = { formatter: (v: number | string) => String(v), rotate, fontSize: 11, color: '#555' };
  // a numeric axis needs two years to span; a single year stands on a category axis
  const numeric = spec.kind === 'line' && years.length > 1;
  const xAxis = numeric
    ? { type: 'value' as const, min: years[0], max: years[years.length - 1], interval: 1, axisLabel: yearLabel, splitLine: { show: false } }
    : { type: 'category' as const, data: years.map(String), axisLabel: { ...yearLabel, interval: 0 }, axisTick: { alignWithLabel: true } };
  const series = spec.series.map((s) => ({
    name: s.name,
    type: spec.kind === 'line' ? ('line' as const) : ('bar' as const),
    stack: spec.kind === 'bars' && spec.series.length > 1 ? 'all' : undefined,
    data: numeric ? years.map((y, i) => [y, s.values[i] ?? null]) : s.values.map((v) => v ?? null),
    connectNulls: false,
    showSymbol: true,
    symbolSize: 5,
    lineStyle: { width: 2 },
    barMaxWidth: 36,
  }));
  c.setOption({
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    grid: { top: 14, left, right, bottom: 6 },
    xAxis,
    yAxis: {
      type: 'value',
      max: spec.percent ? 100 : undefined,
      interval: spec.percent ? 25 : undefined,
      minInterval: spec.percent ? undefined : 1,
      splitNumber: 4,
      axisLabel: { fontSize: 11, color: '#555', formatter: (v: number) => (spec.percent ? `${v}%` : compact(v, spec.lang)) },
    },
    series,
  });
  const svg = c.renderToSVGString();
  c.dispose();
  return responsive(svg, spec.label);
}

/**
 * ECharts writes width="900" height="360": the SVG keeps its viewBox and loses its fixed size,
 * so CSS (width:100%; height:auto) scales it to its column instead of clipping it.
 */
export function responsive(svg: string, label: string): string {
  return svg.replace(/^<svg width="\d+(?:\.\d+)?" height="\d+(?:\.\d+)?"/, `<svg class="chart" role="img" aria-label="${attr(label)}"`);
}

export function legendHtml(names: string[]): string {
  return `<ul class="legend">${names.map((n, i) => `<li><i style="background:${PALETTE[i % PALETTE.length]}"></i>${esc(n)}</li>`).join('')}</ul>`;
}
