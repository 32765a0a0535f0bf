// Template tables in glued text (web 文字版, crawler dumps), where every cell boundary is
// gone: "一、本年新收政府信息公开申请数量640020470". The identities pick out the split:
// each 表三 row's 总计 is the sum of its six applicant cells, each column balances
// (一 + 二 = （七） + 四, （七） = Σ results), each 表四 block's 总计 = Σ its four results.
// A split is accepted only when it is the unique one that satisfies them; otherwise the
// cells stay absent and an `ambiguous_glued_row` issue says why. 表二 has no same-year
// identity: a row is read only when its digits have a single reading.
import type { Document } from '../../extract/model.js';
import type { MetricSet } from '../metric-set.js';
import { toYuan } from '../numbers.js';
import { splitRun } from '../glued/split.js';
import { GLUED_T3, GLUED_T4, gluedT2Labels, spaced } from '../glued/labels.js';
import { MONEY_KEYS, SIGNED_KEY, T2_ROW_DEFS, T3_COLUMNS, T4_KEYS, t2Keys } from '../metrics/index.js';
import { t3ResultRows } from '../metrics/index.js';
import type { GovTemplate } from '../report.js';

const MAX_COMBINATIONS = 200_000;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

interface GluedRow {
  row: string;
  start: number;
  run: string;
  snippet: string;
  candidates: number[][];
}

/** Finds each label in order and the run of digits that follows it. */
function locateRows(text: string, template: GovTemplate): GluedRow[] {
  const first = new RegExp(`${spaced('本年新收政府信息公开申请数量')}(?=\\s*\\d)`).exec(text);
  if (!first) return [];
  // first the labels, each searched after the previous one; then the digits between them,
  // so that a list number ("2.其他法律…") is never read as the previous row's last digit
  let pos = first.index;
  const found: Array<{ row: string; start: number; end: number }> = [];
  for (const label of GLUED_T3[template]) {
    const re = new RegExp(spaced(label.pattern), 'g');
    re.lastIndex = pos;
    const m = re.exec(text);
    // a label that is not within reach belongs to another part of the page
    if (!m || m.index - pos > 200) continue;
    found.push({ row: label.row, start: m.index, end: m.index + m[0].length });
    pos = m.index + m[0].length;
  }
  const rows: GluedRow[] = [];
  found.forEach((f, i) => {
    const limit = found[i + 1]?.start ?? f.end + 80;
    const run = /^[\d ]*/.exec(text.slice(f.end, limit))![0];
    if (!run.trim()) return;
    const candidates = splitRun(run, 7, { accept: (n) => sum(n.slice(0, 6)) === n[6], limit: 50 });
    rows.push({ row: f.row, start: f.start, run, snippet: text.slice(f.start, f.end + run.length), candidates });
  });
  return rows;
}

type Constraint = (pick: Map<string, number[]>) => boolean | undefined;

/** Column identities; undefined when a row they need is missing. */
function columnConstraints(template: GovTemplate, withResults: boolean): Constraint[] {
  const cols = T3_COLUMNS.map((_, i) => i);
  const bal: Constraint = (p) => {
    const [a, b, c, d] = ['received', 'carried_over', 'handled', 'carried_forward'].map((r) => p.get(r));
    if (!a || !b || !c || !d) return undefined;
    return cols.every((i) => a[i]! + b[i]! === c[i]! + d[i]!);
  };
  const res: Constraint = (p) => {
    const h = p.get('handled');
    const parts = t3ResultRows(template).map((r) => p.get(r));
    if (!h || parts.some((x) => !x)) return undefined;
    return cols.every((i) => h[i] === sum(parts.map((x) => x![i]!)));
  };
  return withResults ? [bal, res] : [bal];
}

/** The rows whose split is the same in every assignment that satisfies the identities. */
function solve(rows: GluedRow[], template: GovTemplate): Map<string, number[]> {
  const fixed = new Map<string, number[]>();
  const open = rows.filter((r) => r.candidates.length > 1);
  for (const r of rows) if (r.candidates.length === 1) fixed.set(r.row, r.candidates[0]!);
  const combos = open.reduce((n, r) => n * r.candidates.length, 1);
  if (!open.length || combos > MAX_COMBINATIONS) return fixed;
  for (const withResults of [true, false]) {
    const constraints = columnConstraints(template, withResults);
    const agreed = new Map<string, string | null>();
    let solutions = 0;
    const pick = new Map(fixed);
    const rec = (i: number) => {
      if (i === open.length) {
        if (constraints.every((c) => c(pick) !== false)) {
          solutions++;
          for (const r of open) {
            const v = JSON.stringify(pick.get(r.row));
            agreed.set(r.row, agreed.has(r.row) && agreed.get(r.row) !== v ? null : v);
          }
        }
        return;
      }
      for (const c of open[i]!.candidates) {
        pick.set(open[i]!.row, c);
        rec(i + 1);
      }
    };
    rec(0);
    if (!solutions) continue; // the published table breaks T3-RES: try the balance alone
    const out = new Map(fixed);
    for (const [row, v] of agreed) if (v) out.set(row, JSON.parse(v) as number[]);
    return out;
  }
  return fixed;
}

