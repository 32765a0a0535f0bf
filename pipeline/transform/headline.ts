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
    const src = set.entry(from);
    // the same cell under its headline name: same provenance
    if (src) set.add({ key, value: src.value, raw: src.raw, snippet: src.snippet, offset: src.offset, rule: `headline.${from}`, flags: src.flags });
  }
  for (const [key, parts] of SUMS) {
    const vals = parts.map((p) => set.get(p));
    if (vals.some((v) => v === undefined)) continue;
    const value = vals.reduce((a, b) => a! + b!, 0)!;
    const first = set.entry(parts[0]!)!;
    set.add({ key, value, raw: parts.join(' + '), snippet: first.snippet, offset: first.offset, rule: 'headline.sum', flags: ['derived'] });
  }
}
