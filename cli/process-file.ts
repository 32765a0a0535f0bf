// One file through extract and transform, as a value: a report or a recorded failure.
// Shared by `run` (which loads it) and `extract` (which prints it).
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extractBytes, ExtractError, type Document } from '../pipeline/extract/index.js';
import { transform, type Report } from '../pipeline/transform/index.js';

export type FileOutcome =
  | { ok: true; file: string; bytes: number; sha256: string; doc: Document; report: Report }
  | { ok: false; file: string; bytes: number; sha256: string | null; status: 'unsupported' | 'failed' | 'needs_ocr'; error: string };

export async function processBytes(file: string, buf: Uint8Array): Promise<FileOutcome> {
  const sha256 = createHash('sha256').update(buf).digest('hex');
  try {
    const doc = await extractBytes(file, buf);
    const report = transform(doc, file);
    return { ok: true, file, bytes: buf.length, sha256, doc, report };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, file, bytes: buf.length, sha256, status: err.status, error: err.reason };
    return { ok: false, file, bytes: buf.length, sha256, status: 'failed', error: `internal error: ${(err as Error).message}` };
  }
}

export async function processFile(file: string): Promise<FileOutcome> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, file, bytes: 0, sha256: null, status: 'failed', error: `cannot read: ${e.code ?? ''} ${e.message}`.trim() };
  }
  return processBytes(file, buf);
}
