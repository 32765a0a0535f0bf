// Figures read by OCR are kept only where they are vouched for: by an identity of the report's
// own tables that holds with them (T3-BAL, T3-RES, T3-ROW, T4-SUM …: a misread digit breaks the
// sum it stands in), or, where no identity covers them, by OCR's high confidence in their
// digits. A figure in an identity that fails is left absent whatever its confidence: one of
// the cells is wrong and OCR cannot say which. Each figure left absent is a finding naming
// its cell, its reading and why; a wrong figure costs more than a missing one.
import type { Document } from '../extract/model.js';
import { holds } from './checks/spec.js';
import type { Check } from './checks/instances.js';
import type { MetricSet } from './metric-set.js';
import type { ValidationIssue } from './report.js';

/** Tesseract's word confidence (0–100) at or above which a figure no identity covers is kept. */
export const HIGH_CONFIDENCE = 90;

const compact = (s: string) => s.replace(/\s+/g, '');
/** Characters OCR gave a confidence for (model.ts Paragraph.charConf): all but spaces, by code point. */
const nonSpace = (s: string) => [...compact(s)].length;

/** OCR's confidence in the text a figure was read from: its cell in a table row, else its paragraph. */
export function confidenceAt(doc: Document, offset: number, raw: string): number | undefined {
  const want = compact(raw);
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      const row = b.rows.find((r) => r.offset === offset);
      if (!row) continue;
      // the cells that hold the figure's text; the lowest when it stands twice in the row
      const confs = row.cells.filter((c) => c.span !== 'col' && compact(c.text) === want && c.conf !== undefined).map((c) => c.conf!);
      if (confs.length) return Math.min(...confs);
      const any = row.cells.filter((c) => c.conf !== undefined).map((c) => c.conf!);
      return any.length ? Math.min(...any) : undefined;
    }
    if (offset >= b.offset && offset < b.offset + b.text.length) {
      // the figure's own words where they are known: from the k-th character of the paragraph on
      const at = b.text.indexOf(raw, offset - b.offset);
      const n = nonSpace(raw);
      if (!b.charConf || at < 0 || !n) return b.conf;
      const k = nonSpace(b.text.slice(0, at));
      return Math.min(...b.charConf.slice(k, k + n));
    }
  }
  return undefined;
}

/**
 * A scan's statistics table row that could not be read is not replaced by a sentence: the
 * prose often states a part under the table's words (主动公开信息数584条 is the website's
 * count where the table's total is 665). Figures of `tableKeys` the prose gave are dropped.
 */
export function keepTableRows(set: MetricSet, proseKeys: readonly string[], tableKeys: ReadonlySet<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const key of proseKeys) {
    const m = set.entry(key);
    if (!m || !tableKeys.has(key)) continue;
    set.remove(key);
    issues.push({
      code: 'ocr_unconfirmed',
      severity: 'warning',
      message: `${key}: the scan's statistics table row could not be read; the sentence "${m.snippet.replace(/\s+/g, ' ').slice(0, 60)}" (${m.raw}) is not taken in its place; left absent`,
      cells: [key],
    });
  }
  return issues;
}

const sum = (set: MetricSet, keys: string[]) => keys.reduce((acc, k) => acc + (set.get(k) ?? 0), 0);

/** Both sides of the identity are the same figures: its non-zero values on the left are those on the right. */
function copies(set: MetricSet, c: Check): boolean {
  const side = (keys: string[]) =>
    keys
      .map((k) => set.get(k) ?? 0)
      .filter((v) => v !== 0)
      .sort((a, b) => a - b)
      .join(',');
  return side(c.left) === side(c.right);
}

/** The identities that fail, and which cells are to blame for them. */
interface Blame {
  /** Cells that explain failures: each the one cell common to two or more failing identities (its row's and its column's). */
  culprits: Map<string, string[]>;
  /** Failing identities no single cell explains: any of their cells may be the misread one. */
  unexplained: Check[];
}

/**
 * Which cells a scan misread, from the identities that fail. One misread cell breaks its row's
 * identity and its column's: the cell common to both is the one. Failures no cell explains
 * that way (11 read as 1 in a row's cell and in its total: the row still adds up, two columns
 * do not) leave every cell of those identities suspect.
 */
