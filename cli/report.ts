// `disclosure report`: writes data/out/report.html from the database (also written by every
// `disclosure run` that changed something).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../pipeline/load/db.js';
import { writeReport } from '../pipeline/load/report/index.js';
import { ensureDictionary } from './dictionary.js';
import { UsageError } from './errors.js';

export const REPORT_HELP = `Usage: disclosure report [--db data/out/disclosure.sqlite] [--out data/out]

Writes report.html: one self-contained, offline page with charts (ECharts rendered to SVG)
of the yearly trends of the headline metrics, applications received per province, the
outcome mix of applications per year, reports per template per year and the data-quality
picture, each chart followed by the table behind it.

Options:
  --db FILE   SQLite database (default data/out/disclosure.sqlite)
  --out DIR   folder for report.html (default data/out)
  -h, --help  this help
`;

export async function reportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string', default: 'data/out/disclosure.sqlite' }, out: { type: 'string', default: 'data/out' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(REPORT_HELP);
    return 0;
  }
  if (!existsSync(values.db!)) throw new UsageError(`no database at ${values.db}; run 'disclosure run' first`);
  const db = openDatabase(values.db!);
  try {
    ensureDictionary(db);
    process.stdout.write(`wrote ${await writeReport(db, values.out!)}\n`);
    return 0;
  } finally {
    db.close();
  }
}
