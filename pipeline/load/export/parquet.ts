// The Parquet export, for a dataset that outgrows SQLite: reports, figures (long form), bodies
// and checks as Parquet files partitioned by report year, Hive style
// (DIR/figures/report_year=2023/part-0.parquet; a report without a year goes to
// report_year=__HIVE_DEFAULT_PARTITION__, the Hive and Spark name for a null), which DuckDB,
// pyarrow/pandas and Spark read as one dataset per table. Rows are streamed from SQLite, one
// query per table and year, and written in row groups of ROW_GROUP rows, so a national
// table never sits in memory. The folder is written beside DIR and renamed into place.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import type { DB } from '../db.js';
import { CONVERT, PARQUET_TABLES, schemaOf, type ParquetTable } from './parquet-tables.js';
import { assertSelects, selectedYears, termsOf, type Selection } from './selection.js';

export { selectedYears } from './selection.js';

export { PARQUET_TABLES, type ParquetTable } from './parquet-tables.js';

/**
 * Rows per row group: bounds the memory of a write (a group's columns are held while it is
 * encoded). At 10,000 reports the export peaked at 216 MB with groups of 10,000 rows, 340 MB
 * with 50,000, 453 MB with a year's 78,000 figures in one (BENCHMARKS.md).
 */
export const ROW_GROUP = 50_000;
/** The Hive and Spark name of the partition of a null value. */
export const NULL_PARTITION = '__HIVE_DEFAULT_PARTITION__';

export interface ParquetOptions extends Selection {
  /** Rows per row group (tests make it small to write several). */
  rowGroup?: number;
}

export interface ParquetPart {
  table: ParquetTable['name'];
  /** The partition's report year; null for reports without one; undefined for a table not partitioned. */
  year?: number | null;
  file: string;
  rows: number;
}

export const partitionDir = (year: number | null) => `report_year=${year ?? NULL_PARTITION}`;

/** The rows of a table, or of one of its year partitions, in its order. */
function rowsOf(db: DB, t: ParquetTable, sel: Selection, year?: number | null): Iterable<Record<string, unknown>> {
  const names = t.columns.map(([n]) => n);
  const { terms, params } = termsOf(t.byYear ? [...names, 'report_year'] : names, sel);
  if (year === null) terms.push('report_year IS NULL');
  else if (year !== undefined) {
    terms.push('report_year = ?');
    params.push(year);
  }
  const where = terms.length ? `WHERE ${terms.join(' AND ')}` : '';
  return db.prepare(`SELECT ${names.join(', ')} FROM ${t.source} ${where} ORDER BY ${t.order}`).iterate(...params) as Iterable<Record<string, unknown>>;
}

/** Writes rows to one Parquet file, a row group per `rowGroup` rows; returns how many. */
async function writeFile(file: string, t: ParquetTable, rows: Iterable<Record<string, unknown>>, rowGroup: number): Promise<number> {
  mkdirSync(path.dirname(file), { recursive: true });
  const writer = new ParquetWriter({ writer: fileWriter(file), schema: schemaOf(t) });
  let batch: unknown[][] = t.columns.map(() => []);
  let n = 0;
  const flush = async () => {
    if (!batch[0]!.length) return;
    await writer.write({ columnData: t.columns.map(([name], i) => ({ name, data: batch[i]! })), rowGroupSize: rowGroup });
    batch = t.columns.map(() => []);
  };
  for (const r of rows) {
    t.columns.forEach(([name, type], i) => batch[i]!.push(CONVERT[type](r[name])));
    if (++n % rowGroup === 0) await flush();
  }
  await flush();
  // a partition without rows still gets its file (schema, no row group): every table reads
  // the same years, and a glob over a table never matches nothing
  await writer.finish();
  return n;
}

/** The folder named for the dataset cannot take it (it holds other files): the user's to fix. */
export class ParquetTargetError extends Error {
  override readonly name = 'ParquetTargetError';
}

/** The folder's entries are all tables of an export (or it is empty): safe to replace. */
function assertReplaceable(dir: string): void {
  if (!existsSync(dir)) return;
  const names = new Set<string>(PARQUET_TABLES.map((t) => t.name));
  const other = readdirSync(dir).filter((f) => !names.has(f));
  // a mistyped --parquet (data/out, a home folder) must not be deleted
  if (other.length) throw new ParquetTargetError(`${dir} holds files that are not a Parquet export (${other.slice(0, 3).join(', ')}); not replaced`);
}

/**
 * Writes the dataset to `dir`, replacing an earlier export there. The files are written to
 * `dir.tmp`, then the old folder is moved aside and the new one renamed into place: a reader
 * sees the old dataset or the new one, never half of one. Returns the files written.
 */
export async function writeParquet(db: DB, dir: string, opts: ParquetOptions = {}): Promise<ParquetPart[]> {
  assertSelects(db, opts);
  const tmp = `${dir}.tmp`;
  const old = `${dir}.old`;
  for (const d of [dir, tmp, old]) assertReplaceable(d);
  rmSync(tmp, { recursive: true, force: true });
  const rowGroup = opts.rowGroup ?? ROW_GROUP;
  const years = selectedYears(db, opts);
  const parts: ParquetPart[] = [];
  try {
    mkdirSync(tmp, { recursive: true });
    for (const t of PARQUET_TABLES) {
      for (const year of t.byYear ? years : [undefined]) {
        const rel = path.join(t.name, year === undefined ? '' : partitionDir(year), 'part-0.parquet');
        const rows = await writeFile(path.join(tmp, rel), t, rowsOf(db, t, opts, year), rowGroup);
        parts.push({ table: t.name, ...(year === undefined ? {} : { year }), file: path.join(dir, rel), rows });
      }
    }
    rmSync(old, { recursive: true, force: true });
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  return parts;
}
