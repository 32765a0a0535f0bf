// `disclosure export`: rewrite the CSVs from the database.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../pipeline/load/db.js';
import { writeExports } from '../pipeline/load/export.js';
import { UsageError } from './errors.js';

export const EXPORT_HELP = `Usage: disclosure export [--db data/out/disclosure.sqlite] [--out data/out]

Rewrites the CSV exports (UTF-8 with BOM, for Excel) from the database:
reports.csv (one row per report, headline metrics) and yearly_comparison.csv (bodies as
rows, years as column groups with the change from the previous year).

Options:
  --db FILE   SQLite database (default data/out/disclosure.sqlite)
  --out DIR   folder for the CSVs (default data/out)
  -h, --help  this help
`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string', default: 'data/out/disclosure.sqlite' }, out: { type: 'string', default: 'data/out' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(EXPORT_HELP);
    return 0;
  }
  if (!existsSync(values.db!)) throw new UsageError(`no database at ${values.db}; run 'disclosure run' first`);
  const db = openDatabase(values.db!);
  try {
    const files = writeExports(db, values.out!);
    process.stdout.write(`wrote ${files.join(', ')}\n`);
    return 0;
  } finally {
    db.close();
  }
}
