// The nightly job: find report files, decide from size and mtime (then sha256) what
// changed, extract + transform what did, load each file in its own transaction, mark
// files that disappeared, and write the exports. Returns the run's counts.
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import fg from 'fast-glob';
import pLimit from 'p-limit';
import type pino from 'pino';
import { PARSER_VERSION, ruleMatches, type RegionOverride } from '../pipeline/transform/index.js';
import { changedRules, reportIdentities, saveOverrides, storedOverrides } from '../pipeline/load/overrides.js';
import type { DB } from '../pipeline/load/db.js';
import type { LoadItem } from '../pipeline/load/item.js';
import { emptyCounts, finishRun, startRun, type RunCounts } from '../pipeline/load/runs.js';
import { Store } from '../pipeline/load/store.js';
import { refreshCrossYearChecks } from '../pipeline/load/cross-year.js';
import { readReport } from './process-file.js';
import { Progress } from './progress.js';

export interface RunOptions {
  input: string;
  full: boolean;
  /** The analyst's region override rules (empty when there is no override file). */
  overrides?: RegionOverride[];
  concurrency: number;
  log: pino.Logger;
  progress: boolean;
}

export interface RunResult {
  runId: number;
  counts: RunCounts;
  unsupported: number;
  passedAllChecks: number;
}

export async function listInputs(input: string): Promise<string[]> {
  const files = await fg('**/*', { cwd: input, onlyFiles: true, dot: false, followSymbolicLinks: true, absolute: true, suppressErrors: true });
  return files.sort(); // a fixed order: the same folder always loads the same way
}

async function toItem(file: string, buf: Buffer, sha256: string, mtimeMs: number, overrides: RegionOverride[]): Promise<LoadItem> {
  const facts = { path: file, bytes: buf.length, mtimeMs, sha256 };
  const o = await readReport(file, buf, { overrides });
  return o.ok
    ? { ...facts, ok: true, encoding: o.doc.encoding, format: o.doc.format, report: o.report }
    : { ...facts, ok: false, status: o.status, error: o.error, format: null };
}

export async function runPipeline(db: DB, opts: RunOptions): Promise<RunResult> {
  const root = path.resolve(opts.input);
  const mode = opts.full ? 'full' : 'incremental';
  const runId = startRun(db, root, PARSER_VERSION, mode);
  const store = new Store(db, PARSER_VERSION);
  const counts = emptyCounts();
  let unsupported = 0;
  let passedAllChecks = 0;
  const files = await listInputs(root);
  const overrides = opts.overrides ?? [];
  // files an added, removed or edited override rule matches are redone even if unchanged
  const changed = changedRules(storedOverrides(db), overrides);
  const forced = new Set(
    changed.length ? reportIdentities(db).filter((r) => changed.some((rule) => ruleMatches(rule, r.path, [r.body_name, r.body_short_name]))).map((r) => r.path) : [],
  );
  if (changed.length) opts.log.info({ changedRules: changed.length, files: forced.size }, 'region overrides changed: their files are reprocessed');
  opts.log.info({ runId, input: root, files: files.length, mode, parser: PARSER_VERSION }, 'run started');
  const progress = new Progress(files.length, opts.progress);
  const limit = pLimit(opts.concurrency);

  const handle = async (file: string) => {
    const now = new Date().toISOString();
    counts.files_seen++;
    let st;
    try {
      st = await stat(file);
    } catch (err) {
      // listed, then gone before we could read it
      counts.files_failed++;
      store.save({ path: file, bytes: 0, mtimeMs: 0, sha256: null, ok: false, status: 'failed', error: `disappeared before it could be read: ${(err as Error).message}`, format: null }, runId, now);
      opts.log.warn({ file }, 'file disappeared');
      return;
    }
    const mtimeMs = Math.trunc(st.mtimeMs);
    const known = store.known(file);
    const sameVersion = known?.parser_version === PARSER_VERSION && !forced.has(file);
    const unchanged = (k: NonNullable<typeof known>) => {
      counts.files_unchanged++;
      if (k.status === 'failed' || k.status === 'needs_ocr') counts.files_failed++;
      store.touch(k.id, runId, mtimeMs, now);
    };
    if (!opts.full && known && sameVersion && known.bytes === st.size && known.mtime_ms === mtimeMs) return unchanged(known);
    let buf: Buffer;
    try {
      buf = await readFile(file);
    } catch (err) {
      counts.files_failed++;
      store.save({ path: file, bytes: st.size, mtimeMs, sha256: null, ok: false, status: 'failed', error: `cannot read: ${(err as Error).message}`, format: null }, runId, now);
      return;
    }
    const sha256 = createHash('sha256').update(buf).digest('hex');
    // touched (new mtime), same content
    if (!opts.full && known && sameVersion && known.sha256 === sha256) return unchanged(known);
    const item = await toItem(file, buf, sha256, mtimeMs, overrides);
    if (known) counts.files_changed++;
    else counts.files_new++;
    store.save(item, runId, now);
    if (item.ok) {
      counts.reports_loaded++;
      const failing = item.report.issues.filter((i) => i.check && i.severity === 'error').length;
      if (failing) counts.reports_failing_checks++;
      else passedAllChecks++;
      opts.log.info({ file, template: item.report.template, body: item.report.identity.body_name, year: item.report.identity.report_year, figures: item.report.metrics.length, failingChecks: failing }, 'report loaded');
    } else {
      if (item.status === 'unsupported') unsupported++;
      else counts.files_failed++;
      opts.log.warn({ file, status: item.status, reason: item.error }, 'file not loaded');
    }
  };

  await Promise.all(
    files.map((f) =>
      limit(async () => {
        try {
          await handle(f);
        } finally {
          progress.tick(path.relative(root, f));
        }
      }),
    ),
  );
  progress.end();
  counts.files_missing = store.markMissing(root, runId, new Date().toISOString());
  saveOverrides(db, overrides);
  const crossYear = refreshCrossYearChecks(db);
  if (crossYear) opts.log.info({ crossYear }, 'cross-year check T3-X: mismatches recorded');
  finishRun(db, runId, counts);
  opts.log.info({ runId, ...counts, unsupported }, 'run finished');
  return { runId, counts, unsupported, passedAllChecks };
}
