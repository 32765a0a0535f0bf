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
}

/** A file's stored report stands: same parser, no override rule touching it, not a --full run. */
export const isCurrent = (ctx: RunContext, p: string, k: KnownFile | undefined): boolean =>
  k?.parser_version === PARSER_VERSION && !ctx.forced.has(p) && !ctx.opts.full;

/** Draws nothing: a run without a person watching. */
export const NO_PROGRESS: ProgressSink = { start: () => undefined, tick: () => undefined, end: () => undefined };
