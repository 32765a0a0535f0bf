// The metric registry (see registry.ts) and the table definitions it is built from.
export { HEADLINE, HEADLINE_KEYS, type HeadlineKey } from './headline.js';
export {
  METRIC_KEYS,
  MetricKeySchema,
  REGISTRY,
  UnknownMetricKeyError,
  isMetricKey,
  metricDictionary,
  printedLabel,
  type MetricDef,
  type MetricKey,
} from './registry.js';
export { STAT_ROWS, type StatRowRule } from './stat2008.js';
export { SIGNED_KEY, T2_COLUMN_ZH, T2_MONEY_KEYS, T2_ROWS, T2_ROW_DEFS, t2Keys, type T2RowDef } from './t2.js';
export { T3_APPLICANTS, T3_COLUMNS, T3_ROWS, T3_ROW_DEFS, t3Key, t3ResultRows, t3RowsOf, type T3Column, type T3RowDef } from './t3.js';
export { T4_HEADLINE, T4_KEYS, T4_KINDS, T4_RESULTS, t4Key } from './t4.js';
export { MONEY_KEYS, TOLERANCE, unitOf } from './units.js';
