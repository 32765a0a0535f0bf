// Checks a statistics table's parent rows against their sub-rows (STAT_SUMS below), on the
// table's rows rather than on the keys, so that a sub-row without a key still counts.
// The nesting is read from the labels' numbering: 一、 > （一）/ plain > 1. / 其中：1. > 其中：.
import { parseCell } from '../numbers.js';
import type { ValidationIssue } from '../report.js';
import { statLabelCore } from '../rules/stat2008.js';
import { holds, opSymbol, severityOf } from './spec.js';

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

/**
 * The statistics table's own arithmetic: a parent row against its direct sub-rows (其中 /
 * 1.–n.), keyless rows included (电子邮件申请数 has no key but is a channel). The check applies
 * only when every keyed sub-row is one the parent is made of: 主动公开政府信息数's 其中
 * 主动公开规范性文件数 is a part, not a partition. Ids, kinds and operators are §6's (spec.ts).
 */
export interface StatSum {
  id: string;
  parent: string;
  children: RegExp;
}

export const STAT_SUMS: StatSum[] = [
  { id: 'P-CHAN', parent: 'proactive.total', children: /^proactive\.via\./ },
  { id: 'P-CH', parent: 'applications.received', children: /^applications\.channel\./ },
  { id: 'P-DONE', parent: 'applications.completed', children: /^applications\.completed_/ },
  {
    id: 'P-ANS',
    parent: 'applications.handled',
    children: /^applications\.(already_public|granted|partial|denied|not_this_agency|not_exist|correction_requested|other_route)$/,
  },
  { id: 'P-REF', parent: 'applications.denied', children: /^applications\.denied\./ },
  { id: 'P-LIT.reconsideration', parent: 'review.reconsideration.total', children: /^review\.reconsideration\./ },
  { id: 'P-LIT.litigation', parent: 'review.litigation.total', children: /^review\.litigation\./ },
  { id: 'P-STAFF', parent: 'capacity.staff', children: /^capacity\.staff_/ },
];

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
    if (holds(sum.id, parent.value, right)) return;
    const op = opSymbol(sum.id);
    const names = kids.map((k) => k.key ?? statLabelCore(k.label));
    issues.push({
      code: 'source_inconsistent',
      severity: severityOf(sum.id),
      check: sum.id,
      message: `${sum.id}: ${parent.key} ${op} ${names.join(' + ')} fails in the statistics table (${parent.value} vs ${right})`,
      expression: `${parent.key} ${op} ${names.join(' + ')}`,
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
