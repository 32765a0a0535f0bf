// A PDF's compressed streams are measured before MuPDF opens the file: a stream that inflates
// to hundreds of megabytes (a flate bomb) would be allocated inside MuPDF's WebAssembly
// memory, which the worker's heap limit does not bound (a 900 MB stream took 2 GB of RSS per
// worker). Each FlateDecode stream is inflated here with a ceiling on its output, so nothing
// past the budget is ever allocated; a file past it is refused with the reason.
import { inflateSync } from 'node:zlib';
import { ExtractError } from '../../errors.js';

/** Inflated bytes all streams of one PDF may reach together (a 500-page scan is under this). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;
/** Deflate cannot expand more than about 1032:1: streams this small cannot break the budget together. */
const MAX_RATIO = 1032;

// a stream's dictionary (no nested >> before `stream`), then its data up to `endstream`
const STREAM = /<<((?:[^>]|>(?!>)){0,4000}?)>>\s*stream\r?\n/g;

export function checkInflatedSize(bytes: Uint8Array, file: string, limit = MAX_INFLATED_BYTES): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the whole file at the worst ratio fits: nothing to measure (most reports)
  if (buf.length * MAX_RATIO <= limit) return;
  const text = buf.toString('latin1');
  let used = 0;
  for (const m of text.matchAll(STREAM)) {
    const start = m.index + m[0].length;
    // the rest of the file at the worst ratio fits in what is left: nothing more to measure
    if ((buf.length - start) * MAX_RATIO <= limit - used) return;
    if (!/\/FlateDecode|\/Fl\b/.test(m[1]!)) continue;
    const end = text.indexOf('endstream', start);
    if (end < 0) return;
    try {
      used += inflateSync(buf.subarray(start, end), { maxOutputLength: Math.max(1, limit - used) }).length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ExtractError(
          'failed',
          file,
          `a compressed stream expands past ${Math.round(limit / 1048576)} MB (a flate bomb, or not a report); not opened`,
        );
      }
      // a damaged stream: MuPDF decides what it can read of it
    }
  }
}
