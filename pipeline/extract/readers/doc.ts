// Word 97–2003 (.doc) with word-extractor: the body's text without headers and footers;
// table cells arrive tab-separated. Word marks both a cell's end and a row's end with the
// same character, so a table with merged cells loses its row breaks: such a line is kept as
// one flattened paragraph (cells joined by spaces), the layout crawler dumps have, which
// transform reads by its labels. Regular tables (one row per line) stay tables.
import WordExtractor from 'word-extractor';
import { ExtractError } from '../errors.js';
import { normalizeText } from '../normalize.js';
import type { Block } from '../model.js';
import type { Reader } from './index.js';
import { patchWordExtractor } from './doc-rows.js';
import { textToBlocks } from './text.js';

patchWordExtractor();

/** A line with more cells than any report table row has is several rows run together. */
const MAX_ROW_CELLS = 16;

const utf16 = (s: string) => Buffer.from(s, 'utf16le');

function isEncrypted(buf: Buffer): boolean {
  // an encrypted DOCX/DOC is an OLE container holding these streams
  return buf.includes(utf16('EncryptedPackage')) || buf.includes(utf16('EncryptionInfo'));
}

export const readDoc: Reader = async (bytes, file) => {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isEncrypted(buf)) throw new ExtractError('failed', file, 'password-protected Office document: it cannot be read without the password');
  let body: string;
  try {
    body = (await new WordExtractor().extract(buf)).getBody();
  } catch (err) {
    throw new ExtractError('failed', file, `corrupt or unreadable DOC: ${(err as Error).message}`);
  }
  const lines = normalizeText(body)
    .split('\n')
    .map((l) =>
      l.split('\t').length > MAX_ROW_CELLS
        ? l
            .split('\t')
            .map((c) => c.trim())
            .filter(Boolean)
            .join(' ')
        : l.replace(/\t+$/, (t) => (t.length > 1 ? t.slice(1) : '')),
    );
  const text = lines.join('\n');
  const blocks: Block[] = textToBlocks(text);
  return { text, blocks, encoding: 'utf-16le', replacementChars: 0 };
};
