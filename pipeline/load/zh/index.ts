// The Chinese face of the dataset (`--lang zh`): headers, enumerated values, metric names and
// findings as a Chinese analyst reads them. The database keeps its codes; only what is
// written out for people is translated, so a Chinese CSV still joins on 指标代码.
import type { DB } from '../db.js';
import { dictionaryLabels, headlineKeys } from '../dictionary.js';
import { COLUMN_ZH } from './columns.js';
import { findingZh, type FindingRow } from './findings.js';
import { DIMENSION_ZH, FLAG_ZH, TEMPLATE_ZH, VALUE_ZH } from './values.js';

export { CODE_ZH } from './codes.js';
export { findingZh, type FindingRow } from './findings.js';
export { COLUMN_ZH } from './columns.js';
export { LEVEL_ZH, TABLE_ZH, TEMPLATE_ZH, VALUE_ZH } from './values.js';

export type Lang = 'en' | 'zh';

/** The metric a view's column holds, among `keys`: proactive_total → proactive.total, fees_application_yuan → fees.application. */
export const metricOfColumn = (col: string, keys: Iterable<string>): string | undefined => {
  const bare = col.replace(/_yuan$/, '');
  for (const k of keys) if (k.replaceAll('.', '_') === bare) return k;
  return undefined;
};
type Row = Record<string, unknown>;

export interface Translator {
  lang: Lang;
  /** The columns as written: in Chinese a key column is followed by its code (指标代码). */
  columns(cols: readonly string[]): string[];
  header(col: string): string;
  row(row: Row): Row;
  /** A metric's name: its label in the dictionary (zh) or its key (en). */
  metric(key: string): string;
  value(col: string, v: unknown): unknown;
}

const list = (v: unknown, sep: RegExp, map: (s: string) => string, join = '、') =>
  typeof v === 'string' && v ? v.split(sep).filter(Boolean).map(map).join(join) : v;

export function translator(db: DB, lang: Lang): Translator {
  if (lang === 'en') {
    return { lang, columns: (c) => [...c], header: (c) => c, row: (r) => r, metric: (k) => k, value: (_c, v) => v };
  }
  const labels = dictionaryLabels(db);
  const headline = headlineKeys(db);
  const metric = (k: string) => labels.get(k) ?? k;
  const header = (col: string): string => {
    if (COLUMN_ZH[col]) return COLUMN_ZH[col]!;
    // yearly_comparison's "2017 proactive.total" and "2017 proactive.total change"
    const m = /^(\d{4}) (\S+?)( change)?$/.exec(col);
    if (m) return `${m[1]} ${metric(m[2]!)}${m[3] ? ' 变化' : ''}`;
    // a headline metric as a column of reports.csv: proactive_total, fees_application_yuan
    const key = metricOfColumn(col, headline);
    return key ? `${metric(key)}${col.endsWith('_yuan') ? '(元)' : ''}` : col;
  };
  const value = (col: string, v: unknown): unknown => {
    if (v === null || v === undefined) return v;
    switch (col) {
      case 'key':
        return metric(String(v));
      case 'headline_not_stated':
        return list(v, / /, metric);
      case 'flags':
        return list(v, /,/, (f) => FLAG_ZH[f] ?? f);
      case 'templates':
        return list(v, /,/, (t) => TEMPLATE_ZH[t] ?? t);
      default:
        return VALUE_ZH[col]?.[String(v)] ?? v;
    }
  };
  return {
    lang,
    columns: (cols) => cols.flatMap((c) => (c === 'key' ? ['key', 'key_code'] : [c])),
    header,
    metric,
    value,
    row(r) {
      const out: Row = {};
      for (const [c, v] of Object.entries(r)) out[c] = value(c, v);
      if ('key' in r) out.key_code = r.key;
      // the dictionary's row and column keys read in their own table's words
      const dims = DIMENSION_ZH[String(r.table_id)];
      if (dims) {
        if (typeof r.row_key === 'string') out.row_key = dims[r.row_key] ?? r.row_key;
        if (typeof r.column_key === 'string') out.column_key = dims[r.column_key] ?? r.column_key;
      }
      if (typeof r.message === 'string' && typeof r.code === 'string') out.message = findingZh(r as unknown as FindingRow, labels);
      return out;
    },
  };
}
