// A zip writer for the generated fixtures and the benchmark corpus: deflated entries, local
// headers, the central directory and the end record. Enough for DOCX; not a general library.
import { crc32, deflateRawSync } from 'node:zlib';

/** The two headers of one entry: the local one before its data, the central one after all. */
function headers(name, crc, compressed, size, offset) {
  const local = Buffer.alloc(30);
  const central = Buffer.alloc(46);
  local.writeUInt32LE(0x04034b50, 0);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  // version needed 2.0, method 8 (deflate), CRC, sizes, name length: same fields, two layouts
  for (const [buf, at] of [
    [local, 4],
    [central, 6],
  ]) {
    buf.writeUInt16LE(20, at);
    buf.writeUInt16LE(8, at + 4);
    buf.writeUInt32LE(crc, at + 10);
    buf.writeUInt32LE(compressed, at + 14);
    buf.writeUInt32LE(size, at + 18);
    buf.writeUInt16LE(name.length, at + 22);
  }
  central.writeUInt32LE(offset, 42);
  return { local, central };
}

/** A zip of entries already deflated: [{ name, raw, crc, size }]. */
export function zipRaw(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const h = headers(name, e.crc, e.raw.length, e.size, offset);
    locals.push(h.local, name, e.raw);
    centrals.push(h.central, name);
    offset += 30 + name.length + e.raw.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A zip of { name: content } entries, deflated here. */
export function zip(entries) {
  return zipRaw(
    Object.entries(entries).map(([name, content]) => {
      const data = Buffer.from(content);
      return { name, raw: deflateRawSync(data), crc: crc32(data), size: data.length };
    }),
  );
}
