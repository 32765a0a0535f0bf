// `disclosure export`: rewrite the CSVs from the database.
import { existsSync } from 'node:fs';
import { openDatabase } from '../pipeline/load/db.js';
import { writeExports } from '../pipeline/load/export.js';
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
    const files = writeExports(db, values.out, {
      full: true,
      headers: values.headers,
      year: values.year === undefined ? undefined : Number(values.year),
      region: values.region,
      map: values.map,
    });
    process.stdout.write(`wrote ${files.join(', ')}\n`);
    return 0;
  } finally {
    db.close();
  }
}
