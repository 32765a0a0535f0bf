// Exports of the analyst views: CSV (UTF-8 with BOM, for Excel), one file per view, and an
// .xlsx workbook with a sheet per view. Column order is the view's, stable between runs.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DB } from '../db.js';
import { writeCsvRows } from '../csv.js';
import { translator } from '../zh/index.js';
import { assertSelects } from './selection.js';
import { viewTables, type ExportOptions } from './tables.js';

export { EmptySelectionError, regionPrefix, type Selection } from './selection.js';
export { VIEWS, YEARLY, type ExportOptions, type ExportTable } from './tables.js';
export { writeWorkbook } from './workbook.js';
export {
  NULL_PARTITION,
  PARQUET_TABLES,
  ParquetTargetError,
  partitionDir,
  ROW_GROUP,
  writeParquet,
  type ParquetOptions,
  type ParquetPart,
  type ParquetTable,
} from './parquet.js';

export { exportFiles } from './files.js';

export function writeExports(db: DB, outDir: string, opts: ExportOptions = {}): string[] {
  assertSelects(db, opts);
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const t of viewTables(db, translator(db, opts.lang ?? 'en'), opts)) {
    const file = path.join(outDir, t.file);
    writeCsvRows(file, t.columns, t.rows, t.headers);
    written.push(file);
  }
  return written;
}
