// Headline keys (METRICS.md) derived from the template cells, identically for 2019 and 2021:
// the registry says which 表三 row's 总计 each is (several rows: their sum) and which 表四 kinds
// add into which review key (metrics/t3.ts `headline`, metrics/t4.ts T4_HEADLINE).
import { T3_ROW_DEFS, T4_HEADLINE, T4_KINDS, t3Key, t4Key } from './metrics/index.js';
import type { MetricSet } from './metric-set.js';

/** Headline key → the cells it is read from: one cell is the same figure, several their sum. */
const SOURCES = new Map<string, string[]>();
for (const r of T3_ROW_DEFS) if (r.headline) SOURCES.set(r.headline, [...(SOURCES.get(r.headline) ?? []), t3Key(r.row, 'total')]);
for (const k of T4_KINDS) {
  const total = t4Key(k, 'total');
  // 行政复议's 总计 is the headline key itself
  if (T4_HEADLINE[k] !== total) SOURCES.set(T4_HEADLINE[k], [...(SOURCES.get(T4_HEADLINE[k]) ?? []), total]);
}

export function deriveHeadline(set: MetricSet): void {
  for (const [key, from] of SOURCES) {
    if (from.length === 1) {
      const src = set.entry(from[0]!);
      // the same cell under its headline name: same provenance
      if (src) set.add({ key, value: src.value, raw: src.raw, snippet: src.snippet, offset: src.offset, rule: `headline.${from[0]}`, flags: src.flags });
      continue;
    }
    const vals = from.map((p) => set.get(p));
    if (vals.some((v) => v === undefined)) continue;
    const value = vals.reduce((a, b) => a! + b!, 0)!;
    const first = set.entry(from[0]!)!;
    set.add({ key, value, raw: from.join(' + '), snippet: first.snippet, offset: first.offset, rule: 'headline.sum', flags: ['derived'] });
  }
}

/**
 * METRICS.md: applications.handled is 申请答复数, "or 申请办结数 when only that is given". Run
 * after every reader, so that a stated 答复数 (table or prose) always wins.
 */
export function deriveFallbacks(set: MetricSet): void {
  const done = set.entry('applications.completed');
  if (done && !set.has('applications.handled')) {
    set.add({
      key: 'applications.handled',
      value: done.value,
      raw: done.raw,
      snippet: done.snippet,
      offset: done.offset,
      rule: 'fallback.applications.completed',
      flags: done.flags,
    });
  }
}
