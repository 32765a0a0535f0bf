// metadata.json for Datasette (the tool many analysts open a SQLite file with), written beside
// the CSVs by every run and export: a title and description for every table and view (the
// views' from the grain comment of their sql/views file), a Chinese label, description and
// unit for every column, the search index declared on the paragraphs, and the example
// queries as canned queries. Generated from the database's own schema and dictionary, so it
// names nothing the database does not have.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { columnsOf, type DB } from '../db.js';
import { sqlDir } from '../migrate.js';
import { metricOfColumn, translator } from '../zh/index.js';
import { VALUE_ZH } from '../zh/values.js';
import { VIEWS, YEARLY } from '../export/tables.js';
import { exampleQueries } from './queries.js';

/** Tables an analyst reads directly, with what one row is. */
const TABLE_ABOUT: Record<string, string> = {
  reports: '报告：每个已读入的文件一行（身份、区划、格式）。A loaded file: identity, region, template.',
  source_files: '文件：输入目录中见过的每个文件，含状态与原因。Every file ever seen, with its status and reason.',
  metric_values: '数字：每个读出的数字一行，含原文、出处、规则。Every figure, with its raw text, snippet, offset and rule.',
  metric_flags: '数字标记：每个标记一行。A flag of a figure.',
  metric_dictionary: '指标字典：每个指标的中文名、单位、所在表格。Every canonical key: labels, unit, table, row, column.',
  validation_issues: '问题：勾稽关系不符、未读取的单元格等。Findings: failed identity checks, cells left absent.',
  bodies: "机关：每个机关（今日区划 + 机关名）一行。A body: today's region plus its organ.",
  body_aliases: '机关所署名称。Every name a body was printed under.',
  runs: '运行记录。One row per run.',
  report_paragraphs: '段落：每份报告的每个段落，可全文检索。Every paragraph of every report, full-text searchable.',
};

/** The description of each view: its file's grain comment (the lines before CREATE VIEW). */
function viewAbout(name: string): string | undefined {
  try {
    const text = readFileSync(path.join(sqlDir(), 'views', `${name.replace(/^v_/, '')}.sql`), 'utf8');
    return text
      .split('\n')
      .filter((l) => l.startsWith('-- ') && !l.startsWith('-- depends:'))
      .map((l) => l.slice(3).trim())
      .join(' ');
  } catch {
    return undefined;
  }
}

/** Tables and views an analyst sees: not SQLite's, not a full-text index's shadow tables. */
function relations(db: DB): Array<{ name: string; type: string; sql: string }> {
  const all = db
    .prepare(`SELECT name, type, sql FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as Array<{
    name: string;
    type: string;
    sql: string;
  }>;
  const virtual = all.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return all.filter((r) => !virtual.some((v) => r.name.startsWith(`${v}_`)));
}

/** The full-text index over a table, as Datasette needs it declared: the FTS table and its key. */
function ftsOf(db: DB, table: string): { fts_table: string; fts_pk: string } | undefined {
  const rows = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'`).all() as Array<{
    name: string;
    sql: string;
  }>;
  for (const r of rows) {
    const content = /content\s*=\s*["'[]?(\w+)/i.exec(r.sql)?.[1];
    if (content === table) return { fts_table: r.name, fts_pk: /content_rowid\s*=\s*["'[]?(\w+)/i.exec(r.sql)?.[1] ?? 'rowid' };
  }
  return undefined;
}

/** Views over an indexed table, with the column that is its key: Datasette searches them through the table's index. */
const FTS_VIEWS: Record<string, { table: string; pk: string }> = { v_paragraphs: { table: 'report_paragraphs', pk: 'paragraph_id' } };

function viewFts(db: DB, view: string): { fts_table: string; fts_pk: string } | Record<string, never> {
  const v = FTS_VIEWS[view]!;
  const fts = ftsOf(db, v.table);
  return fts ? { fts_table: fts.fts_table, fts_pk: v.pk } : {};
}

export interface DatasetteMetadata {
  title: string;
  description: string;
  databases: Record<string, { tables: Record<string, Record<string, unknown>>; queries: Record<string, { sql: string; title: string; description: string }> }>;
}

export function datasetteMetadata(db: DB, dbName: string): DatasetteMetadata {
  const zh = translator(db, 'zh');
  const units = new Map((db.prepare('SELECT key, unit FROM metric_dictionary').all() as Array<{ key: string; unit: string }>).map((r) => [r.key, r.unit]));
  const exported = new Map([...VIEWS.map((v) => [v.view, v] as const)]);
  const describe = (col: string): string => {
    const label = zh.header(col);
    const vocab = VALUE_ZH[col];
    const values = vocab
      ? `；取值 values: ${Object.entries(vocab)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`
      : '';
    // a headline metric as a column (proactive_total): its unit from the dictionary
    const key = metricOfColumn(col, units.keys());
    const unit = key ? `；单位 unit: ${units.get(key)}` : col === 'value' || col === 'count' ? '；单位见 metric_dictionary.unit (yuan for money)' : '';
    return `${label}${label === col ? '' : ` (${col})`}${unit}${values}`;
  };
  const tables: Record<string, Record<string, unknown>> = {};
  for (const r of relations(db)) {
    const v = exported.get(r.name);
    const about = r.type === 'view' ? viewAbout(r.name) : TABLE_ABOUT[r.name];
    const title = v ? `${v.sheetZh} (${v.file})` : r.name === 'metric_dictionary' ? '指标字典 (metric_dictionary)' : r.name;
    tables[r.name] = {
      title,
      ...(about ? { description: about } : {}),
      columns: Object.fromEntries(columnsOf(db, r.name).map((c) => [c, describe(c)])),
      ...(r.type === 'table' ? (ftsOf(db, r.name) ?? {}) : {}),
      ...(r.name in FTS_VIEWS ? viewFts(db, r.name) : {}),
      // internal bookkeeping stays out of the way of someone browsing the dataset
      ...(TABLE_ABOUT[r.name] || r.type === 'view' ? {} : { hidden: true }),
    };
  }
  const queries = Object.fromEntries(exampleQueries().map((q) => [q.name, { sql: q.sql, title: q.title, description: q.description }]));
  return {
    title: '政府信息公开工作年度报告数据集 (disclosure-stats)',
    description: `Figures of China's government information disclosure annual reports, each with the sentence or table row it was read from. 视图 v_* 为分析用表（${YEARLY.sheetZh}等见 CSV）。`,
    databases: { [dbName]: { tables, queries } },
  };
}

/** Writes <out>/metadata.json (renamed into place); returns its path. */
export function writeDatasetteMetadata(db: DB, outDir: string, dbFile: string): string {
  const file = path.join(outDir, 'metadata.json');
  // Datasette names a database by its file's name without the extension
  const name = path.basename(dbFile).replace(/\.[^.]+$/, '');
  writeFileSync(`${file}.tmp`, JSON.stringify(datasetteMetadata(db, name), null, 2) + '\n');
  renameSync(`${file}.tmp`, file);
  return file;
}
