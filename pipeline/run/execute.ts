// The files that need reading go to the parse pool, a bounded number in flight; each result
// is recorded through the batch writer. A bulk load builds its indexes once at the end.
// A stop (opts.signal: SIGINT/SIGTERM) starts no new file and drops those in the pool; what
// was recorded is committed, whole, and the deferred indexes are left to the next run.
import path from 'node:path';
import pLimit from 'p-limit';
import { deferIndexes, restoreIndexes, shouldDefer } from '../load/deferred-indexes.js';
import type { LoadItem } from '../load/item.js';
import { emptyTextIndex, shouldEmptyTextIndex } from '../load/text-index.js';
import { isCurrent, type RunContext } from './context.js';
import { ParsePool } from './pool.js';
import { GONE, TooLarge } from './read-stable.js';
import type { Work } from './triage.js';

/** A file's time limit when scans are read by OCR: a scan takes seconds a page, and each page has its own limit. */
const OCR_FILE_MS = 30 * 60_000;

export async function execute(ctx: RunContext, work: Work[]): Promise<void> {
  const { db, log } = ctx;
  // a run killed during a bulk load left its indexes away: build them first
  const healed = restoreIndexes(db);
  if (healed.length) log.warn({ indexes: healed }, 'indexes left deferred by an interrupted run were built again');
  const reportsBefore = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  const deferred = shouldDefer(work.length, reportsBefore) ? deferIndexes(db) : [];
  if (deferred.length) log.info({ indexes: deferred, files: work.length }, 'bulk load: indexes are built at the end of the run');
  const replacing = work.filter((f) => f.known?.status === 'loaded').length;
  if (shouldEmptyTextIndex(replacing, reportsBefore)) {
    // rebuilt in one pass by the indexing at the end of the run (or --text-index now)
    emptyTextIndex(db);
    log.info({ replacing, reports: reportsBefore }, 'most reports are replaced: the full-text index is emptied and built again in one pass');
  }

  const pool = new ParsePool({
    workers: ctx.workers,
    // a scan read by OCR takes seconds a page: its pages have their own limit (--ocr-page-seconds)
    timeoutMs: ctx.opts.ocr ? Math.max(ctx.limits.timeoutMs, OCR_FILE_MS) : ctx.limits.timeoutMs,
    memoryMb: ctx.limits.workerMemoryMb,
    overrides: ctx.overrides,
    parseIn: ctx.opts.parseIn ?? 'threads',
    ocr: ctx.opts.ocr,
  });
  const signal = ctx.opts.signal;
  const cancel = () => void pool.cancel();
  signal?.addEventListener('abort', cancel);
  let stopped: unknown;
  try {
    stopped = await drain(ctx, work, (f) => handle(ctx, pool, f));
    if (stopped !== undefined) throw stopped;
  } finally {
    signal?.removeEventListener('abort', cancel);
    await pool.close();
    // a refused batch is not written again; the next run redoes its files
    if (stopped === undefined) ctx.writer.flush();
    // building an index is one long synchronous statement, which a second Ctrl-C could not
    // cut short: a stopped run leaves it to the next run, as a killed one does
    if (deferred.length && stopped === undefined && !signal?.aborted) {
      const t = Date.now();
      restoreIndexes(db);
      log.info({ indexes: deferred, ms: Date.now() - t }, 'deferred indexes built');
    }
  }
}

/**
 * Runs `job` on every file, `concurrency` at a time. p-limit bounds the files in flight; the
 * window bounds the promises created ahead of them, so memory does not grow with the folder.
 * The first job that throws (the database refused a batch) stops new files from starting;
 * those in flight are let finish, and its error is returned.
 */
async function drain(ctx: RunContext, work: Work[], job: (f: Work) => Promise<void>): Promise<unknown> {
  const runners = Math.max(1, ctx.opts.concurrency);
  const limit = pLimit(runners);
  const inFlight = new Set<Promise<void>>();
  let stopped: unknown;
  for (const f of work) {
    if (stopped !== undefined || ctx.opts.signal?.aborted) break;
    const p: Promise<void> = limit(() => job(f)).finally(() => {
      inFlight.delete(p);
      ctx.progress.tick(path.relative(ctx.root, f.path));
    });
    p.catch((err: unknown) => (stopped ??= err));
    inFlight.add(p);
    if (inFlight.size >= runners * 4) await Promise.race(inFlight).catch(() => undefined);
  }
  await Promise.allSettled(inFlight);
  return stopped;
}

/** One file: read, hashed and parsed by the pool, then recorded. */
async function handle(ctx: RunContext, pool: ParsePool, f: Work): Promise<void> {
  const { tally, limits } = ctx;
  // queued in p-limit before the stop: not started
  if (ctx.opts.signal?.aborted) return;
  const now = new Date().toISOString();
  const k = f.known;
  // not read (or not parsed to the end): recorded with the listing's facts and no hash
  const failed = (error: string, internal?: Parameters<typeof tally.record>[3]) =>
    tally.record(
      { path: f.path, bytes: Math.max(0, f.size), mtimeMs: f.mtimeMs, sha256: null, ok: false, status: 'failed', format: null, error },
      k,
      now,
      internal,
    );
  if (f.size < 0) {
    // its row will not say what the listing said: no digest of this listing is recorded
    ctx.readAsListed = false;
    return failed(GONE);
  }
  if (f.size > limits.maxFileBytes) return failed(new TooLarge(f.size, limits.maxFileBytes).message);
  const raw = ctx.listing.raw.get(f.path);
  const loaded = k?.sha256 && isCurrent(ctx, f.path, k) ? { loadedSha256: k.sha256 } : {};
  const r = await pool.run({ file: f.path, ...(raw ? { raw: raw.toString('hex') } : {}), maxBytes: limits.maxFileBytes, ...loaded });
  // dropped by a stop: nothing is recorded, the next run reads it
  if (r.kind === 'cancelled') return;
  // changed between its stat and its read: the row says what was read, not what was listed
  if (r.kind !== 'failed' && (r.facts.bytes !== f.size || r.facts.mtimeMs !== f.mtimeMs)) ctx.readAsListed = false;
  // touched (new mtime), same content
  if (r.kind === 'same') {
    tally.unchanged(k!);
    return ctx.writer.touch(k!.id, r.facts.mtimeMs, now);
  }
  if (r.kind === 'failed') return failed(r.error, r.internal);
  const o = r.parsed;
  const read = { path: f.path, ...r.facts };
  const item: LoadItem = o.ok
    ? { ...read, ok: true, encoding: o.encoding, format: o.format, report: o.report, paragraphs: o.paragraphs }
    : { ...read, ok: false, status: o.status, error: o.error, format: null };
  tally.record(item, k, now, o.ok ? undefined : o.internal);
}
