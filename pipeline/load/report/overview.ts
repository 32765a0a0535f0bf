// The report's overview sections: the dataset's yearly trends as small multiples (one chart per
// headline metric, each with its own y-axis: proactive disclosures run to tens of thousands,
// lawsuits to a handful), then applications per province, the outcome mix, the templates and
// data quality, each chart followed by the table behind it.
import type { DB } from '../db.js';
import { chartSvg, legendHtml, yearSpan, type Series } from './charts.js';
import { dataQuality, outcomeMix, provinceCells, receivedByProvince, templatesPerYear, yearlyTrends, type ProvinceCell, type Table } from './data.js';
import { attr, esc, figure, tableHtml, text } from './markup.js';
import type { Vocabulary } from './text.js';

const SMALL = { width: 400, height: 210 };
const WIDE = { width: 640, height: 300 };
/** Provinces drawn one by one; the rest are stacked as one (the table keeps each). */
const PROVINCES_DRAWN = 9;

export interface Section {
  id: string;
  title: string;
  html: string;
}

/** The years of a table's rows, and the years between them that have no row. */
function yearsOf(t: Table): { years: number[]; gaps: number[] } {
  const have = new Set(t.rows.map((r) => Number(r[0])));
  const years = yearSpan(have);
  return { years, gaps: years.filter((y) => !have.has(y)) };
}

/** One series per column of the table, aligned on every year of the span (null where none). */
function seriesOf(t: Table, years: number[], name: (col: string) => string, cols = t.columns.slice(1)): Series[] {
  const byYear = new Map(t.rows.map((r) => [Number(r[0]), r]));
  return cols.map((col) => {
    const i = t.columns.indexOf(col);
    return { name: name(col), values: years.map((y) => (byYear.get(y)?.[i] as number | null | undefined) ?? null) };
  });
}

function gapNote(gaps: number[], v: Vocabulary): string {
  return gaps.length ? `<p class="gaps">${esc(v.s.gapYears(gaps.join('、')))}</p>` : '';
}

/** The table behind a chart: a row per year that has figures, a header in the reader's words. */
function yearTable(t: Table, v: Vocabulary, name: (col: string) => string): string {
  return tableHtml(
    [v.s.year, ...t.columns.slice(1).map(name)],
    t.rows.map((r) => [text(r[0]), ...r.slice(1).map((x) => figure(x as number | null))]),
  );
}

function section(id: string, title: string, note: string, rows: number, body: string): Section {
  return { id, title, html: `<section id="${id}" data-rows="${rows}"><h2>${esc(title)}</h2><p class="note">${esc(note)}</p>${body}</section>` };
}

async function trends(cells: readonly ProvinceCell[], v: Vocabulary): Promise<Section> {
  const t = yearlyTrends(cells);
  const { years, gaps } = yearsOf(t);
  const figures: string[] = [];
  for (const s of seriesOf(t, years, (c) => c)) {
    const label = v.metric(s.name);
    const svg = await chartSvg({ ...SMALL, years, series: [{ ...s, name: label }], kind: 'line', lang: v.lang, label });
    figures.push(
      `<figure data-metric="${attr(s.name)}" data-years="${years[0]}-${years[years.length - 1]}" data-gaps="${gaps.join(' ')}"><figcaption>${esc(label)}</figcaption>${svg}</figure>`,
    );
  }
  const body = t.rows.length
    ? `<div class="multiples">${figures.join('')}</div>${gapNote(gaps, v)}${yearTable(t, v, (c) => v.metric(c))}`
    : `<p class="empty">${esc(v.s.empty)}</p>`;
  return section('trends', v.s.trends, v.s.trendsNote, t.rows.length, body);
}

interface Stacked {
  id: string;
  title: string;
  note: string;
  table: Table;
  name: (col: string) => string;
  kind: 'line' | 'bars';
  /** Each year's values as shares of that year's sum (outcomes), or of a column (quality). */
  percent?: 'of-sum' | { of: string };
  /** The columns drawn (default all). */
  drawn?: string[];
  /** The columns stacked as one "other" series after the drawn ones. */
  rest?: { cols: string[]; name: string };
}

