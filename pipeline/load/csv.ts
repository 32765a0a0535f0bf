// CSV as Excel in China opens it: UTF-8 with a BOM (without one Excel reads GBK and shows
// mojibake), formula-looking cells escaped, columns in a fixed order.
import { writeFileSync, renameSync } from 'node:fs';
import Papa from 'papaparse';

export function toCsv(columns: string[], rows: Array<Record<string, unknown>>, headers: string[] = columns): string {
  const data = rows.map((r) => columns.map((c) => r[c] ?? ''));
  return '\ufeff' + Papa.unparse({ fields: headers, data }, { escapeFormulae: true, newline: '\r\n' });
}

/** Written beside and renamed, so a reader never sees half a file. */
export function writeCsv(file: string, columns: string[], rows: Array<Record<string, unknown>>, headers?: string[]): void {
  writeFileSync(`${file}.tmp`, toCsv(columns, rows, headers));
  renameSync(`${file}.tmp`, file);
}
