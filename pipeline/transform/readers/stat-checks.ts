// Checks a statistics table's parent rows against their sub-rows (rules/stat2008.ts STAT_SUMS),
// on the table's rows rather than on the keys, so that a sub-row without a key still counts.
// The nesting is read from the labels' numbering: 一、 > （一）/ plain > 1. / 其中：1. > 其中：.
import { parseCell } from '../numbers.js';
import type { ValidationIssue } from '../report.js';
import { STAT_SUMS, statLabelCore } from '../rules/stat2008.js';

export interface StatLine {
  table: number;
  label: string;
  key?: string;
  /** The year cell as a number (a blank cell is a stated 0); undefined when unreadable or absent. */
  value?: number;
}

type Style = 'section' | 'paren' | 'plain' | 'num' | 'qizhong';
const RANK: Record<Style, number> = { section: 0, paren: 1, plain: 1, num: 2, qizhong: 3 };

function styleOf(label: string): Style {
  if (/^[一二三四五六七八九十]+、/.test(label)) return 'section';
  if (/^[（(][一二三四五六七八九十\d]+[)）]/.test(label)) return 'paren';
  if (/^(其中[:：]?)?\d{1,2}[.、．]/.test(label)) return 'num';
  if (/^其中/.test(label)) return 'qizhong';
  return 'plain';
}

/** A row's depth; a plain row right after a 其中 list continues that list (涉及商业秘密 …). */
function ranks(lines: StatLine[]): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    const s = styleOf(l.label);
    out.push(s === 'plain' && i > 0 && out[i - 1] === RANK.qizhong && lines[i - 1]!.table === l.table ? RANK.qizhong : RANK[s]);
  });
  return out;
}

export function statTableChecks(lines: StatLine[]): ValidationIssue[] {
  const rank = ranks(lines);
  const issues: ValidationIssue[] = [];
  lines.forEach((parent, i) => {
    const sum = STAT_SUMS.find((s) => s.parent === parent.key);
    if (!sum || parent.value === undefined) return;
    const kids: StatLine[] = [];
    const childRank = rank[i + 1];
    for (let j = i + 1; j < lines.length && lines[j]!.table === parent.table && rank[j]! > rank[i]!; j++) {
      if (rank[j] === childRank) kids.push(lines[j]!);
    }
    if (!kids.length || kids.some((k) => k.value === undefined || (k.key && !sum.children.test(k.key)))) return;
    const right = kids.reduce((a, k) => a + k.value!, 0);
    if (Math.abs(right - parent.value) < 0.005) return;
    const names = kids.map((k) => k.key ?? statLabelCore(k.label));
    issues.push({
      code: 'source_inconsistent',
      severity: 'error',
      check: sum.id,
      message: `${sum.id}: ${parent.key} = ${names.join(' + ')} fails in the statistics table (${parent.value} vs ${right})`,
      expression: `${parent.key} = ${names.join(' + ')}`,
      left: parent.value,
      right,
      delta: Math.round((parent.value - right) * 100) / 100,
      cells: [parent.key!, ...kids.flatMap((k) => (k.key ? [k.key] : []))],
    });
  });
  return issues;
}

export function lineValue(raw: string): number | undefined {
  const c = parseCell(raw);
  return c.kind === 'blank' ? 0 : c.kind === 'number' ? c.value : undefined;
}
