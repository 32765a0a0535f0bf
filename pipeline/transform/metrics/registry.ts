// The metric registry: one entry per canonical key, built from the table definitions of this
// folder (t2, t3, t4, the 统计表 rows, the headline list). Readers' label tables, the checks,
// the headline sums, units and metric_dictionary all come from here.
import { z } from 'zod';
import type { Template } from '../report.js';
import { GOV_TEMPLATES } from '../templates.js';
import { HEADLINE, type HeadlineKey } from './headline.js';
import { STAT_ROWS, type StatKey } from './stat2008.js';
import { T2_COLUMN_ZH, T2_ROW_DEFS, t2Keys, type T2Key } from './t2.js';
import { T3_COLUMN_ZH, T3_COLUMNS, T3_ROW_DEFS, t3Key, type T3Key } from './t3.js';
import { T4_KIND_ZH, T4_KINDS, T4_RESULT_ZH, T4_RESULTS, t4Key, type T4Kind, type T4Result } from './t4.js';
import { MONEY_KEYS, unitOf } from './units.js';

export type T4Key = `review.${T4Kind}.${T4Result}`;
/** Every key the extractor can write. */
export type MetricKey = HeadlineKey | T3Key | T4Key | T2Key | StatKey;

export interface MetricDef {
  key: string;
  label_zh: string;
  label_en: string;
  unit: string;
  money: boolean;
  templates: Template[];
  comparable: boolean;
  caveat: string;
  /** Place among the headline metrics of METRICS.md (1 = first); null for the others. */
  headline_rank: number | null;
  /** Where the figure stands, as dimensions (views join on these instead of cutting keys):
   * the table (headline, t2, t3, t4, stat2008), its row, and its column (null: one column).
   * A headline key that is a cell of a grid stands in that cell ('headline' for the others); the
   * 统计表's 行政复议 / 行政诉讼 rows are row = kind, column = result, as in 表四. */
  table: 'headline' | 't2' | 't3' | 't4' | 'stat2008';
  row: string;
  column: string | null;
}

const GOV = GOV_TEMPLATES;
const english = (key: string) => key.replace(/\./g, ' / ').replace(/_/g, ' ');

/** The printed words of a row rule: its first alternative, regex syntax taken out. */
export function printedLabel(re: RegExp): string {
  const first = re.source.split('|')[0]!;
  return first
    .replace(/\((?:[^()]|\([^()]*\))*\)\?/g, '') // optional groups are not printed
    .replace(/\(([^|()]*)(?:\|[^()]*)?\)/g, '$1') // a group prints its first choice
    .replace(/\[[^\]]*\][?*]?/g, '')
    .replace(/[^\\]\?/g, '') // an optional character is not printed either
    .replace(/[\^$\\]/g, '');
}

type Entry = Omit<MetricDef, 'label_en' | 'unit' | 'money' | 'headline_rank'> & { headline_rank?: number };

