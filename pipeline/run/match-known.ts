// What the database knows under the input, matched with the listing in one pass: one scan
// of source_files instead of a lookup per 500 paths and a second pass for the missing-files
// guard. Each listed file is stat-ed once, in listing order.
// Unchanged loaded files are only counted; the others leave their id and the three fields
// the tally reads; only files to be read keep their whole row. 100,000 unchanged files:
// about 0.45 s here, which a night like the last one skips (its listing's digest is the
// one the last run recorded: sql/021_listing_digests.sql).
import type { DB } from '../load/db.js';
import { underFolder } from '../load/folder.js';
import { notLoadedUnder, storedDigest } from '../load/listing-digests.js';
import type { KnownFile } from '../load/store.js';
import { PARSER_VERSION } from '../transform/version.js';
import { storedStands } from './context.js';
import { inside, type Listing } from './list-input.js';
import { listingDigest } from './listing-digest.js';
import type { Stats } from './stat-files.js';
import type { Work } from './triage.js';

/** An unchanged file's row, as far as the run needs it. */
export type Unchanged = Pick<KnownFile, 'id' | 'present' | 'status' | 'failing_since_run'>;

export interface Matched {
  /** Listed files whose stored rows stand and are not simply loaded (failing, back after missing). */
  unchanged: Unchanged[];
  /** Listed files whose stored rows stand as loaded, not failing: only counted. */
  unchangedLoaded: number;
  /** Listed files to read (new, changed, or redone), in listing order. */
  work: Work[];
  /** Present files the database knows under the input. */
  known: number;
  /** The ids of those not listed (outside folders that could not be read): missing, if the run ends. */
  gone: number[];
  /** The listing's digest (undefined when a folder could not be read): recorded if the run ends with the rows saying the same. */
  digest: string | undefined;
  /** The digest was the one the last run recorded: the rows were not matched one by one. */
  sameAsRecorded: boolean;
}

export interface MatchRules {
  /** Redo every file (`--full`), or re-read every file (`--verify`). */
  full: boolean;
  verify: boolean;
  /** Files an override rule forces to be redone. */
  forced: ReadonlySet<string>;
}

const COLUMNS = 'id, sha256, bytes, mtime_ms, parser_version, status, present, error, failing_since_run';

export function matchKnown(db: DB, root: string, listing: Listing, stats: Stats, rules: MatchRules): Matched {
  const digest = listingDigest(listing, stats, PARSER_VERSION);
  // what the scan below would find, when the database is as the last run over this folder left it
  const plain = !rules.full && !rules.verify && !rules.forced.size;
  if (plain && digest !== undefined && storedDigest(db, root) === digest) return asRecorded(db, root, listing, digest);
  return { ...scanKnown(db, root, listing, stats, rules), digest, sameAsRecorded: false };
}

/**
 * Every listed file unchanged, without the scan: the rows say what this listing says (same
 * paths, sizes and mtimes, same parser), so each stands, and none under the folder is gone.
 * Only the rows that are not simply loaded are read, for the night's failure counts.
 */
function asRecorded(db: DB, root: string, listing: Listing, digest: string): Matched {
  const skipped = new Set(listing.skipped.map((s) => s.path));
  // the entries not read have rows too: triage matches them itself
  const unchanged: Unchanged[] = notLoadedUnder(db, root)
    .filter((r) => !skipped.has(r.path))
    .map(({ id, present, status, failing_since_run }) => ({ id, present, status, failing_since_run }));
  return {
    unchanged,
    unchangedLoaded: listing.files.length - unchanged.length,
    work: [],
    known: listing.files.length + listing.skipped.length,
    gone: [],
    digest,
    sameAsRecorded: true,
  };
}

function scanKnown(db: DB, root: string, listing: Listing, { size, mtime }: Stats, rules: MatchRules): Omit<Matched, 'digest' | 'sameAsRecorded'> {
  const index = new Map<string, number>();
  listing.files.forEach((p, i) => index.set(p, i));
  // entries not read (links, hidden files) are listed too: not gone, matched by triage
  for (const s of listing.skipped) index.set(s.path, -1);
  const rows: Array<KnownFile | undefined> = new Array(listing.files.length);
  // true: stands as loaded (counted only); a row: stands otherwise (failing, back after missing)
  const unchanged: Array<Unchanged | true | undefined> = new Array(listing.files.length);
  let known = 0;
  const gone: number[] = [];
  // five columns as arrays, by a sequential scan: the common row (present, loaded, read by
  // this parser) is decided from them alone; any other row listed is read whole by its id
  // (few: failing files, files back after missing, all files after a parser upgrade)
  const under = underFolder(root);
  const scan = db
    .prepare(
      `SELECT id, path, bytes, mtime_ms, present + (present = 1 AND status = 'loaded' AND parser_version = ? AND failing_since_run IS NULL) AS state
       FROM source_files WHERE ${under.sql}`,
    )
    .raw(true);
  const whole = db.prepare(`SELECT ${COLUMNS} FROM source_files WHERE id = ?`);
  // the stat says nothing changed (--verify re-reads every file all the same)
  const sameOnDisk = (i: number, bytes: number, mtimeMs: number) => !rules.verify && bytes === size[i] && mtimeMs === mtime[i];
  const reread: Array<[number, number]> = [];
  for (const [id, p, bytes, mtimeMs, state] of scan.iterate(PARSER_VERSION, ...under.params) as Iterable<[number, string, number, number, number]>) {
    const i = index.get(p);
    if (state) known++;
    if (i === undefined) {
      if (state && !listing.unreadable.some((d) => inside(p, d))) gone.push(id);
      continue;
    }
    if (i < 0) continue;
    // state 2: present, loaded, this parser's (storedStands' parser test, done by the scan), not failing
    if (state === 2 && !rules.full && !rules.forced.has(p) && sameOnDisk(i, bytes, mtimeMs)) unchanged[i] = true;
    else reread.push([i, id]);
  }
  for (const [i, id] of reread) {
    const k = whole.get(id) as KnownFile;
    if (storedStands(rules, listing.files[i]!, k.parser_version) && sameOnDisk(i, k.bytes, k.mtime_ms))
      unchanged[i] = { id: k.id, present: k.present, status: k.status, failing_since_run: k.failing_since_run };
    else rows[i] = k;
  }
  const out: Omit<Matched, 'digest' | 'sameAsRecorded'> = { unchanged: [], unchangedLoaded: 0, work: [], known, gone };
  listing.files.forEach((p, i) => {
    const u = unchanged[i];
    if (u === true) out.unchangedLoaded++;
    else if (u) out.unchanged.push(u);
    else out.work.push({ path: p, size: size[i]!, mtimeMs: mtime[i]!, known: rows[i] });
  });
  return out;
}
