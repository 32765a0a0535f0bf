// The one part of a DOCX the reader needs: the main document's XML (word/document.xml, or
// where the package's _rels/.rels points). Headers, footers, footnotes and comments are other
// parts and are never inflated. checkZip (zip-guard.ts) has already refused a zip that is
// truncated or would expand past the limit; this only lists the entries and inflates two,
// synchronously when the zip is plain (docx-unzip.ts), with yauzl otherwise.
import yauzl from 'yauzl';
import { ExtractError } from '../errors.js';
import { inflateEntry, listEntries } from './docx-unzip.js';

const NOT_WORD = 'a zip archive without a Word document in it (not a .docx)';
/** A part's XML: UTF-8, its byte order mark dropped. */
const text = (b: Buffer) => b.toString('utf8').replace(/^\uFEFF/, '');

function openZip(buf: Buffer): Promise<{ zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('unreadable zip'));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (e: yauzl.Entry) => {
        entries.set(e.fileName, e);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error(`${entry.fileName}: unreadable entry`));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () =>
        resolve(
          Buffer.concat(chunks)
            .toString('utf8')
            .replace(/^\uFEFF/, ''),
        ),
      );
      stream.on('error', reject);
    });
  });
}

/** The main document part's path: the officeDocument relationship of _rels/.rels, as Word finds it. */
async function mainPart(has: (name: string) => boolean, read: (name: string) => Promise<string>): Promise<string> {
  if (has('_rels/.rels')) {
    const xml = await read('_rels/.rels');
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
      const target = /Target="([^"]*)"/.exec(m[0])?.[1]?.replace(/^\//, '');
      if (target && has(target)) return target;
    }
  }
  return 'word/document.xml';
}

/** The common zip, read synchronously (docx-unzip.ts); undefined when yauzl must read it. */
async function readFast(buf: Buffer, file: string): Promise<string | undefined> {
  const entries = listEntries(buf);
  if (!entries) return undefined;
  const bytes = (name: string) => {
    const e = entries.get(name);
    return e && inflateEntry(buf, e);
  };
  let unread = false;
  const read = async (name: string) => {
    const b = bytes(name);
    if (!b) unread = true;
    return b ? text(b) : '';
  };
  const part = await mainPart((name) => entries.has(name), read);
  if (!entries.has(part)) throw new ExtractError('failed', file, NOT_WORD);
  const xml = await read(part);
  return unread ? undefined : xml;
}

async function readWithYauzl(buf: Buffer, file: string): Promise<string> {
  const { zip, entries } = await openZip(buf);
  try {
    const read = (name: string) => inflate(zip, entries.get(name)!);
    const part = await mainPart((name) => entries.has(name), read);
    if (!entries.has(part)) throw new ExtractError('failed', file, NOT_WORD);
    return await read(part);
  } finally {
    zip.close();
  }
}

/** The main document XML of a DOCX (the zip already checked by checkZip). */
export async function readDocumentXml(bytes: Uint8Array, file: string): Promise<string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return (await readFast(buf, file)) ?? (await readWithYauzl(buf, file));
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('failed', file, `corrupt DOCX: ${(err as Error).message}`);
  }
}
