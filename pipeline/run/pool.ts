// A small pool of parse workers (worker_threads). Each worker holds a short queue of file
// jobs and runs them one after another, so it never waits for the main thread (which
// stops to write a batch to SQLite) between two files. A job that runs past the time
// limit, or a worker that runs out of memory or crashes, ends as a `failed` result with
// the reason; the worker is replaced and the jobs queued behind it move to the new one.
// With `workers: 0` jobs run in this thread (library use, tests). cancel() (a run stopped by a
// signal) drops every job not answered yet and stops the workers at once.
import type { OcrOptions } from '../extract/readers/ocr/index.js';
import type { RegionOverride } from '../transform/region/overrides.js';
import { recordOf, type ErrorRecord } from './errors.js';
import type { FileJob, JobResult } from './file-job.js';
import { openChannel, type ParseIn, type ParserChannel } from './parser-channel.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export interface PoolOptions {
  workers: number;
  /** Wall-clock limit per file. */
  timeoutMs: number;
  /** Heap limit of each worker (V8 old generation). */
  memoryMb: number;
  overrides: RegionOverride[];
  /** Read scans with OCR (run --ocr). */
  ocr?: OcrOptions;
  /** Jobs queued to one worker at a time (default 3). */
  depth?: number;
  /** Threads (default) or processes. */
  parseIn?: ParseIn;
  /** Each worker's young generation (default 16 MB). */
  youngMb?: number;
  /** Jobs after which a worker is replaced by a fresh one (default RECYCLE_AFTER). */
  recycleAfter?: number;
}

/**
 * A worker parses this many files, then a fresh one takes over: peak RSS stays what it is at
 * a few thousand files instead of growing with the run (a worker's start costs ≈ 0.3 s).
 */
export const RECYCLE_AFTER = 4000;

/** A job the pool dropped (cancel()): not read, or read and dropped; the next run does it. */
export const CANCELLED = { kind: 'cancelled' } as const;
export type PoolResult = JobResult | typeof CANCELLED;

interface Pending {
  task: WorkerTask;
  resolve: (r: PoolResult) => void;
}

interface Slot {
  worker: ParserChannel;
  /** Posted and not answered, in order: the first is the one running. */
  queue: Pending[];
  /** The time limit of the running job. */
  timer?: NodeJS.Timeout;
  /** Jobs posted to this worker since it started. */
  posted: number;
}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<() => void> = [];
  private nextId = 0;
  private cancelled = false;

  constructor(private readonly opts: PoolOptions) {}

  private spawn(): Slot {
    const slot: Slot = {} as Slot;
    slot.queue = [];
    slot.posted = 0;
    slot.worker = openChannel(
      this.opts.parseIn ?? 'threads',
      { memoryMb: this.opts.memoryMb, youngMb: this.opts.youngMb ?? 16, overrides: this.opts.overrides, ocr: this.opts.ocr },
      {
        message: (r) => this.finish(slot, r),
        failed: ({ outOfMemory, error, exit }) => {
          if (outOfMemory) return this.fail(slot, `ran out of memory (worker limit ${this.opts.memoryMb} MB)`);
          // a crash is a bug: its stack (from the worker's side) goes with the result to the log
          if (error) return this.fail(slot, `parser crashed: ${error.message}`, recordOf(error));
          this.fail(slot, `parser worker exited unexpectedly (${exit})`);
        },
      },
    );
    return slot;
  }

  /** The running job's clock starts when the one before it is answered (the worker runs them in order). */
  private startClock(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = slot.queue.length
      ? setTimeout(() => this.fail(slot, `timed out after ${Math.round(this.opts.timeoutMs / 1000)} s (limit per file)`), this.opts.timeoutMs)
      : undefined;
  }

  private finish(slot: Slot, r: WorkerReply): void {
    if (slot.queue[0]?.task.id !== r.id) return;
    const done = slot.queue.shift()!;
    this.startClock(slot);
    const { id: _id, ...result } = r;
    done.resolve(result as JobResult);
    // a worker past its share of jobs is replaced once it has answered them all: a parser's
    // heap grows with the places and layouts it has seen, so a long run would grow with it
    if (slot.posted >= this.recycleAfter && !slot.queue.length && this.replace(slot)) this.recycled++;
    this.waiting.shift()?.();
  }

  private get recycleAfter(): number {
    return this.opts.recycleAfter ?? RECYCLE_AFTER;
  }

  /** A fresh worker in the slot's place; undefined when the slot is no longer the pool's. */
  private replace(slot: Slot): Slot | undefined {
    const i = this.slots.indexOf(slot);
    if (i < 0) return undefined;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    return (this.slots[i] = this.spawn());
  }

  /** Workers replaced after their share of jobs (for tests and the benchmark). */
  recycled = 0;

  /** The slot's running job fails with `why`; the worker is replaced and takes over the queue. */
  private fail(slot: Slot, why: string, internal?: ErrorRecord): void {
    const fresh = this.replace(slot);
    if (!fresh) return;
    const [running, ...rest] = slot.queue;
    for (const p of rest) this.post(fresh, p);
    running?.resolve({ kind: 'failed', error: why, ...(internal ? { internal } : {}) });
    if (running) this.waiting.shift()?.();
  }

  private post(slot: Slot, p: Pending): void {
    slot.posted++;
    slot.queue.push(p);
    if (slot.queue.length === 1) this.startClock(slot);
    slot.worker.post(p.task);
  }

  async run(job: FileJob): Promise<PoolResult> {
    if (this.cancelled) return CANCELLED;
    if (!this.opts.workers) {
      // in this thread: the parser is loaded only then (the main thread of a run with workers never needs it)
      const { runJob } = await import('./file-job.js');
      return runJob(job, this.opts.overrides, undefined, this.opts.ocr);
    }
    // workers start with the first file that needs reading: a no-op run starts none
    while (this.slots.length < this.opts.workers) this.slots.push(this.spawn());
    const depth = this.opts.depth ?? 3;
    for (;;) {
      // the least loaded worker with room in its queue (one that has had its share takes no more)
      const slot = this.slots.reduce<Slot | undefined>(
        (best, s) => (s.queue.length < depth && s.posted < this.recycleAfter && (!best || s.queue.length < best.queue.length) ? s : best),
        undefined,
      );
      if (slot) return new Promise<PoolResult>((resolve) => this.post(slot, { task: { id: this.nextId++, job }, resolve }));
      await new Promise<void>((r) => this.waiting.push(r));
      if (this.cancelled) return CANCELLED;
    }
  }

  /**
   * Takes no more jobs; those queued or running end as CANCELLED, and the workers are
   * terminated (a parse in the middle of a long PDF is not waited for). A job running in this
   * thread (`workers: 0`) cannot be stopped and ends normally.
   */
  async cancel(): Promise<void> {
    this.cancelled = true;
    const dropped = this.slots.flatMap((s) => s.queue);
    // close() takes the listeners off and starts terminating before its first await: no
    // answer can come in after the jobs are dropped, and the run does not wait for the threads
    const closing = this.close();
    for (const p of dropped) p.resolve(CANCELLED);
    for (const wake of this.waiting.splice(0)) wake();
    await closing;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => (clearTimeout(s.timer), s.worker.terminate())));
    this.slots.length = 0;
  }
}
