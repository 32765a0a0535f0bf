// The digest a finished run recorded of the folder it listed (sql/021_listing_digests.sql).
// Any write to source_files empties the table (its triggers), so a digest found here says the
// rows are as that run left them.
import type { DB } from './db.js';
import { underFolder } from './folder.js';
import type { KnownFile } from './store.js';

/** The digest recorded for `root`, if source_files has not been written since. */
export function storedDigest(db: DB, root: string): string | undefined {
  const r = db.prepare('SELECT digest FROM listing_digests WHERE root = ?').get(root) as { digest: string } | undefined;
  return r?.digest;
}

/** Recorded after the run's last write to source_files. */
export function saveDigest(db: DB, root: string, digest: string, runId: number): void {
  db.prepare(
    'INSERT INTO listing_digests (root, digest, run_id) VALUES (?, ?, ?) ON CONFLICT (root) DO UPDATE SET digest = excluded.digest, run_id = excluded.run_id',
  ).run(root, digest, runId);
}

/** A row of notLoadedUnder: what the tally reads of a file, and its path. */
type NotLoaded = Pick<KnownFile, 'id' | 'present' | 'status' | 'failing_since_run'> & { path: string };

/**
 * The present files under `root` whose rows are not simply loaded (failing, not read): what
 * a night's counts need of its unchanged files beside their number. Few rows; the scan is SQL's.
 */
export function notLoadedUnder(db: DB, root: string): NotLoaded[] {
  const under = underFolder(root);
  return db
    .prepare(
      `SELECT id, path, present, status, failing_since_run FROM source_files
       WHERE present = 1 AND NOT (status = 'loaded' AND failing_since_run IS NULL) AND ${under.sql}`,
    )
    .all(...under.params) as NotLoaded[];
}
