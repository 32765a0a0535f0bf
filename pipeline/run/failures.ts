// New versus known failures (issue 18). A file fails when its status is `failed` or
// `needs_ocr`. Its row keeps the run since which it has failed as it is (failing_since_run):
// set when it enters a failing status, or when its status or content changes while it
// fails; kept while it stays the same; cleared when it loads or is unsupported. A failure is
// *known* when that run is no later than the last run that finished (ok or partial) before
// this one: the same file, with the same content, had the same failure at that run's end,
// and its exit code said so. Anything else is *new*: a new file, a changed file, a file
// that used to load, or a failure first recorded by a run that never finished (killed or
// interrupted: nobody was told of it).
import type { LoadItem } from '../load/item.js';
import type { KnownFile } from '../load/store.js';

export const isFailing = (status: string): boolean => status === 'failed' || status === 'needs_ocr';

/** Same content: the same sha256 when both were read, else (unread: too large, gone, timed out) the same size and mtime. */
function sameContent(k: KnownFile, item: LoadItem): boolean {
  if (k.sha256 && item.sha256) return k.sha256 === item.sha256;
  return k.bytes === item.bytes && k.mtime_ms === item.mtimeMs;
}

/** The failing_since_run `item` gets when run `runId` records it over `known` (null: it does not fail). */
export function failingSince(item: LoadItem, known: KnownFile | undefined, runId: number): number | null {
  const status = item.ok ? 'loaded' : item.status;
  if (!isFailing(status)) return null;
  if (known?.failing_since_run != null && known.status === status && sameContent(known, item)) return known.failing_since_run;
  return runId;
}

/** Whether a failure failing since `since` is new to a run that follows `lastFinished` (a legacy row without the mark is known). */
export const isNewFailure = (since: number | null, lastFinished: number): boolean => since !== null && since > lastFinished;
