// The nightly job: list the folder (with sizes and mtimes), decide from size and mtime (then
// sha256) what changed, parse what did in worker threads, write in batched transactions,
// mark files that disappeared. Memory stays flat: a fixed number of files are in flight,
// whatever the folder's size.
import { statSync } from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import type pino from 'pino';
// only the version and the override matcher: the parser itself runs in the workers
import { ruleMatches, type RegionOverride } from '../pipeline/transform/region/overrides.js';
import { PARSER_VERSION } from '../pipeline/transform/version.js';
import { metricDictionary } from '../pipeline/transform/dictionary.js';
import { writeDictionary } from '../pipeline/load/dictionary.js';
import { indexText } from '../pipeline/load/text-index.js';
import { BatchWriter } from '../pipeline/load/batch.js';
import { deferIndexes, restoreIndexes, shouldDefer } from '../pipeline/load/deferred-indexes.js';
import { refreshCrossYearChecks } from '../pipeline/load/cross-year.js';
import { copyCounts, refreshCopies } from '../pipeline/load/copies.js';
import { refreshBodies } from '../pipeline/load/bodies.js';
import type { DB } from '../pipeline/load/db.js';
import type { LoadItem } from '../pipeline/load/item.js';
import { changedRules, reportIdentities, saveOverrides, storedOverrides } from '../pipeline/load/overrides.js';
import { emptyCounts, failRun, finishRun, startRun, type RunCounts } from '../pipeline/load/runs.js';
import { assertSameFile, databaseError, fileIdentity } from '../pipeline/load/db-error.js';
import { Store, type KnownFile } from '../pipeline/load/store.js';
import { GONE, TooLarge } from './read-stable.js';
import { InputVanishedError } from './errors.js';
import { inside, listInput, type Listing } from './list-input.js';
import { ParsePool } from './pool.js';
import { Progress } from './progress.js';

/** Paths whose database rows are fetched in one query. */
const LOOKUP_CHUNK = 500;

export interface Limits {
  /** Files larger than this are not read (a 1 GB "report" is not one). */
  maxFileBytes: number;
  /** Wall-clock parse time per file. */
  timeoutMs: number;
  /** Heap of each parse worker. */
  workerMemoryMb: number;
}

export const DEFAULT_LIMITS: Limits = { maxFileBytes: 100 * 1024 * 1024, timeoutMs: 60_000, workerMemoryMb: 512 };

export interface RunOptions {
  input: string;
  full: boolean;
  /** Parse workers (threads); 0 parses in this thread. */
  workers?: number;
  /** Files in flight: queued to the workers (which read, hash and parse them) or being written. */
  concurrency: number;
  limits?: Partial<Limits>;
  /** The analyst's region override rules (empty when there is no override file). */
  overrides?: RegionOverride[];
  /** Bring the full-text index up to date at the end (default true). */
  textIndex?: boolean;
  /** Read files that symbolic links point to outside the input (default: recorded, not read). */
  followLinks?: boolean;
  /** Paths the run itself writes (database, output folder): never listed as input. */
  exclude?: readonly string[];
  /** More than this share of the known files gone at once stops the run (default 0.5; 1 allows all). */
  maxMissingShare?: number;
  /**
   * Re-read and re-hash the files whose size and mtime are unchanged (a file replaced by
   * another of the same size and mtime is otherwise never noticed): a weekly job.
   */
  verify?: boolean;
  log: pino.Logger;
  progress: boolean;
}

export interface RunResult {
  runId: number;
  counts: RunCounts;
  passedAllChecks: number;
  /** Present reports once copies are grouped (a page and its text dump are one), and their bodies. */
  reports: { distinct: number; copies: number; conflicts: number; bodies: number };
}

interface Listed {
  path: string;
  size: number;
  mtimeMs: number;
}

/** The folder's regular files in a fixed order (the same folder always loads the same way). */
export async function listPaths(input: string): Promise<string[]> {
  return listInput(input).files;
}

