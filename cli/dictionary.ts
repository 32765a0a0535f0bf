// The metric dictionary comes from the extractor's rule tables. Every run writes it; export
// and report write it only into a database that has none yet, or one without the dimensions
// the views join on (made by an older version, whose views would otherwise find no headline
// metrics or no 表三 cells), so they never wait on a running run.
import type { DB } from '../pipeline/load/db.js';
import { dictionaryComplete, writeDictionary } from '../pipeline/load/dictionary.js';
import { metricDictionary } from '../pipeline/transform/metrics/index.js';

export function ensureDictionary(db: DB): void {
  if (!dictionaryComplete(db)) writeDictionary(db, metricDictionary());
}
