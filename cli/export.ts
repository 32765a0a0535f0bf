// `disclosure export`: rewrite the CSVs from the database.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../pipeline/load/db.js';
import { writeExports } from '../pipeline/load/export.js';
import { ensureDictionary } from './dictionary.js';
import { UsageError } from './errors.js';

export const EXPORT_HELP = `Usage: disclosure export [--db data/out/disclosure.sqlite] [--out data/out] [--headers en|zh] [--year YYYY] [--region CODE] [--map year|current]

Rewrites the CSV exports (UTF-8 with BOM, for Excel) from the database, one per view:
reports.csv (one row per file: copies of one report share a copy_group, one is_primary),
bodies.csv, yearly_comparison.csv (one row per body), region_year.csv, region_year_consolidated.csv,
applications.csv (表三 long form),
review.csv (表四), data_quality.csv, provenance.csv (every figure and where it came from)
and metric_dictionary.csv. Column order is stable between runs.

Options:
  --db FILE       SQLite database (default data/out/disclosure.sqlite)
  --out DIR       folder for the CSVs (default data/out)
  --headers zh    Chinese column headers from the metric dictionary (default en)
  --year YYYY     only that report year
  --region CODE   only that region and what lies below it (150000 内蒙古, 150700 呼伦贝尔市)
  --map current   region_year.csv on today's map (邵东县's 2018 report under 邵东市 430582);
                  default: the map as it stood in each report year (430521)
  -h, --help      this help
`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'data/out/disclosure.sqlite' },
      out: { type: 'string', default: 'data/out' },
      headers: { type: 'string', default: 'en' },
      year: { type: 'string' },
      region: { type: 'string' },
      map: { type: 'string', default: 'year' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(EXPORT_HELP);
    return 0;
  }
  if (values.headers !== 'en' && values.headers !== 'zh') throw new UsageError('--headers takes en or zh');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError('--year takes a year such as 2023');
  if (values.region !== undefined && !/^\d{6}(\d{3})?$/.test(values.region)) throw new UsageError('--region takes a 6- or 9-digit division code');
  if (values.map !== 'year' && values.map !== 'current') throw new UsageError('--map takes year or current');
  if (!existsSync(values.db!)) throw new UsageError(`no database at ${values.db}; run 'disclosure run' first`);
  const db = openDatabase(values.db!);
  try {
    ensureDictionary(db);
    const files = writeExports(db, values.out!, { full: true, headers: values.headers, year: values.year === undefined ? undefined : Number(values.year), region: values.region, map: values.map });
    process.stdout.write(`wrote ${files.join(', ')}\n`);
    return 0;
  } finally {
    db.close();
  }
}