/** The share of known files that may be gone in one run before it stops (issue 15). */
export const DEFAULT_MAX_MISSING_SHARE = 0.5;

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
  for (const r of db.prepare(`SELECT path FROM source_files WHERE present = 1 AND (path = ? OR substr(path, 1, length(?)) = ?)`).iterate(root, prefix, prefix) as Iterable<{ path: string }>) {
    known++;
    if (!listed.has(r.path) && !under(r.path)) gone++;
  }
  if (known && (listed.size === 0 || gone / known > maxShare)) throw new InputVanishedError(root, gone, known, maxShare);
}

/** Paths with size and mtime; a file gone between listing and stat has size -1. */
export async function listInputs(input: string): Promise<Listed[]> {
  const l = listInput(input);
  return l.files.map((p) => statOf(p, l.raw.get(p)));
}

function statOf(p: string, raw?: Buffer): Listed {
  try {
    const st = statSync(raw ?? p);
    return { path: p, size: st.size, mtimeMs: Math.trunc(st.mtimeMs) };
  } catch {
    return { path: p, size: -1, mtimeMs: 0 };
  }
}

export async function runPipeline(db: DB, opts: RunOptions): Promise<RunResult> {
  const dbFile = db.name;
  const identity = fileIdentity(dbFile);
  let runId: number | undefined;
  const counts = emptyCounts();
  try {
    const limits = { ...DEFAULT_LIMITS, ...opts.limits };
    const root = path.resolve(opts.input);
    const mode = opts.full ? 'full' : 'incremental';
    const workers = opts.workers ?? 0;
    const listing = listInput(root, { followLinks: opts.followLinks, exclude: opts.exclude });
    // an unmounted or emptied folder must not turn the dataset into "missing": stop first
    guardDisappearance(db, root, listing, opts.maxMissingShare ?? DEFAULT_MAX_MISSING_SHARE);
    runId = startRun(db, root, PARSER_VERSION, mode, workers);
    writeDictionary(db, metricDictionary());
    const store = new Store(db, PARSER_VERSION);
    const writer = new BatchWriter(db, store, runId);
    let passedAllChecks = 0;
    const paths = listing.files;
    const overrides = opts.overrides ?? [];
    // files an added, removed or edited override rule matches are redone even if unchanged
    const changed = changedRules(storedOverrides(db), overrides);
    const forced = new Set(
      changed.length ? reportIdentities(db).filter((r) => changed.some((rule) => ruleMatches(rule, r.path, [r.body_name, r.body_short_name, r.body_name_printed]))).map((r) => r.path) : [],
    );
    if (changed.length) opts.log.info({ changedRules: changed.length, files: forced.size }, 'region overrides changed: their files are reprocessed');
    opts.log.info({ runId, input: root, files: paths.length, mode, parser: PARSER_VERSION, workers, limits }, 'run started');
    if (listing.skipped.length) opts.log.info({ entries: listing.skipped.length }, 'entries of the input not read (links, hidden, not regular files, unreadable folders): recorded with the reason');
    const progress = new Progress(paths.length, opts.progress);
    const pool = new ParsePool({ workers, timeoutMs: limits.timeoutMs, memoryMb: limits.workerMemoryMb, overrides });

    /** `fileId`: the file's row when the database knew it (its report is replaced), else a new file. */
    const record = (item: LoadItem, fileId: number | undefined, now: string) => {
      if (fileId === undefined) counts.files_new++;
      else counts.files_changed++;
      writer.save(item, fileId, now);
      if (item.ok) {
        counts.reports_loaded++;
        const failing = item.report.issues.filter((i) => i.check && i.severity === 'error').length;
        if (failing) counts.reports_failing_checks++;
        else passedAllChecks++;
        opts.log.info({ file: item.path, template: item.report.template, body: item.report.identity.body_name, year: item.report.identity.report_year, figures: item.report.metrics.length, failingChecks: failing }, 'report loaded');
        return;
      }
      if (item.status === 'unsupported') counts.files_unsupported++;
      else counts.files_failed++;
      if (item.status === 'needs_ocr') counts.files_needs_ocr++;
      opts.log.warn({ file: item.path, status: item.status, reason: item.error }, 'file not loaded');
    };

    const isCurrent = (p: string, k: KnownFile | undefined) => k?.parser_version === PARSER_VERSION && !forced.has(p) && !opts.full;
    const countUnchanged = (status: string) => {
      counts.files_unchanged++;
      if (status === 'failed' || status === 'needs_ocr') counts.files_failed++;
      if (status === 'needs_ocr') counts.files_needs_ocr++;
    };
    // the common nightly case, decided from a stat alone (no read, no hash) in one tight
    // synchronous pass: 100,000 unchanged files cost a second, not a run. What the database
    // knows is looked up 500 paths at a time, so memory does not grow with the folder.
    const seen: number[] = [];
    /** Unchanged files that were missing and are back: they change the copies and rollups unparsed. */
    let reappeared = 0;
    const work: Array<Listed & { known: KnownFile | undefined }> = [];
    for (let i = 0; i < paths.length; i += LOOKUP_CHUNK) {
      const chunk = paths.slice(i, i + LOOKUP_CHUNK);
      const known = store.knownAmong(chunk);
      for (const p of chunk) {
        const f = statOf(p, listing.raw.get(p));
        const k = known.get(p);
        counts.files_seen++;
        if (k && !opts.verify && isCurrent(p, k) && k.bytes === f.size && k.mtime_ms === f.mtimeMs) {
          if (!k.present) reappeared++;
          countUnchanged(k.status);
          seen.push(k.id);
          progress.tick(path.relative(root, p));
        } else work.push({ ...f, known: k });
      }
    }
    // the entries not read get a row with the reason, written again only when that changes
    for (let i = 0; i < listing.skipped.length; i += LOOKUP_CHUNK) {
      const chunk = listing.skipped.slice(i, i + LOOKUP_CHUNK);
      const known = store.knownAmong(chunk.map((x) => x.path));
      for (const x of chunk) {
        const k = known.get(x.path);
        counts.files_seen++;
        if (k && k.present && k.status === x.status && k.error === x.reason) {
          countUnchanged(k.status);
          seen.push(k.id);
        } else record({ path: x.path, bytes: 0, mtimeMs: 0, sha256: null, ok: false, status: x.status, format: null, error: x.reason }, k?.id, new Date().toISOString());
      }
    }
    // what lies in a folder that could not be read this time is not gone
    for (const dir of listing.unreadable) store.seenUnder(dir, runId, new Date().toISOString());
    store.seenUnchanged(seen, runId, new Date().toISOString());
    // a run killed during a bulk load left its indexes away: build them first
    const healed = restoreIndexes(db);
    if (healed.length) opts.log.warn({ indexes: healed }, 'indexes left deferred by an interrupted run were built again');
    const reportsBefore = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
    const deferred = shouldDefer(work.length, reportsBefore) ? deferIndexes(db) : [];
    if (deferred.length) opts.log.info({ indexes: deferred, files: work.length }, 'bulk load: indexes are built at the end of the run');

    const handle = async (f: Listed & { known: KnownFile | undefined }) => {
      const now = new Date().toISOString();
      const k = f.known;
      const current = isCurrent(f.path, k);
      // not read (or not parsed to the end): recorded with the listing's facts and no hash
      const failed = (error: string) => record({ path: f.path, bytes: Math.max(0, f.size), mtimeMs: f.mtimeMs, sha256: null, ok: false, status: 'failed', format: null, error }, k?.id, now);
      if (f.size < 0) return failed(GONE);
      if (f.size > limits.maxFileBytes) return failed(new TooLarge(f.size, limits.maxFileBytes).message);
      const raw = listing.raw.get(f.path);
      const r = await pool.run({ file: f.path, ...(raw ? { raw: raw.toString('hex') } : {}), maxBytes: limits.maxFileBytes, ...(k?.sha256 && current ? { loadedSha256: k.sha256 } : {}) });
      // touched (new mtime), same content
      if (r.kind === 'same') {
        if (!k!.present) reappeared++;
        countUnchanged(k!.status);
        return writer.touch(k!.id, r.facts.mtimeMs, now);
      }
      if (r.kind === 'failed') return failed(r.error);
      const o = r.parsed;
      const read = { path: f.path, ...r.facts };
      const item: LoadItem = o.ok
        ? { ...read, ok: true, encoding: o.encoding, format: o.format, report: o.report, paragraphs: o.paragraphs }
        : { ...read, ok: false, status: o.status, error: o.error, format: null };
      record(item, k?.id, now);
    };

    // p-limit bounds the files in flight; the window bounds the promises created ahead of
    // them, so memory does not grow with the folder
    const runners = Math.max(1, opts.concurrency);
    const limit = pLimit(runners);
    const inFlight = new Set<Promise<void>>();
    // the first file job that threw (the database refused a batch): no new file is started,
    // those in flight are let finish, and the run ends with it
    let stopped: unknown;
    try {
      for (const f of work) {
        if (stopped !== undefined) break;
        const p: Promise<void> = limit(() => handle(f)).finally(() => {
          inFlight.delete(p);
          progress.tick(path.relative(root, f.path));
        });
        p.catch((err: unknown) => (stopped ??= err));
        inFlight.add(p);
        if (inFlight.size >= runners * 4) await Promise.race(inFlight).catch(() => undefined);
      }
      await Promise.allSettled(inFlight);
      if (stopped !== undefined) throw stopped;
    } finally {
      await pool.close();
      // a refused batch is not written again; the next run redoes its files
      if (stopped === undefined) writer.flush();
      if (deferred.length && stopped === undefined) {
        const t = Date.now();
        restoreIndexes(db);
        opts.log.info({ indexes: deferred, ms: Date.now() - t }, 'deferred indexes built');
      }
    }
    progress.end();
    counts.files_missing = store.markMissing(root, runId, new Date().toISOString());
    saveOverrides(db, overrides);
    if (opts.textIndex !== false) {
      const t = Date.now();
      const indexed = indexText(db);
      if (indexed) opts.log.info({ paragraphs: indexed, ms: Date.now() - t }, 'full-text index updated');
    }
    // copies and bodies before the cross-year check, which pairs primary reports of one body:
    // whole-database passes (0.8 s on 10,000 reports), so a night on which nothing changed,
    // came or went skips them
    const changedAny = counts.files_new + counts.files_changed + counts.files_missing + reappeared > 0;
    const t = Date.now();
    const copies = changedAny ? refreshCopies(db) : copyCounts(db);
    const bodies = changedAny ? refreshBodies(db) : (db.prepare('SELECT COUNT(*) AS n FROM bodies').get() as { n: number }).n;
    if (changedAny) opts.log.info({ ...copies, bodies, ms: Date.now() - t }, 'copies grouped, primary reports and bodies settled');
    const crossYear = changedAny ? refreshCrossYearChecks(db) : 0;
    if (crossYear) opts.log.info({ crossYear }, 'cross-year check T3-X: mismatches recorded');
    // written to a file that was deleted or replaced meanwhile, the run kept nothing
    assertSameFile(dbFile, identity);
    finishRun(db, runId, counts);
    opts.log.info({ runId, ...counts }, 'run finished');
    return { runId, counts, passedAllChecks, reports: { distinct: copies.groups, copies: copies.copies, conflicts: copies.conflicts, bodies } };
  } catch (err) {
    // a database error ends the run in order: recorded on the run row when the database can
    // still take it, and thrown as a DatabaseError for the CLI edge (exit 3)
    const e = databaseError(err, dbFile);
    if (!e) throw err;
    if (runId !== undefined) failRun(db, runId, counts, e.message);
    throw e;
  }
}