function build(): Map<string, MetricDef> {
  const out = new Map<string, MetricDef>();
  const add = (e: Entry) => {
    const prev = out.get(e.key);
    // a key in several tables (a headline key the 统计表 prints too): the first entry holds it
    if (prev) {
      prev.templates = [...new Set([...prev.templates, ...e.templates])];
      // a headline key that is a cell of a table's grid stands in that cell (行政复议数量 is
      // 表四's reconsideration total): headline_rank already says it is a headline metric
      if (prev.table === 'headline' && e.column !== null) Object.assign(prev, { table: e.table, row: e.row, column: e.column });
      return;
    }
    out.set(e.key, { ...e, label_en: english(e.key), unit: unitOf(e.key), money: MONEY_KEYS.has(e.key), headline_rank: e.headline_rank ?? null });
  };
  HEADLINE.forEach((h, i) =>
    add({
      key: h.key,
      table: 'headline',
      row: h.key,
      column: null,
      label_zh: h.zh,
      headline_rank: i + 1,
      templates: ['narrative', 'stat2008', ...GOV],
      comparable: true,
      caveat: 'caveat' in h ? h.caveat : '',
    }),
  );
  for (const r of T3_ROW_DEFS) {
    // （六）其他处理 is one row in 2019 (some 2021 tables still print it) and three in 2021
    const oneOnly = r.row.startsWith('other');
    for (const c of T3_COLUMNS) {
      const caveat = oneOnly ? '2019: one row （六）其他处理; 2021: three rows whose sum matches it' : '';
      add({
        key: t3Key(r.row, c),
        table: 't3',
        row: r.row,
        column: c,
        label_zh: `${r.printed} ${T3_COLUMN_ZH[c]}`,
        templates: [...(r.readIn ?? r.printedIn)],
        comparable: !oneOnly,
        caveat,
      });
    }
  }
  for (const k of T4_KINDS)
    for (const r of T4_RESULTS)
      add({
        key: t4Key(k, r),
        table: 't4',
        row: k,
        column: r,
        label_zh: `${T4_KIND_ZH[k]} ${T4_RESULT_ZH[r]}`,
        templates: [...GOV],
        comparable: true,
        caveat: '',
      });
  for (const row of T2_ROW_DEFS) {
    for (const t of GOV) {
      for (const key of t2Keys(row, t)) {
        const field = key.slice(key.indexOf('.') + 1);
        const inBoth = GOV.every((x) => t2Keys(row, x).includes(key));
        const caveat =
          key === 'admin_fees.amount'
            ? '2021 only: money (yuan); 2019 gave a count of fee items (admin_fees.previous_items), not comparable'
            : key.startsWith('admin_fees.')
              ? '2019 only: a count of fee items; 2021 states the amount (admin_fees.amount) instead'
              : inBoth
                ? ''
                : `${t === 'gov2019' ? '2019' : '2021'} template only`;
        add({
          key,
          table: 't2',
          row: row.id.replace(/^t2\./, ''),
          column: field,
          label_zh: `${row.zh} ${T2_COLUMN_ZH[field]?.[t] ?? field}`,
          templates: [t],
          comparable: inBoth,
          caveat,
        });
      }
    }
  }
  for (const r of STAT_ROWS) {
    // the 统计表's 行政复议 / 行政诉讼 rows and their 其中 rows: kind × result, as in 表四
    const review = /^review\.([a-z_]+)\.([a-z_]+)$/.exec(r.key);
    add({
      key: r.key,
      table: 'stat2008',
      row: review ? review[1]! : r.key,
      column: review ? review[2]! : null,
      label_zh: printedLabel(r.label),
      templates: ['stat2008', 'narrative'],
      comparable: false,
      caveat: '2008–2018 统计表 only (the national or a provincial table)',
    });
  }
  return out;
}

export const REGISTRY: ReadonlyMap<string, MetricDef> = build();
export const METRIC_KEYS = [...REGISTRY.keys()].sort((a, b) => a.localeCompare(b)) as MetricKey[];

export const isMetricKey = (key: string): key is MetricKey => REGISTRY.has(key);

/** A rule wrote a key the registry does not declare: a bug in the rule tables, not the report. */
export class UnknownMetricKeyError extends Error {
  constructor(
    readonly key: string,
    readonly rule: string,
  ) {
    super(`rule ${rule} wrote ${key}, which the metric registry does not declare`);
    this.name = 'UnknownMetricKeyError';
  }
}
/** The boundary schema: a figure's key is one the registry declares. */
export const MetricKeySchema = z
  .string()
  .refine(isMetricKey, { message: 'not a key of the metric registry (pipeline/transform/metrics)' }) as unknown as z.ZodType<MetricKey>;

/** The dictionary as metric_dictionary stores it, sorted by key. */
export function metricDictionary(): MetricDef[] {
  return METRIC_KEYS.map((k) => REGISTRY.get(k)!);
}
