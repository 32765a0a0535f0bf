// A small pool of parse workers (worker_threads). One task per worker at a time; a task
// that runs past the time limit, or a worker that runs out of memory or crashes, ends as a
// `failed` result with the reason, and the worker is replaced. With `workers: 0` files are
// parsed in this thread (library use, tests).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RegionOverride } from '../pipeline/transform/region/overrides.js';
import type { ParseResult, ParseTask } from './worker.js';

export interface PoolOptions {
  workers: number;
  /** Wall-clock limit per file. */
  timeoutMs: number;
  /** Heap limit of each worker (V8 old generation). */
  memoryMb: number;
  overrides: RegionOverride[];
}

// a result without its task id (Omit over each member of the union)
type Outcome = ParseResult extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

interface Slot {
  worker: Worker;
  busy?: { task: ParseTask; resolve: (o: Outcome) => void; timer: NodeJS.Timeout };
}

/** The compiled worker: dist/cli/worker.js, also when this module runs from source (tests). */
function workerFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, 'worker.js');
  if (existsSync(beside)) return beside;
  return path.resolve(here, '..', 'dist', 'cli', 'worker.js');
}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<() => void> = [];
  private nextId = 0;

  constructor(private readonly opts: PoolOptions) {}

  private spawn(): Slot {
    const worker = new Worker(workerFile(), {
      workerData: { overrides: this.opts.overrides },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb },
    });
    const slot: Slot = { worker };
    worker.on('message', (r: ParseResult) => this.finish(slot, r));
    worker.on('error', (err: Error & { code?: string }) => {
      const why = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of memory (worker limit ${this.opts.memoryMb} MB)` : `parser crashed: ${err.message}`;
      this.fail(slot, why);
    });
    worker.on('exit', () => this.fail(slot, 'parser worker exited unexpectedly'));
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, r: ParseResult): void {
    const busy = slot.busy;
    if (!busy || busy.task.id !== r.id) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    const { id: _id, ...outcome } = r;
    busy.resolve(outcome as Outcome);
    this.waiting.shift()?.();
  }

  /** The slot's task fails with `why`; the worker is replaced. */
  private fail(slot: Slot, why: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const busy = slot.busy;
    slot.busy = undefined;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[i] = this.spawn();
    if (busy) {
      clearTimeout(busy.timer);
      busy.resolve({ ok: false, status: 'failed', error: why });
    }
    this.waiting.shift()?.();
  }

  async run(file: string, bytes: Uint8Array): Promise<Outcome> {
    if (!this.opts.workers) {
      // parsing in this thread: the parser is loaded only then (the main thread of a run with workers never needs it)
      const { paragraphsOf, readReport } = await import('./process-file.js');
      const o = await readReport(file, bytes, { overrides: this.opts.overrides });
      return o.ok ? { ok: true, encoding: o.doc.encoding, format: o.doc.format, report: o.report, paragraphs: paragraphsOf(o.doc) } : { ok: false, status: o.status, error: o.error };
    }
    // workers start with the first file that needs parsing: a no-op run starts none
    while (this.slots.length < this.opts.workers) this.slots.push(this.spawn());
    for (;;) {
      const slot = this.slots.find((s) => !s.busy);
      if (slot) {
        return new Promise<Outcome>((resolve) => {
          const task: ParseTask = { id: this.nextId++, file, bytes };
          const timer = setTimeout(() => this.fail(slot, `timed out after ${Math.round(this.opts.timeoutMs / 1000)} s (limit per file)`), this.opts.timeoutMs);
          slot.busy = { task, resolve, timer };
          // the bytes move to the worker instead of being copied
          const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
          slot.worker.postMessage(task, transfer);
        });
      }
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => (s.worker.removeAllListeners(), s.worker.terminate())));
    this.slots.length = 0;
  }
}
