// Opens a PDF with MuPDF (the official WebAssembly build, npm `mupdf`, AGPL-3.0: see the
// README). MuPDF reads the text layer with each character's box and the page's paths (ruling
// lines), at several times pdfjs's speed: pdfjs converted every
// embedded font for drawing before it gave any text. Errors become the file's status and reason.
// first: mupdf builds its WebAssembly module on the object this sets up (wasm.ts)
import './wasm.js';
import * as mupdf from 'mupdf';
import { ExtractError } from '../../errors.js';

/** Pages read per file at most: a report runs to tens of pages, not thousands. */
export const MAX_PAGES = 500;

export type PdfDocument = mupdf.Document;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();

export function openPdf(bytes: Uint8Array, file: string): PdfDocument {
  let doc: mupdf.Document;
  try {
    doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  } catch (err) {
    throw new ExtractError('failed', file, `corrupt or truncated PDF: ${message(err)}`);
  }
  if (doc.needsPassword()) {
    doc.destroy();
    throw new ExtractError('failed', file, 'password-protected PDF: it cannot be read without the password');
  }
  return doc;
}

/** MuPDF rebuilt a damaged file's structure (a truncated download, flipped bytes). */
export const wasRepaired = (doc: PdfDocument) => doc.asPDF()?.wasRepaired() ?? false;

/** The page count, or a typed error when the page tree cannot be read. */
export function pageCount(doc: PdfDocument, file: string): number {
  try {
    return doc.countPages();
  } catch (err) {
    throw new ExtractError('failed', file, `corrupt or truncated PDF: ${message(err)}`);
  }
}
