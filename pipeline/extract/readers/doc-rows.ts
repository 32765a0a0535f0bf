// word-extractor finds a table row's end in a .doc by the paragraph property sprmPFTtp
// (0x2417) and turns it into a line break. Rows with many cells (表三: 10 columns, merged
// cells) keep their properties in the Data stream instead (sprmPHugePapx, 0x6646), which
// word-extractor does not follow, so their rows run together. This adds the missing step:
// it reads those properties and marks those row ends too. Applied once, to the library's
// Word 97 extractor; a file without a Data stream is read as before.
import { createRequire } from 'node:module';

interface Piece {
  startFilePos: number;
  size: number;
  bpc: number;
  text: string;
}
interface Extractor {
  _pieces: Piece[];
  _dataStream?: Buffer | null;
  documentStream(doc: unknown, name: string): Promise<unknown>;
  streamBuffer(stream: unknown): Promise<Buffer>;
  extractWordDocument(doc: unknown, buffer: Buffer): Promise<unknown>;
  writeParagraphProperties(buffer: Buffer, table: Buffer): void;
}

const SPRM_TTP = 0x2417;
const SPRM_HUGE_PAPX = 0x6646;

/** The sprms of a grpprl: [sprm, operand offset]. Operand sizes as MS-DOC §2.6.1. */
function* sprms(buf: Buffer, offset: number): Generator<[number, number]> {
  while (offset < buf.length - 1) {
    const sprm = buf.readUInt16LE(offset);
    offset += 2;
    yield [sprm, offset];
    const spra = sprm >> 13;
    if (sprm === 0xd608 || sprm === 0xd606)
      offset += buf.readUInt16LE(offset) + 1; // TDefTable: 2-byte cb, then cb - 1 bytes
    else if (spra === 6) offset += buf.readUInt8(offset) + 1;
    else offset += [1, 1, 2, 4, 2, 2, 0, 3][spra]!;
  }
}

function markRowEnd(pieces: Piece[], start: number, end: number): void {
  for (const p of pieces) {
    const pStart = p.startFilePos;
    const pEnd = pStart + p.size;
    if (end <= pStart || start >= pEnd) continue;
    const s = Math.max(start, pStart);
    const e = Math.min(end, pEnd);
    const a = (s - pStart) / p.bpc;
    const b = (e - pStart) / p.bpc;
    p.text = p.text.slice(0, a) + '\n'.repeat(b - a) + p.text.slice(b);
  }
}

/** The row ends whose properties word-extractor did not read (they are in the Data stream). */
function hugeRowEnds(self: Extractor, buffer: Buffer, table: Buffer): void {
  const data = self._dataStream;
  if (!data) return;
  const fc = buffer.readUInt32LE(0x0102);
  const lcb = buffer.readUInt32LE(0x0106);
  const count = (lcb - 4) / 8;
  const plc = table.subarray(fc, fc + lcb);
  for (let i = 0; i < count; i++) {
    const page = plc.readUInt32LE((count + 1) * 4 + i * 4);
    const fkp = buffer.subarray(page * 512, (page + 1) * 512);
    const crun = fkp.readUInt8(511);
    for (let j = 0; j < crun; j++) {
      const start = fkp.readUInt32LE(j * 4);
      const end = fkp.readUInt32LE((j + 1) * 4);
      const at = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
      if (!at) continue;
      const cb = fkp.readUInt8(at);
      const grpprl = cb ? fkp.subarray(at + 1, at + 2 * cb) : fkp.subarray(at + 2, at + 2 + 2 * fkp.readUInt8(at + 1));
      for (const [sprm, op] of sprms(grpprl, 2)) {
        if (sprm !== SPRM_HUGE_PAPX || op + 4 > grpprl.length) continue;
        const where = grpprl.readUInt32LE(op);
        if (where + 2 > data.length) continue;
        const huge = data.subarray(where + 2, where + 2 + data.readUInt16LE(where));
        // the grpprl in the Data stream has no istd before it: its sprms start at once
        for (const [inner] of sprms(huge, 0)) if (inner === SPRM_TTP) markRowEnd(self._pieces, start, end);
      }
    }
  }
}

let patched = false;

/** The private methods of word-extractor's OLE reader the patch calls or wraps. */
export const PATCHED_INTERNALS = ['extractWordDocument', 'writeParagraphProperties', 'documentStream', 'streamBuffer'] as const;

export function patchWordExtractor(): void {
  if (patched) return;
  patched = true;
  const require = createRequire(import.meta.url);
  const Ole = require('word-extractor/lib/word-ole-extractor.js') as { prototype: Extractor };
  const proto = Ole.prototype;
  // private methods of an exactly pinned version (package.json); a new version must pass
  // test/extract/readers/doc-rows.test.ts before the pin moves
  for (const name of PATCHED_INTERNALS) {
    if (typeof (proto as unknown as Record<string, unknown>)[name] !== 'function')
      throw new Error(`word-extractor has no ${name}(): its internals changed, the .doc row patch cannot apply`);
  }
  const extract = proto.extractWordDocument;
  proto.extractWordDocument = function (this: Extractor, doc: unknown, buffer: Buffer) {
    return this.documentStream(doc, 'Data')
      .then((s) => this.streamBuffer(s))
      .catch(() => null)
      .then((data) => {
        this._dataStream = data;
        return extract.call(this, doc, buffer);
      });
  };
  const paragraphs = proto.writeParagraphProperties;
  proto.writeParagraphProperties = function (this: Extractor, buffer: Buffer, table: Buffer) {
    paragraphs.call(this, buffer, table);
    try {
      hugeRowEnds(this, buffer, table);
    } catch {
      // a malformed Data stream: the rows stay as word-extractor left them
    }
  };
}
