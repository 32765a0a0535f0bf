// Reads a zip's central directory before anything inflates it: a DOCX whose parts would
// expand past the limit (a zip bomb), or that is truncated, is refused with the reason.
import yauzl from 'yauzl';
import { ExtractError } from '../errors.js';

/** Uncompressed bytes a DOCX may expand to (a 300-page report is under 20 MB). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

export function checkZip(bytes: Uint8Array, file: string, limit = MAX_UNZIPPED_BYTES): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(new ExtractError('failed', file, `corrupt or truncated zip (DOCX): ${err?.message ?? 'unreadable'}`));
      let total = 0;
      zip.on('entry', (e: yauzl.Entry) => {
        total += e.uncompressedSize;
        // a ratio no document reaches: deflate tops out near 1000:1 on real XML
        if (total > limit || (e.compressedSize > 0 && e.uncompressedSize / e.compressedSize > 2000 && e.uncompressedSize > 10 * 1024 * 1024)) {
          zip.close();
          return reject(new ExtractError('failed', file, `zip expands to more than ${Math.round(limit / 1048576)} MB (a zip bomb or not a report); not opened`));
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (e: Error) => reject(new ExtractError('failed', file, `corrupt zip (DOCX): ${e.message}`)));
      zip.readEntry();
    });
  });
}
