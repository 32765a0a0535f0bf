// Whether two reports of one body and year are copies of one report. Figures decide when
// both copies have enough in common; otherwise the prose does (the sentence hashes of
// transform/fingerprint.ts). A copy may lack a table the other has (a text dump loses 表二),
// so the test is how much of the smaller one the larger one holds, not equality.
import { TOLERANCE } from '../transform/metrics/index.js';

export interface Candidate {
  template: string;
  /** Sorted uint32 sentence hashes, the k smallest of the report (a bottom-k sketch). */
  fingerprint: Buffer | null;
  figures: Map<string, number>;
}

/** Figures both copies state, at least this many, decide alone. */
const MIN_SHARED_FIGURES = 5;
/** Sentences both copies must have to let the prose decide. */
const MIN_SENTENCES = 5;
const SAME_FIGURES = 0.9;
const SAME_TEXT = 0.6;

function hashes(b: Buffer | null): Uint32Array {
  if (!b || b.byteLength < 4) return new Uint32Array(0);
  // copy: a Buffer from SQLite may not be 4-byte aligned
  return new Uint32Array(new Uint8Array(b).buffer, 0, Math.floor(b.byteLength / 4));
}

/**
 * The share of the smaller sketch's sentences the other holds. Both sketches are complete
 * below the smaller of their largest hashes, so the comparison is made there.
 */
export function textContainment(a: Buffer | null, b: Buffer | null): { shared: number; of: number } {
  const x = hashes(a),
    y = hashes(b);
  if (!x.length || !y.length) return { shared: 0, of: 0 };
  const limit = Math.min(x[x.length - 1]!, y[y.length - 1]!);
  let i = 0,
    j = 0,
    shared = 0;
  while (i < x.length && x[i]! <= limit) i++;
  const nx = i;
  while (j < y.length && y[j]! <= limit) j++;
  const ny = j;
  for (i = 0, j = 0; i < nx && j < ny;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return { shared, of: Math.min(nx, ny) };
}

export function figureAgreement(a: Map<string, number>, b: Map<string, number>): { shared: number; equal: number } {
  let shared = 0,
    equal = 0;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined) continue;
    shared++;
    if (Math.abs(v - w) < TOLERANCE) equal++;
  }
  return { shared, equal };
}

export function sameReport(a: Candidate, b: Candidate): boolean {
  const f = figureAgreement(a.figures, b.figures);
  // enough figures in common: they decide (a republished report with corrected figures is another report)
  if (f.shared >= MIN_SHARED_FIGURES) return f.equal / f.shared >= SAME_FIGURES;
  const t = textContainment(a.fingerprint, b.fingerprint);
  if (t.of < MIN_SENTENCES) return false;
  // the few figures both state must not disagree either
  return t.shared / t.of >= SAME_TEXT && f.equal === f.shared;
}
