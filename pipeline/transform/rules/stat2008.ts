// Reading the 2008–2018 statistics tables' rows: label cores, the rule for a label in its
// section, and the table's own sums. The rows themselves are registry entries (metrics/stat2008.ts).
import { STAT_ROW_DEFS as STAT_ROWS, type StatRowRule } from '../metrics/stat2008.js';

export { STAT_ROWS, type StatRowRule };

/** The label without the 其中： lead-in and the list number ("其中：1、同意公开答复数" → 同意公开答复数). */
export function statLabelCore(label: string): string {
  return label.replace(/\s+/g, '').replace(/^其中[:：]?/, '').replace(/^(\d{1,2}|[（(]\d{1,2}[)）])[.、．]?(?=\D)/, '');
}

/** The rule for a row label; `parent` is the key of the section the row stands in. */
export function statRuleFor(label: string, parent?: string): StatRowRule | undefined {
  const core = statLabelCore(label);
  return STAT_ROWS.find((r) => r.label.test(core) && (!r.under || r.under === parent));
}

/** Section rows that reset the `under` context (一、… 九、 of the national table). */
export const STAT_SECTION = /^[一二三四五六七八九十]+、/;
export const UNIT_CELL = /^(条|件|次|篇|个|人|人次|万元|元|项)$/;

/**
 * The statistics table's own arithmetic: a parent row equals the sum of its direct sub-rows
 * (其中 / 1.–n.), keyless rows included (电子邮件申请数 has no key but is a channel). The
 * check applies only when every keyed sub-row is one the parent is the sum of: 主动公开政府信息数's
 * 其中 主动公开规范性文件数 is a part, not a partition.
 */
export interface StatSum {
  id: string;
  parent: string;
  children: RegExp;
}

export const STAT_SUMS: StatSum[] = [
  { id: 'P-TAB.proactive', parent: 'proactive.total', children: /^proactive\.via\./ },
  { id: 'P-TAB.received', parent: 'applications.received', children: /^applications\.channel\./ },
  { id: 'P-TAB.completed', parent: 'applications.completed', children: /^applications\.completed_/ },
  { id: 'P-TAB.handled', parent: 'applications.handled', children: /^applications\.(already_public|granted|partial|denied|not_this_agency|not_exist|correction_requested|other_route)$/ },
  { id: 'P-TAB.denied', parent: 'applications.denied', children: /^applications\.denied\./ },
  { id: 'P-TAB.reconsideration', parent: 'review.reconsideration.total', children: /^review\.reconsideration\./ },
  { id: 'P-TAB.litigation', parent: 'review.litigation.total', children: /^review\.litigation\./ },
  { id: 'P-TAB.staff', parent: 'capacity.staff', children: /^capacity\.staff_/ },
];
