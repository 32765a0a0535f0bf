// The unit each canonical key is stored in (METRICS.md). Money is always yuan.
const MONEY = new Set(['fees.application', 'admin_fees.amount', 'procurement.amount', 'capacity.budget']);

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
  if (MONEY.has(key)) return 'yuan';
  for (const [prefix, unit] of BY_PREFIX) if (key.startsWith(prefix)) return unit;
  return 'count';
}
