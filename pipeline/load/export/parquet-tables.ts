// The tables of the Parquet export, each stated once as data: where its rows come from, their
// order, whether it is partitioned by report year, and its columns with their Parquet types.
// The partition column (report_year) is not among a table's columns: Hive readers (DuckDB,
// pyarrow, Spark) take it from the folder name, and Spark refuses a column that is both in
// the files and in the path.
import type { SchemaElement } from 'hyparquet-writer';
import { HEADLINE_KEYS, unitOf } from '../../transform/metrics/index.js';

export type ParquetType = 'STRING' | 'INT32' | 'INT64' | 'DOUBLE' | 'BOOLEAN';
export type ParquetColumn = readonly [name: string, type: ParquetType];

export interface ParquetTable {
  /** The dataset's folder under the export's DIR. */
  name: 'reports' | 'figures' | 'bodies' | 'checks';
  /** A view, or a subquery in parentheses, that has every column (and report_year when byYear). */
  source: string;
  order: string;
  byYear: boolean;
  columns: readonly ParquetColumn[];
}

/** The Parquet schema element of each type: every column is OPTIONAL (SQLite NULL is a null). */
const ELEMENT: Record<ParquetType, Omit<SchemaElement, 'name'>> = {
  STRING: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  INT32: { type: 'INT32', repetition_type: 'OPTIONAL' },
  INT64: { type: 'INT64', repetition_type: 'OPTIONAL' },
  DOUBLE: { type: 'DOUBLE', repetition_type: 'OPTIONAL' },
  BOOLEAN: { type: 'BOOLEAN', repetition_type: 'OPTIONAL' },
};

/** A SQLite value as the column's type wants it (SQLite keeps booleans as 0/1, integers of REAL columns as numbers). */
export const CONVERT: Record<ParquetType, (v: unknown) => unknown> = {
  STRING: (v) => (v === null || v === undefined ? null : String(v)),
  INT32: (v) => (v === null || v === undefined ? null : Number(v)),
  INT64: (v) => (v === null || v === undefined ? null : BigInt(v as number)),
  DOUBLE: (v) => (v === null || v === undefined ? null : Number(v)),
  BOOLEAN: (v) => (v === null || v === undefined ? null : Boolean(v)),
};

export const schemaOf = (t: ParquetTable): SchemaElement[] => [
  { name: 'root', num_children: t.columns.length },
  ...t.columns.map(([name, type]) => ({ name, ...ELEMENT[type] })),
];

const text = (...names: string[]): ParquetColumn[] => names.map((n) => [n, 'STRING'] as const);
const double = (...names: string[]): ParquetColumn[] => names.map((n) => [n, 'DOUBLE'] as const);

/** The headline metrics of v_report_headline, as columns of reports: named as the view names them (money with _yuan). */
const HEADLINE = double(...HEADLINE_KEYS.map((k) => `${k.replaceAll('.', '_')}${unitOf(k) === 'yuan' ? '_yuan' : ''}`));

/** A figure with its provenance and the dictionary's dimensions (where it stands in the template). */
const FIGURES_SQL = `(SELECT p.report_id, p.report_year, p.body_id, p.body_name, p.region_code, p.template, p.file, p.is_primary, p.copy_group,
    p.key, d.table_id, d.row_key, d.column_key, p.unit, p.value, p.raw_text, p.flags, p.rule, p.snippet, p.offset
  FROM v_provenance p LEFT JOIN metric_dictionary d ON d.key = p.key)`;

export const PARQUET_TABLES: readonly ParquetTable[] = [
  {
    name: 'reports',
    source: 'v_report_headline',
    order: 'body_id, is_primary DESC, file',
    byYear: true,
    columns: [
      ['report_id', 'INT64'],
      ...text('file', 'body_id', 'body_name', 'body_name_printed', 'body_full_name', 'body_level', 'body_kind', 'scope', 'template'),
      ...text('period_start', 'period_end', 'published_on'),
      ...text('region_code', 'province', 'prefecture', 'county', 'township', 'region_confidence', 'region_code_current'),
      ['copy_group', 'INT64'],
      ['is_primary', 'BOOLEAN'],
      ...HEADLINE,
      ['failing_checks', 'INT32'],
      ['figures', 'INT32'],
    ],
  },
  {
    name: 'figures',
    source: FIGURES_SQL,
    // a report's figures together, in the primary key's order: SQLite reads them sorted (by
    // key instead, a year of 76,000 figures took 4.8 s to sort rather than 0.2 s to read)
    order: 'report_id, key',
    byYear: true,
    columns: [
      ['report_id', 'INT64'],
      ...text('body_id', 'body_name', 'region_code', 'template', 'file'),
      ['is_primary', 'BOOLEAN'],
      ['copy_group', 'INT64'],
      ...text('key', 'table_id', 'row_key', 'column_key', 'unit'),
      ['value', 'DOUBLE'],
      ...text('raw_text', 'flags', 'rule', 'snippet'),
      ['offset', 'INT32'],
    ],
  },
  {
    name: 'bodies',
    source: 'v_bodies',
    order: 'region_code, body_id',
    byYear: false,
    columns: [
      ...text('body_id', 'name', 'organ', 'kind', 'level', 'region_code', 'province', 'prefecture', 'county'),
      ['first_year', 'INT32'],
      ['last_year', 'INT32'],
      ['reports', 'INT32'],
      ['aliases', 'STRING'],
    ],
  },
  {
    name: 'checks',
    source: 'v_findings',
    order: 'report_id, finding_id',
    byYear: true,
    columns: [
      ['finding_id', 'INT64'],
      ['report_id', 'INT64'],
      ...text('file', 'body_id', 'body_name', 'region_code'),
      ['is_primary', 'BOOLEAN'],
      ...text('code', 'severity', 'check_id', 'message', 'expression'),
      ...double('left_value', 'right_value', 'delta'),
      ['cells', 'STRING'],
    ],
  },
];
