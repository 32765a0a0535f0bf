// The common nightly case, decided from a stat alone (no read, no hash) in one tight
// synchronous pass: 100,000 unchanged files cost a second, not a run. What the database
// knows is looked up 500 paths at a time, so memory does not grow with the folder. What is
// left is the work: files new, changed, or to be verified.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { KnownFile } from '../load/store.js';
import { isCurrent, type RunContext } from './context.js';
import { listInput } from './list-input.js';

/** Paths whose database rows are fetched in one query. */
const LOOKUP_CHUNK = 500;

export interface Listed {
  path: string;
  size: number;
  mtimeMs: number;
}

export type Work = Listed & { known: KnownFile | undefined };

/** The files to read; everything else is marked seen or recorded with its reason. */
export function triage(ctx: RunContext): Work[] {
  const { listing, store, tally, runId } = ctx;
  const seen: number[] = [];
  const work: Work[] = [];
  for (const chunk of chunks(listing.files)) {
    const known = store.knownAmong(chunk);
    for (const p of chunk) {
      const f = statOf(p, listing.raw.get(p));
      const k = known.get(p);
      tally.counts.files_seen++;
      if (k && !ctx.opts.verify && isCurrent(ctx, p, k) && k.bytes === f.size && k.mtime_ms === f.mtimeMs) {
        tally.unchanged(k);
        seen.push(k.id);
        ctx.progress.tick(path.relative(ctx.root, p));
      } else work.push({ ...f, known: k });
    }
  }
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

/** A path's size and mtime; a file gone between listing and stat has size -1. */
export function statOf(p: string, raw?: Buffer): Listed {
  try {
    const st = statSync(raw ?? p);
    return { path: p, size: st.size, mtimeMs: Math.trunc(st.mtimeMs) };
  } catch {
    return { path: p, size: -1, mtimeMs: 0 };
  }
}

/** The folder's regular files in a fixed order (the same folder always loads the same way). */
export async function listPaths(input: string): Promise<string[]> {
  return listInput(input).files;
}

/** Paths with size and mtime (the benchmark's listing). */
export async function listInputs(input: string): Promise<Listed[]> {
  const l = listInput(input);
  return l.files.map((p) => statOf(p, l.raw.get(p)));
}
