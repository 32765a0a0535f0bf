// A parse worker: runs file jobs (read, hash, extract + transform) one after another, in
// the order they came, and posts back each result. Parsing is CPU-bound: workers use every
// core, and a file that hangs or exhausts memory takes down only its worker, never the run.
import { parentPort, workerData } from 'node:worker_threads';
import type { OcrOptions } from '../extract/readers/ocr/index.js';
import type { RegionOverride } from '../transform/index.js';
import { recordOf } from './errors.js';
import { runJob, type FileJob, type JobResult } from './file-job.js';

export interface WorkerTask {
  id: number;
  job: FileJob;
}

export type WorkerReply = JobResult & { id: number };

// a thread gets its data as workerData, a process (--parse-in processes) in its environment
const data = (parentPort ? workerData : JSON.parse(process.env.DISCLOSURE_WORKER_DATA ?? '{}')) as
  { overrides?: RegionOverride[]; ocr?: OcrOptions } | undefined;
const overrides = data?.overrides ?? [];
const reply = (r: WorkerReply): void => void (parentPort ? parentPort.postMessage(r) : process.send!(r));
const queue: WorkerTask[] = [];
let running = false;

/** A job that throws (a bug) fails its file with the error's stack, and the worker goes on. */
async function settle(job: FileJob): Promise<JobResult> {
  try {
    return await runJob(job, overrides, undefined, data?.ocr);
  } catch (err) {
    return { kind: 'failed', error: `internal error: ${(err as Error).message}`, internal: recordOf(err) };
  }
}

// one at a time: the pool times the first job of its queue, so jobs must not interleave
async function drain(): Promise<void> {
  running = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    reply({ id: task.id, ...(await settle(task.job)) });
  }
  running = false;
}

const take = (task: WorkerTask): void => {
  queue.push(task);
  if (!running) void drain();
};
if (parentPort) parentPort.on('message', take);
else process.on('message', take);
