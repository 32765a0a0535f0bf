// The nightly job as a library: list the folder (with sizes and mtimes), decide from size and
// mtime (then sha256) what changed, parse what did in worker threads, write in batched
// transactions, mark files that disappeared. Memory stays flat: a fixed number of files are
// in flight, whatever the folder's size. It throws typed errors (InputVanishedError,
// RunInterruptedError, a DatabaseError) and never prints or exits: the caller (the CLI) does.
// Every outcome leaves a run row: ok or partial, refused (the input looked unmounted),
// interrupted (opts.signal), crashed (a database error).
import path from 'node:path';
import { BatchWriter } from '../load/batch.js';
import type { DB } from '../load/db.js';
import { databaseError, fileIdentity } from '../load/db-error.js';
import { writeDictionary } from '../load/dictionary.js';
import { failRun, interruptRun, lastFinishedRun, lastRunUnfinished, refuseRun, startRun } from '../load/runs.js';
import { Store } from '../load/store.js';
import { metricDictionary } from '../transform/metrics/index.js';
import { PARSER_VERSION } from '../transform/version.js';
import { NO_PROGRESS, type RunContext } from './context.js';
import { crashHook } from './crash-hook.js';
import { InputVanishedError, RunInterruptedError } from './errors.js';
import { execute } from './execute.js';
import { finalize } from './finalize.js';
import type { RunOptions, RunResult } from './options.js';
import { planRun, type Plan } from './plan.js';
import { Tally } from './tally.js';
import { triage } from './triage.js';

export { DEFAULT_LIMITS, DEFAULT_MAX_MISSING_SHARE, type Limits, type ProgressSink, type RunOptions, type RunResult } from './options.js';
export { InputVanishedError, RunInterruptedError } from './errors.js';
export { listInputs, listPaths } from './triage.js';

export async function runPipeline(db: DB, opts: RunOptions): Promise<RunResult> {
  const identity = fileIdentity(db.name);
  let ctx: RunContext | undefined;
  try {
    if (opts.signal?.aborted) throw new RunInterruptedError(String(opts.signal.reason), undefined, 0);
    const plan = await refusing(db, opts, () => planRun(db, opts));
    ctx = begin(db, opts, plan);
    const work = triage(ctx);
    await execute(ctx, work);
    ctx.progress.end();
    if (opts.signal?.aborted) interrupt(ctx, String(opts.signal.reason));
    return finalize(ctx, identity);
  } catch (err) {
    // a database error ends the run in order: recorded on the run row when the database can
    // still take it, and thrown as a DatabaseError for the CLI edge (exit 3)
    const e = databaseError(err, db.name);
    if (e) {
      if (ctx) failRun(db, ctx.runId, ctx.tally.counts, e.message);
      throw e;
    }
    // anything else is a bug: its stack and cause go to the log before it reaches the caller
    if (!(err instanceof InputVanishedError || err instanceof RunInterruptedError)) opts.log.error({ err }, 'run stopped by an internal error');
    throw err;
  }
}

/** The plan, or the refusal of an input that looks unmounted, recorded as a closed `refused` run row. */
async function refusing(db: DB, opts: RunOptions, plan: () => Promise<Plan>): Promise<Plan> {
  try {
    return await plan();
  } catch (err) {
    if (!(err instanceof InputVanishedError)) throw err;
    err.runId = refuseRun(db, {
      input: path.resolve(opts.input),
      parserVersion: PARSER_VERSION,
      mode: opts.full ? 'full' : 'incremental',
      workers: opts.workers ?? 0,
      seen: err.listed,
      reason: err.message,
    });
    opts.log.warn(
      { runId: err.runId, gone: err.gone, known: err.known, listed: err.listed, reason: err.message },
      'run refused: the input looks unmounted or emptied',
    );
    throw err;
  }
}

/** Stopped by a signal after the files in hand were committed: the row is closed as interrupted; nothing is marked missing. */
function interrupt(ctx: RunContext, reason: string): never {
  const c = ctx.tally.counts;
  const err = new RunInterruptedError(reason, ctx.runId, c.files_new + c.files_changed);
  interruptRun(ctx.db, ctx.runId, c, err.message);
  ctx.log.warn({ runId: ctx.runId, signal: reason, ...c }, 'run interrupted');
  throw err;
}

/** The run row, the metric dictionary, the writer and the tally: what the steps share. */
function begin(db: DB, opts: RunOptions, plan: Plan): RunContext {
  // read before this run's row exists
  const lastFinished = lastFinishedRun(db);
  const settleAll = lastRunUnfinished(db);
  const runId = startRun(db, plan.root, PARSER_VERSION, plan.mode, plan.workers);
  writeDictionary(db, metricDictionary());
  const store = new Store(db, PARSER_VERSION);
  const writer = new BatchWriter(db, store, runId);
  writer.onCommit = crashHook();
  const log = opts.log;
  if (plan.changedRules) log.info({ changedRules: plan.changedRules, files: plan.forced.size }, 'region overrides changed: their files are reprocessed');
  log.info(
    { runId, input: plan.root, files: plan.listing.files.length, mode: plan.mode, parser: PARSER_VERSION, workers: plan.workers, limits: plan.limits },
    'run started',
  );
  if (plan.matched.sameAsRecorded)
    log.info({ files: plan.listing.files.length }, 'the folder lists as the last run left it: every file unchanged, no row matched one by one');
  if (plan.listing.skipped.length)
    log.info(
      { entries: plan.listing.skipped.length },
      'entries of the input not read (links, hidden, not regular files, unreadable folders): recorded with the reason',
    );
  if (settleAll) log.info('the last run stopped before its end: copies, bodies and exports are settled again');
  const progress = opts.progress ?? NO_PROGRESS;
  progress.start(plan.listing.files.length);
  return { ...plan, db, opts, log, runId, store, writer, tally: new Tally(writer, log, runId, lastFinished), progress, settleAll, readAsListed: true };
}
