// Reading the 2008–2018 statistics tables' rows: label cores, the rule for a label in its
// section, and the table's own sums. The rows themselves are registry entries (metrics/stat2008.ts).
import { STAT_ROW_DEFS, type StatRowRule } from '../metrics/stat2008.js';

/** The label without the 其中： lead-in and the list number ("其中：1、同意公开答复数" → 同意公开答复数). */
export function statLabelCore(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^(\d{1,2}|[（(]\d{1,2}[)）])[.、．]?(?=\D)/, '');
}

/** The rule for a row label; `parent` is the key of the section the row stands in. */
export function statRuleFor(label: string, parent?: string): StatRowRule | undefined {
  const core = statLabelCore(label);
  return STAT_ROW_DEFS.find((r) => r.label.test(core) && (!r.under || r.under === parent));
}

/** Section rows that reset the `under` context (一、… 九、 of the national table). */
export const STAT_SECTION = /^[一二三四五六七八九十]+、/;
export const UNIT_CELL = /^(条|件|次|篇|个|人|人次|万元|元|项)$/;
