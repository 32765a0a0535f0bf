// The run's counts, kept as each file is decided, and the one place a file's outcome is
// written (through the batch writer) and logged. Failures are counted new or known
// (failures.ts).
import type pino from 'pino';
import type { BatchWriter } from '../load/batch.js';
import type { LoadItem } from '../load/item.js';
import { emptyCounts } from '../load/runs.js';
import type { KnownFile } from '../load/store.js';
import { revive, type ErrorRecord } from './errors.js';
import { failingSince, isFailing, isNewFailure } from './failures.js';

export class Tally {
  readonly counts = emptyCounts();
  passedAllChecks = 0;
  /** Unchanged files that were missing and are back: they change the copies and rollups unparsed. */
  reappeared = 0;

  /** `lastFinished`: the last run that finished before this one (a failure there at its end is known). */
  constructor(
    private readonly writer: BatchWriter,
    private readonly log: pino.Logger,
    private readonly runId: number,
    private readonly lastFinished: number,
  ) {}

  /** A failing file counted new or known. */
  private failure(status: string, since: number | null): void {
    const c = this.counts;
    c.files_failed++;
    if (status === 'needs_ocr') c.files_needs_ocr++;
    if (isNewFailure(since, this.lastFinished)) c.files_failed_new++;
    else c.files_failed_known++;
  }

  /**
   * `known`: the file's row when the database knew it (its report is replaced), else a new
   * file. `internal`: the unexpected error behind a failure, logged with its stack.
   */
  record(item: LoadItem, known: KnownFile | undefined, now: string, internal?: ErrorRecord): void {
    const c = this.counts;
    if (known === undefined) c.files_new++;
    else c.files_changed++;
    const since = failingSince(item, known, this.runId);
    this.writer.save(item, known?.id, now, since);
    if (item.ok) {
      c.reports_loaded++;
      const failing = item.report.issues.filter((i) => i.check && i.severity === 'error').length;
      if (failing) c.reports_failing_checks++;
      else this.passedAllChecks++;
      this.log.info(
        {
          file: item.path,
          template: item.report.template,
          body: item.report.identity.body_name,
          year: item.report.identity.report_year,
          figures: item.report.metrics.length,
          failingChecks: failing,
        },
        'report loaded',
      );
      return;
    }
    if (item.status === 'unsupported') c.files_unsupported++;
    else this.failure(item.status, since);
    const fields = {
      file: item.path,
      status: item.status,
      reason: item.error,
      ...(isFailing(item.status) ? { known: since !== null && !isNewFailure(since, this.lastFinished) } : {}),
    };
    // the row keeps the message; an unexpected error's stack and cause go to the log
    if (internal) this.log.error({ ...fields, err: revive(internal) }, 'file not loaded: internal error');
    else this.log.warn(fields, 'file not loaded');
  }

  /** Files whose rows stand as loaded, not failing: counted, nothing else to say of them. */
  unchangedLoaded(n: number): void {
    this.counts.files_unchanged += n;
  }

  /** A file whose row stands as it is (same size and mtime, or same content). */
  unchanged(k: Pick<KnownFile, 'present' | 'status' | 'failing_since_run'>): void {
    const c = this.counts;
    c.files_unchanged++;
    if (!k.present) this.reappeared++;
    // still failing as it was: known, unless it began failing in a run that never finished
    if (isFailing(k.status)) this.failure(k.status, k.failing_since_run);
  }
}
