// Reads a zip's central directory before anything inflates it: a DOCX whose parts would
// expand past the limit (a zip bomb), or that is truncated, is refused with the reason. The
// sizes a zip declares can lie: in a zip large enough to reach the limit at deflate's worst
// ratio, each entry is inflated here as a stream (chunks thrown away as they come) and yauzl
// stops it the moment it yields more than it declared, so what the reader later inflates whole
// is never more than the declared total under the limit.
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
          return reject(
            new ExtractError('failed', file, `zip expands to more than ${Math.round(limit / 1048576)} MB (a zip bomb or not a report); not opened`),
          );
        }
        // deflate expands at most ~1032:1: a zip that small cannot reach the limit, whatever it declares
        if (e.fileName.endsWith('/') || buf.length * 1032 <= limit) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return fail(err2?.message ?? 'unreadable entry');
          stream.on('data', () => undefined);
          stream.on('end', () => zip.readEntry());
          stream.on('error', (e2: Error) => fail(`${e.fileName}: ${e2.message}`));
        });
      });
      const fail = (why: string) => {
        zip.close();
        reject(
          new ExtractError(
            'failed',
            file,
            /too many bytes/i.test(why)
              ? `a zip entry expands past the size it declares (a zip bomb or not a report); not opened`
              : `corrupt zip (DOCX): ${why}`,
          ),
        );
      };
      zip.on('end', () => resolve());
      zip.on('error', (e: Error) => reject(new ExtractError('failed', file, `corrupt zip (DOCX): ${e.message}`)));
      zip.readEntry();
    });
  });
}
