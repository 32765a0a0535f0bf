// Before the run row exists: what the folder holds, whether it looks mounted, and which files
// a changed override rule forces to be redone. Reads the database, writes nothing.
import path from 'node:path';
import type { DB } from '../load/db.js';
import { changedRules, reportIdentities, storedOverrides } from '../load/overrides.js';
import { ruleMatches, type RegionOverride } from '../transform/region/overrides.js';
import { InputVanishedError } from './errors.js';
import { inside, listInput, type Listing } from './list-input.js';
import { DEFAULT_LIMITS, DEFAULT_MAX_MISSING_SHARE, type Limits, type RunOptions } from './options.js';

export interface Plan {
  root: string;
  mode: 'full' | 'incremental';
  workers: number;
  limits: Limits;
  listing: Listing;
  overrides: RegionOverride[];
  /** Files an added, removed or edited override rule matches: redone even if unchanged. */
  forced: Set<string>;
  changedRules: number;
}

export function planRun(db: DB, opts: RunOptions): Plan {
  const root = path.resolve(opts.input);
  const listing = listInput(root, { followLinks: opts.followLinks, exclude: opts.exclude });
  // an unmounted or emptied folder must not turn the dataset into "missing": stop first
  guardDisappearance(db, root, listing, opts.maxMissingShare ?? DEFAULT_MAX_MISSING_SHARE);
  const overrides = opts.overrides ?? [];
  const changed = changedRules(storedOverrides(db), overrides);
  const names = (r: ReturnType<typeof reportIdentities>[number]) => [r.body_name, r.body_short_name, r.body_name_printed];
  const forced = new Set(
    changed.length
      ? reportIdentities(db)
          .filter((r) => changed.some((rule) => ruleMatches(rule, r.path, names(r))))
          .map((r) => r.path)
      : [],
  );
  return {
    root,
    mode: opts.full ? 'full' : 'incremental',
    workers: opts.workers ?? 0,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    listing,
    overrides,
    forced,
    changedRules: changed.length,
  };
}

/**
 * Stops the run when the input looks unmounted or emptied: nothing listed while the database
 * knows files there, or more than `maxShare` of the known files gone at once.
 */
function guardDisappearance(db: DB, root: string, listing: Listing, maxShare: number): void {
  if (maxShare >= 1) return;
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const listed = new Set([...listing.files, ...listing.skipped.map((x) => x.path)]);
  const under = (p: string) => listing.unreadable.some((d) => inside(p, d));
  let known = 0;
  let gone = 0;
  const rows = db
    .prepare(`SELECT path FROM source_files WHERE present = 1 AND (path = ? OR substr(path, 1, length(?)) = ?)`)
    .iterate(root, prefix, prefix) as Iterable<{ path: string }>;
  for (const r of rows) {
    known++;
    if (!listed.has(r.path) && !under(r.path)) gone++;
  }
  if (known && (listed.size === 0 || gone / known > maxShare)) throw new InputVanishedError(root, gone, known, maxShare, listed.size);
}
