// A parse worker: runs file jobs (read, hash, extract + transform) one after another, in
// the order they came, and posts back each result. Parsing is CPU-bound: workers use every
// core, and a file that hangs or exhausts memory takes down only its worker, never the run.
import { parentPort, workerData } from 'node:worker_threads';
import type { RegionOverride } from '../pipeline/transform/index.js';
import { runJob, type FileJob, type JobResult } from './file-job.js';

export interface WorkerTask {
  id: number;
  job: FileJob;
}

export type WorkerReply = JobResult & { id: number };

const overrides = (workerData as { overrides?: RegionOverride[] } | undefined)?.overrides ?? [];
const queue: WorkerTask[] = [];
let running = false;

// one at a time: the pool times the first job of its queue, so jobs must not interleave
async function drain(): Promise<void> {
  running = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const reply: WorkerReply = { id: task.id, ...(await runJob(task.job, overrides)) };
    parentPort!.postMessage(reply);
  }
  running = false;
}

parentPort?.on('message', (task: WorkerTask) => {
  queue.push(task);
  if (!running) void drain();
});
