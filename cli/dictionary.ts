// The metric dictionary comes from the extractor's rule tables. Every run writes it; export
// and report write it only into a database that has none yet (one made by an older version,
// whose views would otherwise find no headline metrics), so they never wait on a running run.
import type { DB } from '../pipeline/load/db.js';
import { headlineKeys, writeDictionary } from '../pipeline/load/dictionary.js';
import { metricDictionary } from '../pipeline/transform/dictionary.js';

export function ensureDictionary(db: DB): void {
  if (!headlineKeys(db).length) writeDictionary(db, metricDictionary());
}
