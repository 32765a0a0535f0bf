// The unit each key is stored in (METRICS.md). Money is always yuan.
import { STAT_ROWS } from './stat2008.js';
import { T2_MONEY_KEYS } from './t2.js';

/** Money keys: 表二's money columns, and the statistics rows printed in 万元. */
export const MONEY_KEYS: ReadonlySet<string> = new Set([...T2_MONEY_KEYS, ...STAT_ROWS.filter((r) => 'unit' in r && r.unit === '万元').map((r) => r.key)]);

/** Figures are counts, or money to the fen: a difference under half a fen is equality. */
export const TOLERANCE = 0.005;

const BY_PREFIX: Array<[string, string]> = [
  ['applications.', 'requests'],
  ['review.', 'cases'],
  ['complaints.', 'cases'],
  ['proactive.normative_docs_issued', 'documents'],
  ['proactive.', 'items'],
  ['responses.interpretations', 'articles'],
  ['responses.', 'times'],
  ['capacity.staff', 'persons'],
  ['capacity.', 'units'],
  ['training.trainees', 'person-times'],
  ['training.', 'times'],
  ['procurement.projects', 'projects'],
  ['rules.', 'documents'],
  ['normative_docs.', 'documents'],
];

export function unitOf(key: string): string {
  if (MONEY_KEYS.has(key)) return 'yuan';
  for (const [prefix, unit] of BY_PREFIX) if (key.startsWith(prefix)) return unit;
  return 'count';
}
