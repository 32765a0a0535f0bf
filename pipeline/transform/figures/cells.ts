// Turns one table cell into a reading for a key, with the template rules for blank,
// "/" / "—" (not applicable), signs and money units. Shared by every table reader.
import type { MetricSet } from '../metric-set.js';
import { parseCell, toYuan } from '../numbers.js';
import type { RowView } from '../rows.js';

export interface CellTarget {
  key: string;
  rule: string;
  /** Unit the column is in when the cell states none (万元 or 元 for money keys). */
  moneyUnit?: string;
  signed?: boolean;
  /** A blank cell is a stated 0 (the template's rule); false where a blank is not certain. */
  blankIsZero?: boolean;
}

export function readCell(set: MetricSet, row: RowView, raw: string, t: CellTarget): void {
  const cell = parseCell(raw);
  const base = { key: t.key, raw, snippet: row.snippet, offset: row.offset, rule: t.rule };
  switch (cell.kind) {
    case 'blank':
      if (t.blankIsZero === false) {
        set.issues.push({
          code: 'uncertain_blank_cell',
          severity: 'info',
          message: `${t.key}: blank cell in columns placed by alignment; nothing stored`,
          cells: [t.key],
        });
        return;
      }
      set.add({ ...base, value: 0, flags: ['blank_cell'] });
      return;
    case 'not_applicable':
      set.issues.push({
        code: 'not_applicable_cell',
        severity: 'info',
        message: `${t.key}: cell "${cell.raw}" means not applicable; nothing stored`,
        cells: [t.key],
      });
      return;
    case 'text':
      set.issues.push({
        code: 'unreadable_cell',
        severity: 'warning',
        message: `${t.key}: cell "${cell.raw}" is not a number; nothing stored`,
        cells: [t.key],
      });
      return;
    case 'number': {
      if (cell.value < 0 && !t.signed) {
        set.issues.push({ code: 'negative_count', severity: 'error', message: `${t.key}: negative value ${cell.value} in a count cell`, cells: [t.key] });
      }
      const value = t.moneyUnit ? toYuan(cell.value, cell.unit ?? t.moneyUnit) : cell.value;
      set.add({ ...base, value, flags: [] });
    }
  }
}
