// Reads a flattened 2008–2018 statistics table (glued/flat-stat.ts) into table rows for the
// statistics-table reader. Spaced rows are read as printed. Glued rows ("条4251516") have
// several readings; the table's own structure picks one:
//   hard  — 本年度 ≤ 历年累计 in every row; a 其中 row ≤ its parent, column by column;
//   soft  — parent = Σ its 其中 rows (publishers break it: 平潭 2012 2026 ≠ 1795 + 0), then
//           agreement with the figure the report's own prose states for the same key.
// A row is read only when every best-scoring assignment gives it the same cells; otherwise
// it stays absent with an `ambiguous_glued_row` issue.
import type { Document } from '../../extract/model.js';
import { findFlatStatTable, type FlatColumn, type FlatRow } from '../glued/flat-stat.js';
import { splitRun } from '../glued/split.js';
import { TOLERANCE } from '../metrics/index.js';
import type { ValidationIssue } from '../report.js';
import type { RowView } from '../rows.js';
import { statRuleFor } from '../rules/stat2008.js';

type Cells = Array<number | null>;
const MAX_COMBINATIONS = 100_000;

interface Slot {
  row: FlatRow;
  key?: string;
  candidates: Cells[];
}

/** Every reading of a row's run as one value per column (null = blank cell). */
function readings(row: FlatRow, columns: FlatColumn[], glued: boolean): Cells[] {
  const n = columns.length;
  if (!row.run) return [columns.map(() => null)];
  const toks = row.run.split(/\s+/);
  const decimals = row.unit.endsWith('元');
  let out: Cells[] = [];
  if (!glued && toks.length === n) out = [toks.map(Number)];
  else if (glued && toks.length === 1 && toks[0]!.length > 1) out = splitRun(row.run, n, { decimals, limit: 64 });
  // one cell printed, the others blank: it may stand in any column
  if (!out.length && toks.length === 1 && (!glued || toks[0]!.length === 1)) {
    out = columns.map((_, i) => columns.map((__, j) => (i === j ? Number(toks[0]) : null)));
  }
  const y = columns.indexOf('year');
  const c = columns.indexOf('cumulative');
  // the running total includes this year: 本年度 ≤ 历年累计
  return out.filter(
    (cells) => cells.every((v) => v === null || Number.isFinite(v)) && (c < 0 || cells[y] == null || cells[c] == null || cells[y]! <= cells[c]!),
  );
}

/** A parent row followed by its 其中 rows; a row without children is a group of one. */
function groups(slots: Slot[]): Slot[][] {
  const out: Slot[][] = [];
  for (const s of slots) {
    if (s.row.child && out.length) out[out.length - 1]!.push(s);
    else out.push([s]);
  }
  return out;
}

function score(pick: Cells[], group: Slot[], yearCol: number, hint: (key: string) => number | undefined): number[] | undefined {
  const [parent, ...children] = pick;
  let balanced = children.length > 0;
  for (let c = 0; c < parent!.length; c++) {
    const p = parent![c];
    const kids = children.map((k) => k[c]);
    // a 其中 row never exceeds its parent
    if (p != null && kids.some((k) => k != null && k > p)) return undefined;
    const sum = kids.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (p == null || Math.abs(sum - p) > TOLERANCE) balanced = false;
  }
  // the sum counts only when it holds in every column: small numbers balance one column by chance
  const prose = group.filter((s, i) => s.key !== undefined && hint(s.key) === pick[i]![yearCol]).length;
  return [balanced ? 1 : 0, prose];
}

const better = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]!;

/** The cells of each row that are the same in every best-scoring assignment; undefined = ambiguous. */
function solveGroup(group: Slot[], yearCol: number, hint: (key: string) => number | undefined): Array<Cells | undefined> {
  const total = group.reduce((n, s) => n * Math.max(1, s.candidates.length), 1);
  if (group.some((s) => !s.candidates.length) || total > MAX_COMBINATIONS) {
    return group.map((s) => (s.candidates.length === 1 ? s.candidates[0] : undefined));
  }
  let best: number[] | undefined;
  let seen: Array<Set<string>> = [];
  const pick: Cells[] = [];
  const walk = (i: number): void => {
    if (i === group.length) {
      const sc = score(pick, group, yearCol, hint);
      if (!sc) return;
      const cmp = best ? better(sc, best) : 1;
      if (cmp > 0) {
        best = sc;
        seen = group.map(() => new Set<string>());
      }
      if (cmp >= 0) pick.forEach((cells, j) => seen[j]!.add(JSON.stringify(cells)));
      return;
    }
    for (const c of group[i]!.candidates) {
      pick.push(c);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return group.map((_, j) =>
    decided(
      [...(seen[j] ?? [])].map((x) => JSON.parse(x) as Cells),
      yearCol,
    ),
  );
}

/** One reading, or readings that differ only where a blank and a 0 are the same year figure. */
function decided(readings: Cells[], yearCol: number): Cells | undefined {
  if (readings.length === 1) return readings[0];
  const years = new Set(readings.map((r) => r[yearCol] ?? 0));
  if (readings.length === 0 || years.size !== 1) return undefined;
  return readings[0]!.map((_, i) => (i === yearCol ? [...years][0]! : null));
}

const cellText = (v: number | null | undefined) => (v == null ? '' : String(v));

/** Table rows (year column first) of every flattened statistics table in the prose. */
export function flatStatRows(doc: Document, hint: (key: string) => number | undefined, issues: ValidationIssue[]): RowView[] {
  const out: RowView[] = [];
  let tableIndex = -1; // flattened tables count down from -1, apart from the real tables
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('指标名称')) continue;
    const table = findFlatStatTable(b.text);
    if (!table) continue;
    tableIndex--;
    const yearCol = table.columns.indexOf('year');
    const cumCol = table.columns.indexOf('cumulative');
    const slots: Slot[] = table.rows.map((row) => ({ row, key: statRuleFor(row.label)?.key, candidates: readings(row, table.columns, table.glued) }));
    for (const group of groups(slots)) {
      const solved = solveGroup(group, yearCol, hint);
      group.forEach((slot, i) => {
        const cells = solved[i];
        if (!cells) {
          issues.push({
            code: 'ambiguous_glued_row',
            severity: 'warning',
            message: `statistics row "${slot.row.snippet}" has ${slot.candidates.length || 'no'} readings the table cannot decide between; not read`,
            cells: slot.key ? [slot.key] : undefined,
          });
          return;
        }
        out.push({
          labels: [slot.row.lead + slot.row.label, slot.row.unit],
          values: [cellText(cells[yearCol]), ...(cumCol >= 0 ? [cellText(cells[cumCol])] : [])],
          snippet: slot.row.snippet,
          offset: b.offset + slot.row.start,
          tableIndex,
          via: table.glued ? 'glued' : 'flat',
        });
      });
    }
  }
  return out;
}
