// DOCX → document model, read from the XML itself: the zip's guard first (zip-guard.ts), then
// the main document part only (docx-zip.ts: headers, footers, footnotes and comments are other
// parts), streamed through saxes into paragraphs and tables (docx-xml.ts, docx-body.ts), and
// laid out as the HTML reader lays out a converted document (docx-blocks.ts). It replaces
// mammoth → HTML → the HTML reader, whose model it reproduces, at a fraction of the cost.
import { ExtractError } from '../errors.js';
import { toBlocks } from './docx-blocks.js';
import { parseDocumentXml } from './docx-xml.js';
import { readDocumentXml } from './docx-zip.js';
import type { Reader } from './index.js';
import { checkZip } from './zip-guard.js';

export const readDocx: Reader = async (bytes, file) => {
  await checkZip(bytes, file);
  const xml = await readDocumentXml(bytes, file);
  let nodes;
  try {
    nodes = parseDocumentXml(xml);
  } catch (err) {
    throw new ExtractError('failed', file, `corrupt DOCX: ${(err as Error).message}`);
  }
  const { text, blocks } = toBlocks(nodes);
  return { text, blocks, encoding: 'utf-8', replacementChars: 0 };
};