function blame(failing: Check[]): Blame {
  const cellsOf = (c: Check) => [...c.left, ...c.right];
  const open = new Set(failing);
  const culprits = new Map<string, string[]>();
  for (;;) {
    const count = new Map<string, Check[]>();
    for (const c of open) for (const k of new Set(cellsOf(c))) count.set(k, [...(count.get(k) ?? []), c]);
    const best = [...count].filter(([, cs]) => cs.length >= 2).sort((a, b) => b[1].length - a[1].length)[0];
    if (!best) break;
    culprits.set(
      best[0],
      best[1].map((c) => c.id),
    );
    for (const c of best[1]) open.delete(c);
  }
  return { culprits, unexplained: [...open] };
}

/**
 * Decides each of `keys` (figures just read from an OCR document): kept, with the flag `ocr`
 * and its confidence, or dropped with a finding. Every identity is judged on the figures as
 * read, before any is dropped. A figure stands where an identity holds with it and it is not
 * to blame for one that fails (blame above), or, where no identity covers it, on OCR's high
 * confidence in its own words.
 */
export function gateOcr(doc: Document, set: MetricSet, keys: readonly string[], checks: readonly Check[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const judged = checks
    .filter((c) => [...c.left, ...c.right].every((k) => set.has(k)))
    .map((c) => ({ c, ok: holds(c.id, sum(set, c.left), sum(set, c.right)) }));
  const { culprits, unexplained } = blame(judged.filter((j) => !j.ok).map((j) => j.c));
  const drop: string[] = [];
  for (const key of keys) {
    const m = set.entry(key);
    if (!m) continue;
    const conf = confidenceAt(doc, m.offset, m.raw);
    set.mark(key, conf);
    const covering = judged.filter((j) => j.c.left.includes(key) || j.c.right.includes(key));
    const suspect = culprits.get(key) ?? unexplained.filter((c) => c.left.includes(key) || c.right.includes(key)).map((c) => c.id);
    // an identity that only sets a figure equal to its copy (a row of one applicant: 11 = 11)
    // vouches for no digit of it: OCR misreads both alike (11 as 1 twice); unless OCR is sure of it
    const vouching = covering.filter((j) => j.ok && (!copies(set, j.c) || m.value === 0 || (conf !== undefined && conf >= HIGH_CONFIDENCE)));
    if (!suspect.length && vouching.length) continue;
    // digits apart ("81 12"): two cells' figures run together where a ruling was lost, however sure OCR is of each
    const split = /\d\s+\d/.test(m.raw);
    if (!covering.length && !split && conf !== undefined && conf >= HIGH_CONFIDENCE) continue;
    drop.push(key);
    const why = suspect.length
      ? `${suspect.join(', ')} ${suspect.length > 1 ? 'do' : 'does'} not hold${culprits.has(key) ? ', and it is the cell they share' : ' and no single cell explains it'}`
      : covering.some((j) => j.ok)
        ? `${covering.map((j) => j.c.id).join(', ')} only ${covering.length > 1 ? 'set' : 'sets'} it equal to its copy and OCR's confidence is ${conf === undefined ? 'unknown' : `${Math.round(conf)}, under ${HIGH_CONFIDENCE}`}`
        : covering.length
          ? `${covering.map((j) => j.c.id).join(', ')} ${covering.length > 1 ? 'do' : 'does'} not hold with it`
          : split
            ? 'its digits stand apart (two figures run together?) and no identity covers it'
            : `no identity covers it and OCR's confidence is ${conf === undefined ? 'unknown' : `${Math.round(conf)}, under ${HIGH_CONFIDENCE}`}`;
    issues.push({
      code: 'ocr_unconfirmed',
      severity: 'warning',
      message: `${key}: OCR read "${m.raw}" in "${m.snippet.replace(/\s+/g, ' ').slice(0, 60)}"; ${why}; left absent`,
      cells: [key],
    });
  }
  for (const key of drop) set.remove(key);
  return issues;
}
