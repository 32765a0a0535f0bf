// One interface, many small readers (unstorage-style drivers). Each reader turns the file's
// bytes into the same parts of the document model; extract() adds what they share.
import { ExtractError } from '../errors.js';
import type { Block, Document, SourceFormat } from '../model.js';
import { imageKind } from '../sniff.js';
import type { OcrOptions } from './ocr/index.js';
import { decodeBytes } from '../decode.js';
import { normalizeText } from '../normalize.js';
import { readHtml } from './html.js';
import { textToBlocks } from './text.js';

export interface ReaderOutput {
  text: string;
  blocks: Block[];
  encoding: string;
  replacementChars: number;
  title?: string;
  /** Text in which metadata fields are looked for (defaults to `text`). */
  fieldText?: string;
  /** Damage seen in a file that could still be read (model.ts `Document.damage`). */
  damage?: string[];
  /** Read by OCR (model.ts `Document.ocr`). */
  ocr?: Document['ocr'];
}

export interface ReaderOptions {
  /** Read scans (image-only PDFs, page images) with OCR; without it they are `needs_ocr`. */
  ocr?: OcrOptions;
}

export type Reader = (bytes: Uint8Array, file: string, opts?: ReaderOptions) => Promise<ReaderOutput> | ReaderOutput;

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

// the Word and PDF libraries are large: a worker loads them when it first meets such a file
const readDocxLazy: Reader = async (bytes, file) => (await import('./docx.js')).readDocx(bytes, file);
const readDocLazy: Reader = async (bytes, file) => (await import('./doc.js')).readDoc(bytes, file);
const readPdfLazy: Reader = async (bytes, file, opts) => {
  try {
    return (await import('./pdf/index.js')).readPdf(bytes, file);
  } catch (err) {
    // a scan: read with OCR when asked to
    if (!(opts?.ocr && err instanceof ExtractError && err.status === 'needs_ocr')) throw err;
    return (await import('./ocr/index.js')).readScan(bytes, file, 'pdf', opts.ocr);
  }
};
const readImage: Reader = async (bytes, file, opts) => {
  const kind = imageKind(bytes)!;
  if (!opts?.ocr) throw new ExtractError('needs_ocr', file, `${kind.toUpperCase()} image: a scanned page; it needs OCR (run with --ocr)`);
  return (await import('./ocr/index.js')).readScan(bytes, file, kind, opts.ocr);
};

export const READERS: Record<SourceFormat, Reader> = {
  text: readText,
  html: readHtmlFile,
  docx: readDocxLazy,
  doc: readDocLazy,
  pdf: readPdfLazy,
  image: readImage,
};
