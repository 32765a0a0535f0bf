// Writes the metric dictionary the transform stage generates from its rule tables.
import type { MetricDef } from '../transform/metrics/index.js';
import type { DB } from './db.js';

const COLUMNS = 'key, label_zh, label_en, unit, templates, comparable, caveat, headline_rank, table_id, row_key, column_key';

/** Writes the dictionary when it differs from the stored one (a run over unchanged files writes nothing). */
export function writeDictionary(db: DB, entries: readonly MetricDef[]): void {
  const rows = entries.map((e) => [
    e.key,
    e.label_zh,
    e.label_en,
    e.unit,
    e.templates.join(','),
    e.comparable ? 1 : 0,
    e.caveat,
    e.headline_rank,
    e.table,
    e.row,
    e.column,
  ]);
  const stored = db.prepare(`SELECT ${COLUMNS} FROM metric_dictionary ORDER BY rowid`).raw(true).all();
  if (JSON.stringify(stored) === JSON.stringify(rows)) return;
  db.transaction(() => {
    db.prepare('DELETE FROM metric_dictionary').run();
    const ins = db.prepare(`INSERT INTO metric_dictionary (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const r of rows) ins.run(...r);
  })();
}

/** Chinese label by key, for Chinese CSV headers. */
export function dictionaryLabels(db: DB): Map<string, string> {
  return new Map((db.prepare('SELECT key, label_zh FROM metric_dictionary').all() as Array<{ key: string; label_zh: string }>).map((r) => [r.key, r.label_zh]));
}

/** Whether the dictionary is there with its dimensions (a database made by an older version has none, or none placed). */
export function dictionaryComplete(db: DB): boolean {
  const r = db.prepare('SELECT COUNT(*) AS n, COUNT(table_id) AS placed FROM metric_dictionary').get() as { n: number; placed: number };
  return r.n > 0 && r.placed === r.n;
}

/** The headline metrics, in their column order. */
export function headlineKeys(db: DB): string[] {
  return (db.prepare('SELECT key FROM metric_dictionary WHERE headline_rank IS NOT NULL ORDER BY headline_rank').all() as Array<{ key: string }>).map(
    (r) => r.key,
  );
}
