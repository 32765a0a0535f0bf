// CSV as Excel in China opens it: UTF-8 with a BOM (without one Excel reads GBK and shows
// mojibake), formula-looking cells escaped, columns in a fixed order.
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import Papa from 'papaparse';

/**
 * Streams rows into a CSV a chunk at a time (a national database has millions of rows: they
 * never sit in memory together), then renames it into place. Returns the number of rows.
 */
export function writeCsvRows(file: string, columns: string[], rows: Iterable<Record<string, unknown>>, headers: string[] = columns): number {
  const fd = openSync(`${file}.tmp`, 'w');
  let n = 0;
  try {
    writeSync(fd, '\ufeff' + Papa.unparse([headers], { newline: '\r\n' }));
    let chunk: unknown[][] = [];
    const flush = () => {
      if (chunk.length) writeSync(fd, '\r\n' + Papa.unparse(chunk, { escapeFormulae: true, newline: '\r\n' }));
      chunk = [];
    };
    for (const r of rows) {
      chunk.push(columns.map((c) => r[c] ?? ''));
      n++;
      if (chunk.length >= 2000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(`${file}.tmp`, file);
  return n;
}
