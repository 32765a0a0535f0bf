// Before the run row exists: what the folder holds, whether it looks mounted, and which files
// a changed override rule forces to be redone. Reads the database, writes nothing.
import path from 'node:path';
import type { DB } from '../load/db.js';
import { changedRules, reportIdentities, storedOverrides } from '../load/overrides.js';
import { ruleMatches, type RegionOverride } from '../transform/region/overrides.js';
import { InputVanishedError } from './errors.js';
import { listInput, type Listing } from './list-input.js';
import { matchKnown, type Matched } from './match-known.js';
import type { Stats } from './stat-files.js';
import { StatQueue } from './stat-queue.js';
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
  /** The listed files matched with what the database knows: unchanged, or work. */
  matched: Matched;
}

export async function planRun(db: DB, opts: RunOptions): Promise<Plan> {
  const root = path.resolve(opts.input);
  const { listing, stats } = await listAndStat(root, opts);
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
  const matched = matchKnown(db, root, listing, stats, { full: opts.full, verify: opts.verify ?? false, forced });
  // an unmounted or emptied folder must not turn the dataset into "missing": stop first
  guardDisappearance(root, listing, matched, opts.maxMissingShare ?? DEFAULT_MAX_MISSING_SHARE);
  return {
    root,
    mode: opts.full ? 'full' : 'incremental',
    workers: opts.workers ?? 0,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    listing,
    overrides,
    forced,
    changedRules: changed.length,
    matched,
  };
}

/** The folder's listing, each file stat-ed while the walk goes on. */
async function listAndStat(root: string, opts: RunOptions): Promise<{ listing: Listing; stats: Stats }> {
  const queue = new StatQueue();
  let listing: Listing;
  try {
    listing = listInput(root, { followLinks: opts.followLinks, exclude: opts.exclude, onFile: queue.add });
  } catch (err) {
    queue.close();
    throw err;
  }
  return { listing, stats: await queue.done() };
}

/**
 * Stops the run when the input looks unmounted or emptied: nothing listed while the database
 * knows files there, or more than `maxShare` of the known files gone at once.
 */
function guardDisappearance(root: string, listing: Listing, m: Matched, maxShare: number): void {
  if (maxShare >= 1) return;
  const listed = listing.files.length + listing.skipped.length;
  if (m.known && (listed === 0 || m.gone.length / m.known > maxShare)) throw new InputVanishedError(root, m.gone.length, m.known, maxShare, listed);
}
