// `disclosure export`: rewrite the CSVs (and the workbook with --xlsx) from the database.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../pipeline/load/db.js';
import { EmptySelectionError, writeExports, writeWorkbook } from '../pipeline/load/export/index.js';
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
    const files = writeExports(db, values.out, opts);
    if (values.xlsx) {
      const book = path.join(values.out, 'disclosure.xlsx');
      await writeWorkbook(db, book, opts);
      files.push(book);
    }
    files.push(writeDatasetteMetadata(db, values.out, values.db));
    process.stdout.write(`wrote ${files.join(', ')}\n`);
    return 0;
  } catch (err) {
    // a filter that keeps nothing is the user's to fix, like a bad option
    if (err instanceof EmptySelectionError) throw new UsageError(err.message);
    throw err;
  } finally {
    db.close();
  }
}
