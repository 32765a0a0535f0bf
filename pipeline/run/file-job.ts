// One file's whole job, done where the parsing is (a worker thread): read it, hash it, and
// parse it unless its content is the one already loaded. Keeping the I/O and the hash here
// leaves the main thread only dispatch and the database writes, which is its bottleneck.
import { createHash } from 'node:crypto';
import type { OcrOptions } from '../extract/readers/ocr/index.js';
import type { RegionOverride } from '../transform/index.js';
import type { ErrorRecord } from './errors.js';
import { paragraphsOf, readReport } from './process-file.js';
import { GONE, NotRegular, readStable, TooLarge, type FileOps } from './read-stable.js';

export interface FileJob {
  file: string;
  /** The path's bytes (hex) when its name is not UTF-8: `file` is then its escaped text. */
  raw?: string;
  /** The hash of the content already loaded and current: equal content is not parsed again. */
  loadedSha256?: string;
  /** Files larger than this are not read (decided from the listing, checked again here: it may have grown). */
  maxBytes?: number;
}

export interface ReadFacts {
  bytes: number;
  mtimeMs: number;
  sha256: string;
}

export type Parsed =
  | { ok: true; encoding: string; format: string; report: import('../transform/index.js').Report; paragraphs: ReturnType<typeof paragraphsOf> }
  | { ok: false; status: 'unsupported' | 'failed' | 'needs_ocr'; error: string; internal?: ErrorRecord };

export type JobResult =
  /** Not read (gone, denied, changed while being read), or its parser timed out or crashed (`internal`: the crash). */
  | { kind: 'failed'; error: string; internal?: ErrorRecord }
  /** Read; the same content as the report already loaded. */
  | { kind: 'same'; facts: ReadFacts }
  | { kind: 'parsed'; facts: ReadFacts; parsed: Parsed };

/** `ocr`: read scans with OCR (`run --ocr`); without it they are recorded as needs_ocr. */
export async function runJob(job: FileJob, overrides: RegionOverride[], ops?: FileOps, ocr?: OcrOptions): Promise<JobResult> {
  let read;
  try {
    read = readStable(job.raw ? Buffer.from(job.raw, 'hex') : job.file, job.maxBytes, ops);
  } catch (err) {
    if (err instanceof TooLarge || err instanceof NotRegular) return { kind: 'failed', error: err.message };
    const e = err as NodeJS.ErrnoException;
    return { kind: 'failed', error: e.code === 'ENOENT' ? GONE : `cannot read: ${e.code ?? ''} ${e.message}`.trim() };
  }
  // no hash is kept, so the next run reads it again once it has settled
  if (read.changed) return { kind: 'failed', error: 'changed while being read; it will be read again on the next run' };
  const facts = { bytes: read.bytes, mtimeMs: read.mtimeMs, sha256: createHash('sha256').update(read.buf).digest('hex') };
  if (job.loadedSha256 === facts.sha256) return { kind: 'same', facts };
  const o = await readReport(job.file, read.buf, { overrides }, ocr ? { ocr } : {});
  // the document itself stays here: only what load stores crosses the thread boundary
  const parsed: Parsed = o.ok
    ? { ok: true, encoding: o.doc.encoding, format: o.doc.format, report: o.report, paragraphs: paragraphsOf(o.doc) }
    : { ok: false, status: o.status, error: o.error, ...(o.internal ? { internal: o.internal } : {}) };
  return { kind: 'parsed', facts, parsed };
}