async function wideChart(c: Stacked, v: Vocabulary): Promise<Section> {
  const t = c.table;
  const { years, gaps } = yearsOf(t);
  const drawn = c.drawn ?? t.columns.slice(1).filter((col) => !(typeof c.percent === 'object' && col === c.percent.of));
  let series = seriesOf(t, years, c.name, drawn);
  if (c.rest?.cols.length) {
    const rest = seriesOf(t, years, c.name, c.rest.cols);
    const values = years.map((_, i) => (rest.every((s) => s.values[i] === null) ? null : rest.reduce((a, s) => a + (s.values[i] ?? 0), 0)));
    series.push({ name: c.rest.name, values });
  }
  if (c.percent) {
    const base =
      c.percent === 'of-sum'
        ? years.map((_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0))
        : seriesOf(t, years, (x) => x, [c.percent.of])[0]!.values.map((x) => x ?? 0);
    const pct = (x: number | null, i: number) => (x === null || !base[i] ? null : Math.round((1000 * x) / base[i]!) / 10);
    series = series.map((s) => ({ ...s, values: s.values.map(pct) }));
  }
  // a series with no figure in any year is in the table, not in the legend
  series = series.filter((s) => s.values.some((x) => x !== null && x !== 0));
  const empty = t.rows.length === 0 || series.length === 0;
  const svg = empty ? '' : await chartSvg({ ...WIDE, years, series, kind: c.kind, percent: Boolean(c.percent), lang: v.lang, label: c.title });
  const body = empty
    ? `<p class="empty">${esc(v.s.empty)}</p>`
    : `<figure class="wide" data-years="${years[0]}-${years[years.length - 1]}" data-gaps="${gaps.join(' ')}">${svg}${legendHtml(series.map((s) => s.name))}</figure>${gapNote(gaps, v)}${yearTable(t, v, c.name)}`;
  return section(c.id, c.title, c.note, t.rows.length, body);
}

export async function overviewSections(db: DB, v: Vocabulary): Promise<Section[]> {
  const cells = provinceCells(db);
  const provinces = receivedByProvince(cells);
  // the provinces that received the most are drawn, the rest stacked as one
  const totals = provinces.columns.slice(1).map((p, i) => ({ p, sum: provinces.rows.reduce((a, r) => a + ((r[i + 1] as number | null) ?? 0), 0) }));
  const ranked = totals.sort((a, b) => b.sum - a.sum).map((x) => x.p);
  const many = ranked.length > PROVINCES_DRAWN + 1;
  const other = v.lang === 'zh' ? '其他省份' : 'other provinces';
  const quality = dataQuality(db);
  return [
    await trends(cells, v),
    await wideChart(
      {
        id: 'provinces',
        title: v.s.provinces,
        note: v.s.provincesNote,
        table: provinces,
        name: (p) => p,
        kind: 'bars',
        drawn: many ? ranked.slice(0, PROVINCES_DRAWN) : provinces.columns.slice(1),
        rest: many ? { cols: ranked.slice(PROVINCES_DRAWN), name: other } : undefined,
      },
      v,
    ),
    await wideChart(
      { id: 'outcomes', title: v.s.outcomes, note: v.s.outcomesNote, table: outcomeMix(db), name: (g) => v.outcome(g), kind: 'bars', percent: 'of-sum' },
      v,
    ),
    await wideChart(
      { id: 'templates', title: v.s.templates, note: v.s.templatesNote, table: templatesPerYear(db), name: (t) => v.template(t), kind: 'bars' },
      v,
    ),
    await wideChart(
      { id: 'quality', title: v.s.quality, note: v.s.qualityNote, table: quality, name: (c) => v.quality(c), kind: 'line', percent: { of: 'reports' } },
      v,
    ),
  ];
}
