// `disclosure report`: writes data/out/report.html from the database (also written by every
// `disclosure run` that changed something).
import { existsSync } from 'node:fs';
import { openDatabase } from '../pipeline/load/db.js';
import { writeReport } from '../pipeline/load/report/index.js';
import { ensureDictionary } from './dictionary.js';
import { REPORT } from './commands.js';
import { UsageError } from './errors.js';
import { helpText, parseCommand } from './options.js';

export async function reportCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand(REPORT, argv);
  if (parsed.help) {
    process.stdout.write(helpText(REPORT));
    return 0;
  }
  const { values } = parsed;
  if (!existsSync(values.db)) throw new UsageError(`no database at ${values.db}; run 'disclosure run' first`);
  const db = openDatabase(values.db);
  try {
    ensureDictionary(db);
    process.stdout.write(`wrote ${await writeReport(db, values.out, { lang: values.lang, bodySections: values.bodies })}\n`);
    return 0;
  } finally {
    db.close();
  }
}
