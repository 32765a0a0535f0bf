// One interface, many small readers (unstorage-style drivers). Each reader turns the file's
// bytes into the same parts of the document model; extract() adds what they share.
import type { Block, SourceFormat } from '../model.js';
import { decodeBytes } from '../decode.js';
import { normalizeText } from '../normalize.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf/index.js';
import { textToBlocks } from './text.js';

export interface ReaderOutput {
  text: string;
  blocks: Block[];
  encoding: string;
  replacementChars: number;
  title?: string;
  /** Text in which metadata fields are looked for (defaults to `text`). */
  fieldText?: string;
}

export type Reader = (bytes: Uint8Array, file: string) => Promise<ReaderOutput> | ReaderOutput;

const readText: Reader = (bytes) => {
  const d = decodeBytes(bytes);
  const text = normalizeText(d.text);
  return { text, blocks: textToBlocks(text), encoding: d.encoding, replacementChars: d.replacementChars };
};

const readHtmlFile: Reader = (bytes) => {
  const d = decodeBytes(bytes, { html: true });
  const page = readHtml(d.text);
  return { text: page.text, blocks: page.blocks, encoding: d.encoding, replacementChars: d.replacementChars, title: page.title, fieldText: page.pageText };
};

export const READERS: Record<SourceFormat, Reader> = {
  text: readText,
  html: readHtmlFile,
  docx: readDocx,
  doc: readDoc,
  pdf: readPdf,
};
