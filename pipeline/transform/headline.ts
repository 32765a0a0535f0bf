// Headline keys (METRICS.md) derived from the template cells, identically for 2019 and 2021.
import type { MetricSet } from './metric-set.js';

const ALIASES: Array<[string, string]> = [
  ['applications.received', 'applications.received.total'],
  ['applications.carried_over', 'applications.carried_over.total'],
  ['applications.handled', 'applications.handled.total'],
  ['applications.granted', 'applications.granted.total'],
  ['applications.partial', 'applications.partial.total'],
  ['applications.carried_forward', 'applications.carried_forward.total'],
];

const SUMS: Array<[string, string[]]> = [
  [
    'applications.denied',
    ['state_secret', 'law_forbidden', 'security_stability', 'third_party', 'internal_affairs', 'process_info', 'enforcement_file', 'inquiry'].map((r) => `applications.denied.${r}.total`),
  ],
  ['review.litigation.total', ['review.litigation_direct.total', 'review.litigation_after.total']],
];

export function deriveHeadline(set: MetricSet): void {
  for (const [key, from] of ALIASES) {
    const v = set.get(from);
    if (v !== undefined) set.add({ key, value: v, raw: String(v), snippet: from, offset: 0, rule: `headline.${from}`, flags: [] });
  }
  for (const [key, parts] of SUMS) {
    const vals = parts.map((p) => set.get(p));
    if (vals.some((v) => v === undefined)) continue;
    const value = vals.reduce((a, b) => a! + b!, 0)!;
    set.add({ key, value, raw: String(value), snippet: parts.join(' + '), offset: 0, rule: `headline.sum`, flags: ['derived'] });
  }
}
