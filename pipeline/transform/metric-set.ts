// Collects the figures of one report. The first reading of a key wins: readers run
// tables first, then prose, so where a table and the text disagree the table is kept and
// the disagreement is recorded.
import type { MetricFlag, MetricValue, ValidationIssue } from './report.js';
import { TOLERANCE, UnknownMetricKeyError, isMetricKey, unitOf } from './metrics/index.js';

export interface Reading {
  key: string;
  value: number;
  raw: string;
  snippet: string;
  offset: number;
  rule: string;
  flags?: MetricFlag[];
}

export class MetricSet {
  private readonly byKey = new Map<string, MetricValue>();
  readonly issues: ValidationIssue[] = [];

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): number | undefined {
    return this.byKey.get(key)?.value;
  }

  entry(key: string): MetricValue | undefined {
    return this.byKey.get(key);
  }

  add(r: Reading): boolean {
    if (!isMetricKey(r.key)) throw new UnknownMetricKeyError(r.key, r.rule);
    const existing = this.byKey.get(r.key);
    if (existing) {
      if (Math.abs(existing.value - r.value) > TOLERANCE && existing.rule !== r.rule) {
        this.issues.push({
          code: 'text_table_mismatch',
          severity: 'warning',
          // both sources quoted: the row or sentence kept, and the one that disagrees
          message: `${r.key}: kept ${existing.value} (${existing.rule}: "${existing.snippet.slice(0, 80)}"), another reading says ${r.value} (${r.rule}: "${r.snippet.slice(0, 80)}")`,
          left: existing.value,
          right: r.value,
          delta: existing.value - r.value,
          cells: [r.key],
        });
      }
      return false;
    }
    this.byKey.set(r.key, {
      key: r.key,
      value: r.value,
      unit: unitOf(r.key),
      raw: r.raw,
      snippet: r.snippet.length > 500 ? r.snippet.slice(0, 500) : r.snippet,
      offset: r.offset,
      rule: r.rule,
      flags: r.flags ?? [],
    });
    return true;
  }

  /** Read by OCR: flagged `ocr`, with OCR's confidence in its text when known. */
  mark(key: string, confidence?: number): void {
    const m = this.byKey.get(key);
    if (!m) return;
    if (!m.flags.includes('ocr')) m.flags = [...m.flags, 'ocr'];
    if (confidence !== undefined) m.confidence = Math.round(confidence);
  }

  /** A figure that may not stand (an OCR reading nothing vouches for). */
  remove(key: string): void {
    this.byKey.delete(key);
  }

  values(): MetricValue[] {
    return [...this.byKey.values()];
  }
}
