// Reads the 2008–2018 statistics tables: one row rule per label (rules/stat2008.ts); the
// year column is the first value cell (never 历年累计); a unit cell of 万元 converts money.
import type { MetricSet } from '../metric-set.js';
import type { RowView } from '../rows.js';
import { STAT_ROWS, STAT_SECTION, UNIT_CELL } from '../rules/stat2008.js';
import { readCell } from './cells.js';

/** Rows that look like a statistics table row: a label, maybe a unit, then values. */
export function readStatTable(rows: RowView[], set: MetricSet): number {
  let parent: string | undefined;
  let matched = 0;
  for (const row of rows) {
    const unit = row.labels.find((l) => UNIT_CELL.test(l));
    const label = row.labels.filter((l) => !UNIT_CELL.test(l)).join('');
    if (!label) continue;
    const rule = STAT_ROWS.find((r) => r.label.test(label) && (!r.under || r.under === parent));
    if (STAT_SECTION.test(label)) parent = rule?.key;
    if (!rule) continue;
    if (!rule.under && STAT_SECTION.test(label)) parent = rule.key;
    if (!row.values.length) continue;
    matched++;
    const money = rule.unit === '万元' ? unit ?? rule.unit : undefined;
    readCell(set, row, row.values[0]!, { key: rule.key, rule: rule.id, moneyUnit: money });
  }
  return matched;
}
