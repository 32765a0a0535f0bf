// Reads the 2008–2018 statistics tables: one row rule per label (rules/stat2008.ts); the
// year column is the first value cell (never 历年累计); a unit cell of 万元 converts money.
import type { MetricSet } from '../metric-set.js';
import type { RowView } from '../rows.js';
import { STAT_SECTION, UNIT_CELL, statRuleFor } from '../rules/stat2008.js';
import { readCell } from './cells.js';
import { lineValue, statTableChecks, type StatLine } from '../checks/stat-table.js';

/** Rows that look like a statistics table row: a label, maybe a unit, then values. */
export function readStatTable(rows: RowView[], set: MetricSet): number {
  let parent: string | undefined;
  let matched = 0;
  const lines: StatLine[] = [];
  for (const row of rows) {
    const unit = row.labels.find((l) => UNIT_CELL.test(l));
    const label = row.labels.filter((l) => !UNIT_CELL.test(l)).join('');
    if (!label) continue;
    const rule = statRuleFor(label, parent);
    if (STAT_SECTION.test(label)) parent = rule?.key;
    lines.push({ table: row.tableIndex, label, key: rule?.key, value: row.values.length ? lineValue(row.values[0]!) : undefined });
    if (!rule) continue;
    if (!rule.under && STAT_SECTION.test(label)) parent = rule.key;
    if (!row.values.length) continue;
    matched++;
    const money = rule.unit === '万元' ? (unit ?? rule.unit) : undefined;
    // a row rebuilt from flattened text says so in its rule id (stat.….:glued)
    readCell(set, row, row.values[0]!, { key: rule.key, rule: row.via ? `${rule.id}:${row.via}` : rule.id, moneyUnit: money });
  }
  // only a table that is a statistics table is checked (three rows read, as detectTemplate asks)
  if (matched >= 3) set.issues.push(...statTableChecks(lines));
  return matched;
}
