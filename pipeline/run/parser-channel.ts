// A parse worker as the pool sees it, run as a thread (worker_threads, the default) or as a
// process (child_process.fork, `--parse-in processes`): the same worker.js, the same messages
// (structured clone both ways: a process's channel uses V8 serialization), the same three
// outcomes: an answer, a crash, or running out of memory. Processes share nothing with the
// main thread, neither heap nor V8's GC helper threads, which threads on two cores do; the
// benchmark measures both (BENCHMARKS.md).
import { fork, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import type { OcrOptions } from '../extract/readers/ocr/index.js';
import type { RegionOverride } from '../transform/region/overrides.js';
import { compiledBeside } from './compiled.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export type ParseIn = 'threads' | 'processes';

export interface ChannelEvents {
  message(r: WorkerReply): void;
  /** `outOfMemory`: the heap limit was reached; otherwise a crash (with the error when there is one). */
  failed(why: { outOfMemory: boolean; error?: Error; exit?: string }): void;
}

export interface ParserChannel {
  post(task: WorkerTask): void;
  /** Stops it at once; no event comes after this is called. */
  terminate(): Promise<void>;
}

export interface ChannelOptions {
  memoryMb: number;
  /** V8's young generation of a worker: 16 MB keeps RSS down (V8 gives a thread 32 to 48). */
  youngMb: number;
  overrides: RegionOverride[];
  /** Read scans with OCR (run --ocr). */
  ocr?: OcrOptions;
}

const WORKER = () => compiledBeside(import.meta.url, 'worker.js');

export function openChannel(kind: ParseIn, opts: ChannelOptions, on: ChannelEvents): ParserChannel {
  return kind === 'processes' ? processChannel(opts, on) : threadChannel(opts, on);
}

function threadChannel(opts: ChannelOptions, on: ChannelEvents): ParserChannel {
  const worker = new Worker(WORKER(), {
    workerData: { overrides: opts.overrides, ocr: opts.ocr },
    resourceLimits: { maxOldGenerationSizeMb: opts.memoryMb, maxYoungGenerationSizeMb: opts.youngMb },
  });
  worker.on('message', (r: WorkerReply) => on.message(r));
  worker.on('error', (err: Error & { code?: string }) => on.failed({ outOfMemory: err.code === 'ERR_WORKER_OUT_OF_MEMORY', error: err }));
  worker.on('exit', (code) => on.failed({ outOfMemory: false, exit: `exit code ${code}` }));
  worker.unref();
  return {
    post: (task) => worker.postMessage(task),
    terminate: async () => {
      worker.removeAllListeners();
      await worker.terminate();
    },
  };
}

function processChannel(opts: ChannelOptions, on: ChannelEvents): ParserChannel {
  const child: ChildProcess = fork(WORKER(), [], {
    serialization: 'advanced',
    // a young generation of 2 × the semi-space: as the thread's
    execArgv: [`--max-old-space-size=${opts.memoryMb}`, `--max-semi-space-size=${Math.max(1, Math.round(opts.youngMb / 2))}`],
    env: { ...process.env, DISCLOSURE_WORKER_DATA: JSON.stringify({ overrides: opts.overrides, ocr: opts.ocr }) },
    // stderr kept to tell a heap limit (V8 prints "heap out of memory" and aborts) from a crash
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  child.on('message', (r: WorkerReply) => on.message(r));
  child.on('error', (err) => on.failed({ outOfMemory: false, error: err }));
  child.on('exit', (code, signal) => {
    // the exit event can come before the last of stderr: read what is there
    on.failed({ outOfMemory: /heap out of memory|Allocation failed/i.test(stderr), exit: signal ? `signal ${signal}` : `exit code ${code}` });
  });
  // the IPC channel stays referenced: a run awaiting only a worker's answer would otherwise
  // end with an unsettled await (exit 13; un-referencing it between jobs raced with the next
  // job's post). The pool's close() kills the process, which closes it.
  (child.stderr as unknown as { unref?: () => void }).unref?.();
  return {
    post: (task) => child.send(task),
    terminate: async () => {
      child.removeAllListeners();
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
  };
}
