// The digest of a listing: every file with its size and mtime, every entry not read with its
// reason, and the parser version, hashed in listing order (the same folder always lists in the
// same order, list-input.ts). Two runs with the same digest saw the same folder; when the
// first left the database saying what it listed (sql/021_listing_digests.sql), the second
// has nothing to read and needs no row of source_files to know it.
import { createHash } from 'node:crypto';
import type { Listing } from './list-input.js';
import type { Stats } from './stat-files.js';

/**
 * sha256 of the listing, or undefined when a folder could not be read: what lies under it is
 * not known, so no later run may take it for unchanged.
 */
export function listingDigest(listing: Listing, stats: Stats, parserVersion: string): string | undefined {
  if (listing.unreadable.length) return undefined;
  const { files } = listing;
  const h = createHash('sha256').update(`parser ${parserVersion}\n${files.length} files\n`);
  // each path as it is in memory (UTF-16: no encoding to UTF-8, 100,000 paths in ≈ 15 ms),
  // with its length hashed below so that two paths cannot run into each other
  const lengths = new Float64Array(files.length);
  files.forEach((p, i) => {
    h.update(p, 'utf16le');
    lengths[i] = p.length;
  });
  // the numbers as bytes: printing 200,000 of them took most of the time
  for (const a of [lengths, stats.size, stats.mtime]) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  for (const x of listing.skipped) h.update(`\0${x.path}\0${x.status}\0${x.reason}\n`);
  return h.digest('hex');
}
