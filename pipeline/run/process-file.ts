// One file's bytes through extract and transform, as a value: a report or the reason it
// has none. Shared by `run` (which loads it) and `extract` (which prints it).
import { readStable } from './read-stable.js';
import { recordOf, type ErrorRecord } from './errors.js';
import { extractBytes, ExtractError, type Document, type ExtractOptions } from '../extract/index.js';
import { transform, type Report, type TransformOptions } from '../transform/index.js';

export type Outcome =
  | { ok: true; doc: Document; report: Report }
  /** `internal`: an unexpected error (a bug, not a bad file), with its stack and cause for the log. */
  | { ok: false; status: 'unsupported' | 'failed' | 'needs_ocr'; error: string; internal?: ErrorRecord };

export async function readReport(file: string, buf: Uint8Array, opts: TransformOptions = {}, extract: ExtractOptions = {}): Promise<Outcome> {
  try {
    const doc = await extractBytes(file, buf, extract);
    return { ok: true, doc, report: transform(doc, file, opts) };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, status: err.status, error: err.reason };
    return { ok: false, status: 'failed', error: `internal error: ${(err as Error).message}`, internal: recordOf(err) };
  }
}

export type FileOutcome = Outcome & { file: string };

export async function processFile(file: string, opts: TransformOptions = {}, extract: ExtractOptions = {}): Promise<FileOutcome> {
  let buf: Buffer;
  try {
    // as the run reads: a FIFO or device is refused at once, never waited on
    buf = readStable(file).buf;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { file, ok: false, status: 'failed', error: e.code ? `cannot read: ${e.code} ${e.message}` : e.message };
  }
  return { file, ...(await readReport(file, buf, opts, extract)) };
}

/** The document's paragraphs with their place and page, what full-text search stores. */
export function paragraphsOf(doc: Document): Array<{ block: number; page?: number; text: string }> {
  return doc.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [{ block: i, ...(b.page ? { page: b.page } : {}), text: b.text }] : []));
}