function readGluedT3(doc: Document, template: GovTemplate, set: MetricSet): void {
  const rows = locateRows(doc.text, template);
  if (!rows.length) return;
  const solved = solve(rows, template);
  for (const r of rows) {
    const nums = solved.get(r.row);
    if (!nums) {
      set.issues.push({
        code: 'ambiguous_glued_row',
        severity: 'warning',
        message: `表三 ${r.row}: glued digits "${r.run.trim()}" have ${r.candidates.length === 0 ? 'no split' : `${r.candidates.length} splits`} that satisfy the identities; cells left absent`,
        cells: T3_COLUMNS.map((c) => `applications.${r.row}.${c}`),
      });
      continue;
    }
    T3_COLUMNS.forEach((col, i) =>
      set.add({
        key: `applications.${r.row}.${col}`,
        value: nums[i]!,
        raw: r.run.trim(),
        snippet: r.snippet,
        offset: r.start,
        rule: `t3.glued.${r.row}`,
        flags: [],
      }),
    );
  }
}

function readGluedT4(doc: Document, set: MetricSet): void {
  const m = GLUED_T4.exec(doc.text);
  if (!m || !m[1]!.trim()) return;
  const run = m[1]!;
  const blockOk = (n: number[]) => n.length % 5 !== 0 || n[n.length - 1] === sum(n.slice(n.length - 5, n.length - 1));
  const splits = splitRun(run, 15, { prefixOk: blockOk, limit: 2 });
  if (splits.length !== 1) {
    set.issues.push({
      code: 'ambiguous_glued_row',
      severity: 'warning',
      message: `表四: glued digits "${run.trim()}" have ${splits.length ? 'several splits' : 'no split'} that satisfy T4-SUM; cells left absent`,
      cells: T4_KEYS,
    });
    return;
  }
  T4_KEYS.forEach((key, i) => set.add({ key, value: splits[0]![i]!, raw: run.trim(), snippet: m[0], offset: m.index, rule: 't4.glued', flags: [] }));
}

function readGluedT2(doc: Document, template: GovTemplate, set: MetricSet): void {
  const start = doc.text.search(/第二十条第\s*\(/);
  if (start < 0) return;
  const end = doc.text.indexOf('本年新收', start);
  const region = doc.text.slice(start, end < 0 ? start + 3000 : end);
  let pos = 0;
  for (const label of gluedT2Labels(template)) {
    const re = new RegExp(`${spaced(label.pattern)}(?=\\s*[-+\\d])`, 'g');
    re.lastIndex = pos;
    const m = re.exec(region);
    if (!m) continue;
    const after = region.slice(m.index + m[0].length);
    const vm = /^[\s\d.+-]*\d(?:\s*(万元|元))?/.exec(after);
    if (!vm) continue;
    pos = m.index + m[0].length + vm[0].length;
    const rule = T2_ROW_DEFS.find((r) => r.id === label.id)!;
    const keys = t2Keys(rule, template);
    const unit = vm[1];
    const digits = vm[0].replace(/\s*(万元|元)$/, '');
    const splits = splitRun(digits, keys.length, {
      signed: keys.some((k) => SIGNED_KEY.test(k)),
      decimals: keys.some((k) => MONEY_KEYS.has(k)),
      limit: 2,
      // a sign only in a 本年增/减 column, a decimal only in a money column
      accept: (nums) => nums.every((v, i) => (v >= 0 || SIGNED_KEY.test(keys[i]!)) && (Number.isInteger(v) || MONEY_KEYS.has(keys[i]!))),
    });
    const offset = start + m.index;
    if (splits.length !== 1) {
      set.issues.push({
        code: 'ambiguous_glued_row',
        severity: 'warning',
        message: `表二 ${label.id}: glued "${vm[0].trim()}" has several readings; cells left absent`,
        cells: keys,
      });
      continue;
    }
    keys.forEach((key, i) => {
      const v = splits[0]![i]!;
      const value = MONEY_KEYS.has(key) ? toYuan(v, unit ?? rule.moneyUnit?.[template] ?? '元') : v;
      set.add({ key, value, raw: vm[0].trim(), snippet: region.slice(m.index, pos), offset, rule: `${label.id}.glued`, flags: [] });
    });
  }
}

/** Reads whichever template table the table blocks did not provide. */
export function readGluedTables(doc: Document, template: GovTemplate, set: MetricSet): void {
  if (!set.has('applications.received.total')) readGluedT3(doc, template, set);
  if (!set.has('review.reconsideration.total')) readGluedT4(doc, set);
  if (!T2_ROW_DEFS.some((r) => t2Keys(r, template).some((k) => set.has(k)))) readGluedT2(doc, template, set);
}
