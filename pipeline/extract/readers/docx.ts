// DOCX → HTML with mammoth (merged cells come out as colspan/rowspan, headers, footers and
// page numbers are left out), then the HTML reader's paragraphs and grid tables. A zip that is
// not a Word document, or one whose parts are broken, fails with mammoth's reason.
import mammoth from 'mammoth';
import { ExtractError } from '../errors.js';
import { readHtml } from './html.js';
import type { Reader } from './index.js';
import { checkZip } from './zip-guard.js';

export const readDocx: Reader = async (bytes, file) => {
  await checkZip(bytes, file);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (err) {
    const why = (err as Error).message;
    throw new ExtractError(
      'failed',
      file,
      /word\/document\.xml|Could not find/i.test(why) ? 'a zip archive without a Word document in it (not a .docx)' : `corrupt DOCX: ${why}`,
    );
  }
  // mammoth writes a fragment; the reader walks from <body>
  const page = readHtml(`<html><body>${html}</body></html>`, { wholeDocument: true });
  return { text: page.text, blocks: page.blocks, encoding: 'utf-8', replacementChars: 0, title: page.title };
};
