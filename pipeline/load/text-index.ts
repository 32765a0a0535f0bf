// Brings the full-text index (report_text, FTS5 trigram) up to date with the paragraphs
// stored since the last run, in one transaction at the end of the run: indexing costs a few
// milliseconds a report and would otherwise hold up every batch of writes.
import type { DB } from './db.js';

export function indexText(db: DB): number {
  return db.transaction(() => {
    const from = (db.prepare('SELECT indexed_to FROM report_text_state WHERE id = 1').get() as { indexed_to: number }).indexed_to;
    const to = (db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM report_paragraphs').get() as { n: number }).n;
    if (to <= from) return 0;
    const n = db.prepare('INSERT INTO report_text(rowid, text) SELECT id, text FROM report_paragraphs WHERE id > ? AND id <= ?').run(from, to).changes;
    db.prepare('UPDATE report_text_state SET indexed_to = ? WHERE id = 1').run(to);
    return n;
  })();
}
