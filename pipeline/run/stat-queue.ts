// The listed files, stat-ed while the listing goes on (stat-files.ts says why). `add` takes
// each file as the walk finds it; `done` stats what is left and gives the arrays in listing
// order. A thread that fails is not trusted with anything: its chunks are stat-ed again here.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { compiledBeside } from './compiled.js';
import { CHUNK, chunkStats, DONE, SPLIT_FROM, statInto, takeChunks, type ChunkMessage, type Stats } from './stat-files.js';

/** Sizes and mtimes of a listing's files at once (the benchmark's listing, tests). */
export async function statFiles(files: readonly string[], raw: ReadonlyMap<string, Buffer>, splitFrom = SPLIT_FROM): Promise<Stats> {
  const q = new StatQueue({ splitFrom });
  for (const p of files) q.add(raw.get(p) ?? p);
  return q.done();
}

export class StatQueue {
  private readonly chunks: ChunkMessage[] = [];
  private open: Array<string | Buffer> = [];
  private worker: Worker | undefined;
  private finished: Promise<unknown> | undefined;
  private posted = 0;
  private readonly ctrl = new Int32Array(new SharedArrayBuffer(8));

  private readonly splitFrom: number;
  private readonly chunk: number;
  private readonly workerFile: string;

  /** `splitFrom`: files listed before a thread starts to take chunks; `chunk`, `workerFile`: for tests. */
  constructor(opts: { splitFrom?: number; chunk?: number; workerFile?: string } = {}) {
    this.splitFrom = opts.splitFrom ?? SPLIT_FROM;
    this.chunk = opts.chunk ?? CHUNK;
    this.workerFile = opts.workerFile ?? compiledBeside(import.meta.url, 'stat-worker.js');
  }

  /** Chunks stat-ed so far, by either thread. */
  get chunksDone(): number {
    return Atomics.load(this.ctrl, DONE);
  }

  /** A listed file, by its path (or its bytes, for a name that is not UTF-8). */
  readonly add = (p: string | Buffer): void => {
    this.open.push(p);
    if (this.open.length === this.chunk) this.seal();
  };

  /** The sizes and mtimes of every file added, in the order added. */
  async done(): Promise<Stats> {
    if (this.open.length) this.seal();
    const total = this.chunks.length;
    try {
      this.worker?.postMessage({ end: total });
      // take what the thread has not: the same counter it takes from
      takeChunks(this.ctrl, total, this.stat);
      if (this.finished && Atomics.load(this.ctrl, DONE) < total)
        await this.finished.catch(() => {
          // the thread failed: every chunk again, here (none of its figures is trusted)
          for (let c = 0; c < total; c++) this.stat(c);
        });
    } finally {
      void this.worker?.terminate();
    }
    const n = this.chunks.reduce((s, c) => s + c.paths.length, 0);
    const out: Stats = { size: new Float64Array(n), mtime: new Float64Array(n) };
    let at = 0;
    for (const c of this.chunks) {
      const s = chunkStats(c.buf, c.paths.length);
      out.size.set(s.size, at);
      out.mtime.set(s.mtime, at);
      at += c.paths.length;
    }
    return out;
  }

  /** Stops the thread of a listing that did not end (it threw). */
  close(): void {
    void this.worker?.terminate();
  }

  private readonly stat = (c: number): void => {
    const chunk = this.chunks[c]!;
    statInto(chunk.paths, chunkStats(chunk.buf, chunk.paths.length));
  };

  private seal(): void {
    const paths = this.open;
    this.open = [];
    this.chunks.push({ k: this.chunks.length, paths, buf: new SharedArrayBuffer(paths.length * 16) });
    if (!this.worker && this.chunks.length * this.chunk >= this.splitFrom) this.start();
    // posted as soon as sealed: the thread stats them while the walk goes on
    for (; this.worker && this.posted < this.chunks.length; this.posted++) this.worker.postMessage(this.chunks[this.posted]);
  }

  private start(): void {
    const worker = new Worker(this.workerFile, { workerData: this.ctrl.buffer });
    this.worker = worker;
    // 'finished' once every chunk is done; an error or an exit before it is a failure
    this.finished = Promise.race([
      once(worker, 'message'),
      once(worker, 'exit').then(() => {
        throw new Error('the stat thread exited before its end');
      }),
    ]);
    // not awaited until done(): a failure before it must not be an unhandled rejection
    this.finished.catch(() => undefined);
  }
}
