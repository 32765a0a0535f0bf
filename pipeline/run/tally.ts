// The run's counts, kept as each file is decided, and the one place a file's outcome is
// written (through the batch writer) and logged.
import type pino from 'pino';
import type { BatchWriter } from '../load/batch.js';
import type { LoadItem } from '../load/item.js';
import { emptyCounts } from '../load/runs.js';
import { revive, type ErrorRecord } from './errors.js';

export class Tally {
  readonly counts = emptyCounts();
  passedAllChecks = 0;
  /** Unchanged files that were missing and are back: they change the copies and rollups unparsed. */
  reappeared = 0;

  constructor(
    private readonly writer: BatchWriter,
    private readonly log: pino.Logger,
  ) {}

  /**
   * `fileId`: the file's row when the database knew it (its report is replaced), else a new
   * file. `internal`: the unexpected error behind a failure, logged with its stack.
   */
  record(item: LoadItem, fileId: number | undefined, now: string, internal?: ErrorRecord): void {
    const c = this.counts;
    if (fileId === undefined) c.files_new++;
    else c.files_changed++;
    this.writer.save(item, fileId, now);
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
    else c.files_failed++;
    if (item.status === 'needs_ocr') c.files_needs_ocr++;
    // the row keeps the message; an unexpected error's stack and cause go to the log
    if (internal) this.log.error({ file: item.path, status: item.status, reason: item.error, err: revive(internal) }, 'file not loaded: internal error');
    else this.log.warn({ file: item.path, status: item.status, reason: item.error }, 'file not loaded');
  }

  /** A file whose row stands as it is (same size and mtime, or same content). */
  unchanged(status: string, wasPresent = true): void {
    const c = this.counts;
    c.files_unchanged++;
    if (!wasPresent) this.reappeared++;
    if (status === 'failed' || status === 'needs_ocr') c.files_failed++;
    if (status === 'needs_ocr') c.files_needs_ocr++;
  }
}
