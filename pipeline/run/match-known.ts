// What the database knows under the input, matched with the listing in one pass: one scan
// of source_files instead of a lookup per 500 paths and a second pass for the missing-files
// guard. Each listed file is stat-ed once, in listing order.
// Unchanged files leave only their id and the three fields the tally reads; only files to be
// read keep their whole row. 100,000 unchanged files: about a third of a second here.
import path from 'node:path';
import type { DB } from '../load/db.js';
import type { KnownFile } from '../load/store.js';
import { PARSER_VERSION } from '../transform/version.js';
import { storedStands } from './context.js';
import { inside, type Listing } from './list-input.js';
import { statFiles } from './stat-files.js';
import type { Work } from './triage.js';

/** An unchanged file's row, as far as the run needs it. */
export type Unchanged = Pick<KnownFile, 'id' | 'present' | 'status' | 'failing_since_run'>;

export interface Matched {
  /** Listed files whose stored rows stand, in listing order. */
  unchanged: Unchanged[];
  /** Listed files to read (new, changed, or redone), in listing order. */
  work: Work[];
  /** Present files the database knows under the input. */
  known: number;
  /** The ids of those not listed (outside folders that could not be read): missing, if the run ends. */
  gone: number[];
}

export interface MatchRules {
  /** Redo every file (`--full`), or re-read every file (`--verify`). */
  full: boolean;
  verify: boolean;
  /** Files an override rule forces to be redone. */
  forced: ReadonlySet<string>;
}

const COLUMNS = 'id, sha256, bytes, mtime_ms, parser_version, status, present, error, failing_since_run';

export async function matchKnown(db: DB, root: string, listing: Listing, rules: MatchRules): Promise<Matched> {
  const index = new Map<string, number>();
  listing.files.forEach((p, i) => index.set(p, i));
  // entries not read (links, hidden files) are listed too: not gone, matched by triage
  for (const s of listing.skipped) index.set(s.path, -1);
  const { size, mtime } = await statFiles(listing.files, listing.raw);
  const rows: Array<KnownFile | undefined> = new Array(listing.files.length);
  const unchanged: Array<Unchanged | undefined> = new Array(listing.files.length);
  let known = 0;
  const gone: number[] = [];
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  // five columns as arrays, by a sequential scan: the common row (present, loaded, read by
  // this parser) is decided from them alone; any other row listed is read whole by its id
  // (few: failing files, files back after missing, all files after a parser upgrade)
  const scan = db
    .prepare(
      `SELECT id, path, bytes, mtime_ms, present + (present = 1 AND status = 'loaded' AND parser_version = ? AND failing_since_run IS NULL) AS state
       FROM source_files WHERE path = ? OR substr(path, 1, length(?)) = ?`,
    )
    .raw(true);
  const whole = db.prepare(`SELECT ${COLUMNS} FROM source_files WHERE id = ?`);
  // the stat says nothing changed (--verify re-reads every file all the same)
  const sameOnDisk = (i: number, bytes: number, mtimeMs: number) => !rules.verify && bytes === size[i] && mtimeMs === mtime[i];
  const reread: Array<[number, number]> = [];
  for (const [id, p, bytes, mtimeMs, state] of scan.iterate(PARSER_VERSION, root, prefix, prefix) as Iterable<[number, string, number, number, number]>) {
    const i = index.get(p);
    if (state) known++;
    if (i === undefined) {
      if (state && !listing.unreadable.some((d) => inside(p, d))) gone.push(id);
      continue;
    }
    if (i < 0) continue;
    // state 2: present, loaded, this parser's (storedStands' parser test, done by the scan), not failing
    if (state === 2 && !rules.full && !rules.forced.has(p) && sameOnDisk(i, bytes, mtimeMs))
      unchanged[i] = { id, present: 1, status: 'loaded', failing_since_run: null };
    else reread.push([i, id]);
  }
  for (const [i, id] of reread) {
    const k = whole.get(id) as KnownFile;
    if (storedStands(rules, listing.files[i]!, k.parser_version) && sameOnDisk(i, k.bytes, k.mtime_ms))
      unchanged[i] = { id: k.id, present: k.present, status: k.status, failing_since_run: k.failing_since_run };
    else rows[i] = k;
  }
  const out: Matched = { unchanged: [], work: [], known, gone };
  listing.files.forEach((p, i) => {
    const u = unchanged[i];
    if (u) out.unchanged.push(u);
    else out.work.push({ path: p, size: size[i]!, mtimeMs: mtime[i]!, known: rows[i] });
  });
  return out;
}
