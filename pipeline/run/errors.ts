// Errors the run engine throws for its caller to turn into an outcome (the CLI: an exit code
// and a line). The engine never prints and never exits.

/** The input folder looks unmounted or emptied: the run stopped before marking anything missing (exit 4). */
export class InputVanishedError extends Error {
  override readonly name = 'InputVanishedError';
  /** The run row that records the refusal (undefined when the database refused that write). */
  runId: number | undefined;
  constructor(
    root: string,
    readonly gone: number,
    readonly known: number,
    maxShare: number,
    /** Entries the listing found. */
    readonly listed: number,
  ) {
    super(
      `${gone} of the ${known} files the database knows under ${root} are gone (${known === gone ? 'the folder is empty' : `more than ${Math.round(maxShare * 100)}%`}): ` +
        `is the folder mounted? Nothing was marked missing. If they were removed on purpose, run again with --allow-missing`,
    );
  }
}

/**
 * The run was stopped (RunOptions.signal: SIGINT or SIGTERM at the CLI) before its end: the
 * files recorded are whole and committed, the run row says `interrupted`, the next run does
 * the rest. `reason`: the abort's reason (the signal's name).
 */
export class RunInterruptedError extends Error {
  override readonly name = 'RunInterruptedError';
  constructor(
    readonly reason: string,
    /** Undefined when the stop came before the run row existed (nothing was done). */
    readonly runId: number | undefined,
    /** Files recorded (loaded or failed) before the stop. */
    readonly recorded: number,
  ) {
    super(
      runId === undefined
        ? `stopped by ${reason} before the run began; nothing was changed`
        : `run #${runId} stopped by ${reason}: ${recorded} file(s) recorded, whole; the files not read yet are read by the next run`,
    );
  }
}

/**
 * An unexpected error as plain data: what crosses the worker → pool boundary. Structured
 * clone keeps an Error's message but not reliably its stack, name or `cause`, so they are
 * copied by hand and the Error is rebuilt on the other side for the log.
 */
export interface ErrorRecord {
  name: string;
  message: string;
  stack?: string;
  cause?: ErrorRecord;
}

export function recordOf(err: unknown, depth = 0): ErrorRecord {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  // a cause chain is short; the bound only guards against a cycle
  const cause = err.cause !== undefined && depth < 8 ? recordOf(err.cause, depth + 1) : undefined;
  return { name: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}), ...(cause ? { cause } : {}) };
}

/** The Error again, with the stack and cause it had where it was thrown (pino logs both). */
export function revive(r: ErrorRecord): Error {
  const e = new Error(r.message, r.cause ? { cause: revive(r.cause) } : undefined);
  e.name = r.name;
  if (r.stack) e.stack = r.stack;
  return e;
}
