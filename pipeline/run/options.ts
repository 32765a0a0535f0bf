// What a run is asked to do, and what it answers.
import type pino from 'pino';
import type { OcrOptions } from '../extract/readers/ocr/index.js';
import type { RegionOverride } from '../transform/region/overrides.js';
import type { RunCounts } from '../load/runs.js';

export interface Limits {
  /** Files larger than this are not read (a 1 GB "report" is not one). */
  maxFileBytes: number;
  /** Wall-clock parse time per file. */
  timeoutMs: number;
  /** Heap of each parse worker. */
  workerMemoryMb: number;
}

export const DEFAULT_LIMITS: Limits = { maxFileBytes: 100 * 1024 * 1024, timeoutMs: 60_000, workerMemoryMb: 512 };

/** The share of known files that may be gone in one run before it stops (issues 15, 18). */
export const DEFAULT_MAX_MISSING_SHARE = 0.2;

/** Told of the run's progress file by file; the CLI draws a bar from it. */
export interface ProgressSink {
  start(total: number): void;
  tick(label: string): void;
  end(): void;
}

export interface RunOptions {
  input: string;
  full: boolean;
  /** Parse workers (threads); 0 parses in this thread. */
  workers?: number;
  /** The workers as threads (default) or processes. */
  parseIn?: 'threads' | 'processes';
  /** Files in flight: queued to the workers (which read, hash and parse them) or being written. */
  concurrency: number;
  limits?: Partial<Limits>;
  /** The analyst's region override rules (empty when there is no override file). */
  overrides?: RegionOverride[];
  /** Read scans (image-only PDFs, page images) with OCR; without it they are recorded as needs_ocr. */
  ocr?: OcrOptions;
  /** Bring the full-text index up to date at the end (default true; `--text-index none` is false). */
  textIndex?: boolean;
  /** Read files that symbolic links point to outside the input (default: recorded, not read). */
  followLinks?: boolean;
  /** Paths the run itself writes (database, output folder): never listed as input. */
  exclude?: readonly string[];
  /** More than this share of the known files gone at once stops the run (default 0.2; 1 allows all). */
  maxMissingShare?: number;
  /**
   * Stops the run (the CLI aborts it on SIGINT/SIGTERM; the abort's reason names the signal):
   * no new file is started, the files in the pool are dropped, what was recorded is committed,
   * the run row is closed as `interrupted` and RunInterruptedError is thrown.
   */
  signal?: AbortSignal;
  /**
   * Re-read and re-hash the files whose size and mtime are unchanged (a file replaced by
   * another of the same size and mtime is otherwise never noticed): a weekly job.
   */
  verify?: boolean;
  log: pino.Logger;
  progress?: ProgressSink;
}

export interface RunResult {
  runId: number;
  counts: RunCounts;
  /**
   * Whether the dataset may differ from what the exports show: files came, changed or went,
   * or the run before stopped before writing them (killed, interrupted).
   */
  changed: boolean;
  passedAllChecks: number;
  /** Present reports once copies are grouped (a page and its text dump are one), and their bodies. */
  reports: { distinct: number; copies: number; conflicts: number; bodies: number };
}
