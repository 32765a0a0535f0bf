// The common nightly case, decided from a stat alone (no read, no hash): planRun matched the
// listing with the database's rows in one pass (match-known.ts); here the unchanged files are
// counted and marked seen, and the entries not read get their rows. What is left is the
// work: files new, changed, or to be verified.
import type { KnownFile } from '../load/store.js';
import type { RunContext } from './context.js';
import { listInput } from './list-input.js';
import { statFiles } from './stat-queue.js';

/** Paths whose database rows are fetched in one query. */
const LOOKUP_CHUNK = 500;

export interface Listed {
  path: string;
  size: number;
  mtimeMs: number;
}

export type Work = Listed & { known: KnownFile | undefined };

/** The files to read (planRun matched them); everything else is marked seen or recorded with its reason. */
export function triage(ctx: RunContext): Work[] {
  const { listing, store, tally, runId, matched } = ctx;
  const seen: number[] = [];
  tally.counts.files_seen += matched.unchanged.length + matched.unchangedLoaded + matched.work.length;
  tally.unchangedLoaded(matched.unchangedLoaded);
  for (let i = 0; i < matched.unchangedLoaded; i++) ctx.progress.tick('');
  for (const k of matched.unchanged) {
    tally.unchanged(k);
    // a present file's row is not written again: the run's own row counts it unchanged (a
    // write per file was a third of a no-op night); a file back after missing is written
    if (!k.present) seen.push(k.id);
    // without a name: naming 100,000 unchanged files costs a tenth of a second
    ctx.progress.tick('');
  }
  const work = matched.work;
  // the entries not read get a row with the reason, written again only when that changes
  for (const chunk of chunks(listing.skipped)) {
    const known = store.knownAmong(chunk.map((x) => x.path));
    for (const x of chunk) {
      const k = known.get(x.path);
      tally.counts.files_seen++;
      if (k && k.present && k.status === x.status && k.error === x.reason) {
        tally.unchanged(k);
        seen.push(k.id);
      } else
        tally.record(
          { path: x.path, bytes: 0, mtimeMs: 0, sha256: null, ok: false, status: x.status, format: null, error: x.reason },
          k,
          new Date().toISOString(),
        );
    }
  }
  // what lies in a folder that could not be read this time is not gone
  for (const dir of listing.unreadable) store.seenUnder(dir, runId, new Date().toISOString());
  store.seenUnchanged(seen, runId, new Date().toISOString());
  return work;
}

function* chunks<T>(xs: readonly T[]): Generator<T[]> {
  for (let i = 0; i < xs.length; i += LOOKUP_CHUNK) yield xs.slice(i, i + LOOKUP_CHUNK);
}

/** The folder's regular files in a fixed order (the same folder always loads the same way). */
export async function listPaths(input: string): Promise<string[]> {
  return listInput(input).files;
}

/** Paths with size and mtime (the benchmark's listing). */
export async function listInputs(input: string): Promise<Listed[]> {
  const l = listInput(input);
  const { size, mtime } = await statFiles(l.files, l.raw);
  return l.files.map((p, i) => ({ path: p, size: size[i]!, mtimeMs: mtime[i]! }));
}
