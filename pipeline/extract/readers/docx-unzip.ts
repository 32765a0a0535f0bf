// A synchronous read of one zip entry, for the common DOCX: its central directory found at the
// end of the buffer, the entry's local header, and one inflateRawSync bounded by the size the
// directory declares. yauzl's streams cost more than the inflate itself on a 10 KB part (a
// millisecond a file, most of the reader's time). Anything unusual (zip64, encryption, a
// method other than stored or deflate, an inconsistent header) returns undefined, and the
// caller reads the zip with yauzl as before. checkZip has already refused bombs and truncation.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The entries of the central directory, or undefined when yauzl should read this zip. */
export function listEntries(buf: Buffer): Map<string, ZipEntry> | undefined {
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = buf.readUInt16LE(end + 10);
  const dirSize = buf.readUInt32LE(end + 12);
  let p = buf.readUInt32LE(end + 16);
  if (count === 0xffff || p + dirSize > end) return undefined;
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      name: buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if (flags & 1 || entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) return undefined;
    entries.set(entry.name, entry);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** The entry's bytes, or undefined when its local header does not fit (yauzl will say why). */
export function inflateEntry(buf: Buffer, e: ZipEntry): Buffer | undefined {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return undefined;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + e.compressedSize > buf.length) return undefined;
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data.length === e.size ? data : undefined;
  if (e.method !== 8) return undefined;
  // never more than the declared size: a part that inflates past it is refused (RangeError)
  const out = inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
  if (out.length !== e.size) throw new Error(`${e.name}: inflates to ${out.length} bytes, not the ${e.size} it declares`);
  return out;
}
