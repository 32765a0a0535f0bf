// `disclosure export`: rewrite the CSVs (and the workbook with --xlsx, the Parquet dataset with
// --parquet) from the database.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../pipeline/load/db.js';
import { EmptySelectionError, ParquetTargetError, writeExports, writeParquet, writeWorkbook, type ParquetPart } from '../pipeline/load/export/index.js';
import { writeDatasetteMetadata } from '../pipeline/load/datasette/index.js';
import { ensureDictionary } from './dictionary.js';
import { EXPORT } from './commands.js';
import { UsageError } from './errors.js';
import { helpText, parseCommand } from './options.js';

export async function exportCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand(EXPORT, argv);
  if (parsed.help) {
    process.stdout.write(helpText(EXPORT));
    return 0;
  }
  const { values } = parsed;
  if (!existsSync(values.db)) throw new UsageError(`no database at ${values.db}; run 'disclosure run' first`);
  const db = openDatabase(values.db);
  try {
    ensureDictionary(db);
    const opts = {
      full: true,
      lang: values.headers ?? values.lang,
      year: values.year === undefined ? undefined : Number(values.year),
      region: values.region,
      map: values.map,
    };
    // --parquet alone is a Parquet export; --out (or --xlsx) asks for the CSVs as well
    const csv = !values.parquet || values.xlsx || argv.some((a) => a === '--out' || a.startsWith('--out='));
    if (csv) {
      const files = writeExports(db, values.out, opts);
      if (values.xlsx) {
        const book = path.join(values.out, 'disclosure.xlsx');
        await writeWorkbook(db, book, opts);
        files.push(book);
      }
      files.push(writeDatasetteMetadata(db, values.out, values.db));
      process.stdout.write(`wrote ${files.join(', ')}\n`);
    }
    if (values.parquet) process.stdout.write(parquetSummary(values.parquet, await writeParquet(db, values.parquet, opts)));
    return 0;
  } catch (err) {
    // a filter that keeps nothing, or a --parquet folder that is not an export, is the user's to fix
    if (err instanceof EmptySelectionError || err instanceof ParquetTargetError) throw new UsageError(err.message);
    throw err;
  } finally {
    db.close();
  }
}

/** One line per table: its rows and partitions (`figures: 3,108 rows in 15 partitions`). */
function parquetSummary(dir: string, parts: readonly ParquetPart[]): string {
  const tables = [...new Set(parts.map((p) => p.table))].map((t) => {
    const mine = parts.filter((p) => p.table === t);
    const rows = mine.reduce((n, p) => n + p.rows, 0).toLocaleString('en');
    return `  ${t}: ${rows} rows${mine[0]!.year === undefined ? '' : ` in ${mine.length} partitions by report_year`}\n`;
  });
  return `wrote ${dir} (Parquet, ${parts.length} files)\n${tables.join('')}`;
}
