// A parse worker: receives a file's bytes, runs extract + transform, posts back the report
// or the reason there is none. Parsing is CPU-bound: workers use every core, and a file
// that hangs or exhausts memory takes down only its worker, never the run.
import { parentPort, workerData } from 'node:worker_threads';
import type { RegionOverride } from '../pipeline/transform/index.js';
import { paragraphsOf, readReport } from './process-file.js';

export interface ParseTask {
  id: number;
  file: string;
  bytes: Uint8Array;
}

export type ParseResult =
  | { id: number; ok: true; encoding: string; format: string; report: import('../pipeline/transform/index.js').Report; paragraphs: ReturnType<typeof paragraphsOf> }
  | { id: number; ok: false; status: 'unsupported' | 'failed' | 'needs_ocr'; error: string };

const overrides = (workerData as { overrides?: RegionOverride[] } | undefined)?.overrides ?? [];

parentPort?.on('message', async (task: ParseTask) => {
  const o = await readReport(task.file, task.bytes, { overrides });
  // the document itself stays here: only what load stores crosses the thread boundary
  const result: ParseResult = o.ok
    ? { id: task.id, ok: true, encoding: o.doc.encoding, format: o.doc.format, report: o.report, paragraphs: paragraphsOf(o.doc) }
    : { id: task.id, ok: false, status: o.status, error: o.error };
  parentPort!.postMessage(result);
});
