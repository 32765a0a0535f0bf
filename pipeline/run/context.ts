// What the steps of a run (plan → triage → execute → finalize) share once the run row exists.
import type pino from 'pino';
import type { BatchWriter } from '../load/batch.js';
import type { DB } from '../load/db.js';
import type { KnownFile, Store } from '../load/store.js';
import { PARSER_VERSION } from '../transform/version.js';
import type { Plan } from './plan.js';
import type { ProgressSink, RunOptions } from './options.js';
import type { Tally } from './tally.js';

export interface RunContext extends Plan {
  db: DB;
  opts: RunOptions;
  log: pino.Logger;
  runId: number;
  store: Store;
  writer: BatchWriter;
  tally: Tally;
  progress: ProgressSink;
  /** The run before stopped before its end (killed, interrupted): copies, bodies and exports are settled whatever changed. */
  settleAll: boolean;
  /** Every file read had the size and mtime it was listed with: the rows say what the listing says (its digest may be recorded). */
  readAsListed: boolean;
}

/** A file's stored report stands: same parser, no override rule touching it, not a --full run. */
export const storedStands = (rules: { forced: ReadonlySet<string>; full: boolean }, p: string, parserVersion: string | undefined): boolean =>
  parserVersion === PARSER_VERSION && !rules.forced.has(p) && !rules.full;

/** storedStands, asked of a run's context. */
export const isCurrent = (ctx: RunContext, p: string, k: KnownFile | undefined): boolean =>
  storedStands({ forced: ctx.forced, full: ctx.opts.full }, p, k?.parser_version);

/** Draws nothing: a run without a person watching. */
export const NO_PROGRESS: ProgressSink = { start: () => undefined, tick: () => undefined, end: () => undefined };
