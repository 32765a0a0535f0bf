// The identities of FORMATS.md §6, one entry per id, with the kind, operator and tolerance the
// spec gives them, and where each is checked, or why it is not. Every check the extractor
// records names one of these ids (with a suffix for its column or row: T3-BAL.total).
export type CheckKind = 'hard' | 'soft';

export interface CheckSpec {
  id: string;
  /** FORMATS.md section. */
  section: string;
  kind: CheckKind;
  /** eq: Σ left = Σ right; le: Σ left ≤ Σ right; nn: every cell an integer ≥ 0 (signed cells exempt). */
  op: 'eq' | 'le' | 'nn';
  /** Where it runs: a report's figures, a statistics table's rows, or the database across years. */
  where?: ReadonlyArray<'report' | 'statistics table' | 'database'>;
  /** Not run as a check: why (another mechanism covers it, or the spec gives no usable bound). */
  skipped?: string;
  /** How it is run, where that is not plain. */
  note?: string;
}

import { TOLERANCE } from '../metrics/units.js';

export const CHECK_SPECS: readonly CheckSpec[] = [
  { id: 'T3-BAL', section: '6.1', kind: 'hard', op: 'eq', where: ['report'] },
  { id: 'T3-RES', section: '6.1', kind: 'hard', op: 'eq', where: ['report'] },
  { id: 'T3-ROW', section: '6.1', kind: 'hard', op: 'eq', where: ['report'] },
  { id: 'T3-NN', section: '6.1', kind: 'hard', op: 'nn', where: ['report'] },
  { id: 'T3-X', section: '6.1', kind: 'soft', op: 'eq', where: ['database'] },
  {
    id: 'T3-2021↔2019',
    section: '6.1',
    kind: 'soft',
    op: 'eq',
    skipped:
      'a mapping, not an identity: T3-RES accepts a 2021 table printing the single 2019 （六） row, and the dictionary says the three 2021 rows sum to it',
  },
  { id: 'T4-SUM', section: '6.2', kind: 'hard', op: 'eq', where: ['report'] },
  { id: 'T4-NN', section: '6.2', kind: 'hard', op: 'nn', where: ['report'] },
  {
    id: 'T4-TXT',
    section: '6.2',
    kind: 'soft',
    op: 'eq',
    skipped: 'covered by text_table_mismatch: a sentence that states a table key is read and, where it differs, both readings are recorded',
  },
  { id: 'T2-19a', section: '6.3', kind: 'soft', op: 'le', where: ['report'] },
  {
    id: 'T2-19b',
    section: '6.3',
    kind: 'soft',
    op: 'eq',
    skipped: 'cross-year with "≈" and no tolerance in the spec; to be run in the database like T3-X when one is set',
  },
  { id: 'T2-19c', section: '6.3', kind: 'soft', op: 'eq', skipped: 'cross-year over three rows; not yet run in the database' },
  {
    id: 'T2-21a',
    section: '6.3',
    kind: 'soft',
    op: 'eq',
    skipped: 'cross-year with "≈": amendments and recounts break it (FORMATS gives 上海 2022); not yet run',
  },
  { id: 'T2-sign', section: '6.3', kind: 'hard', op: 'nn', where: ['report'] },
  {
    id: 'T2-era',
    section: '6.3',
    kind: 'hard',
    op: 'eq',
    skipped: 'a rule, kept by the registry: 对外公开总数量 (2019) and 现行有效件数 (2021) are different keys, neither comparable',
  },
  { id: 'P-CH', section: '6.4', kind: 'hard', op: 'eq', where: ['report', 'statistics table'] },
  { id: 'P-DONE', section: '6.4', kind: 'hard', op: 'eq', where: ['report', 'statistics table'] },
  { id: 'P-ANS', section: '6.4', kind: 'hard', op: 'eq', where: ['report', 'statistics table'] },
  { id: 'P-REF', section: '6.4', kind: 'soft', op: 'eq', where: ['report', 'statistics table'] },
  { id: 'P-LIT', section: '6.4', kind: 'hard', op: 'eq', where: ['report', 'statistics table'] },
  { id: 'P-STAFF', section: '6.4', kind: 'hard', op: 'eq', where: ['report', 'statistics table'] },
  { id: 'P-SUB', section: '6.4', kind: 'hard', op: 'le', where: ['report'] },
  { id: 'P-CHAN', section: '6.4', kind: 'soft', op: 'le', where: ['report', 'statistics table'] },
  {
    id: 'P-FLOW',
    section: '6.4',
    kind: 'soft',
    op: 'eq',
    skipped: '"≈" with no tolerance: 办结 and 答复 differ by carry-over, which the table has no row for',
  },
  {
    id: 'P-TAB',
    section: '6.4',
    kind: 'hard',
    op: 'eq',
    where: ['statistics table'],
    note: 'a provincial table (Fujian/Putian) is checked row by row under the national ids above (its 其中 rows against their parent), and 本年度 ≤ 历年累计 bounds the split of a flattened or glued row (figures/flat-stat-table.ts)',
  },
];

const BY_ID = new Map(CHECK_SPECS.map((s) => [s.id, s]));

/** The spec of a check id: "T3-BAL.total" → T3-BAL. */
export function specOf(id: string): CheckSpec {
  const spec = BY_ID.get(id) ?? BY_ID.get(id.split('.')[0]!);
  if (!spec) throw new Error(`check ${id} names no identity of FORMATS.md §6 (checks/spec.ts)`);
  return spec;
}

export const severityOf = (id: string) => (specOf(id).kind === 'hard' ? 'error' : 'warning');

/** Whether Σ left and Σ right stand as the check's operator says, to the fen. */
export function holds(id: string, left: number, right: number): boolean {
  return specOf(id).op === 'le' ? left <= right + TOLERANCE : Math.abs(left - right) < TOLERANCE;
}

/** The operator as an expression prints it. */
export const opSymbol = (id: string) => (specOf(id).op === 'le' ? '≤' : '=');
