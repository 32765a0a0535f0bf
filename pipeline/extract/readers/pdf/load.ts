// Opens a PDF with pdfjs-dist (legacy build: the main build needs Node 22). The CJK
// character maps and standard fonts ship in the package; without them Chinese text
// decodes to U+FFFD. Errors become the file's status and reason.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// pdfjs runs its "worker" in this thread (Node has no web worker for it); loading it here,
// with the rest of pdfjs, lets the reader undo its polyfills before the first page is read
// @ts-expect-error the worker module has no type declarations
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { ExtractError } from '../../errors.js';

// pdfjs looks for an already loaded worker here before importing one itself
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

const pkg = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAPS = `${path.join(pkg, 'cmaps')}${path.sep}`;
const FONTS = `${path.join(pkg, 'standard_fonts')}${path.sep}`;

/** Pages read per file at most: a report runs to tens of pages, not thousands. */
export const MAX_PAGES = 500;

export async function openPdf(bytes: Uint8Array, file: string): Promise<PDFDocumentProxy> {
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy
  const data = new Uint8Array(bytes);
  try {
    return await getDocument({
      data,
      cMapUrl: CMAPS,
      cMapPacked: true,
      standardFontDataUrl: FONTS,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    const e = err as Error;
    if (e.name === 'PasswordException') throw new ExtractError('failed', file, 'password-protected PDF: it cannot be read without the password');
    if (e.name === 'InvalidPDFException') throw new ExtractError('failed', file, `corrupt or truncated PDF: ${e.message}`);
    throw new ExtractError('failed', file, `unreadable PDF: ${e.message}`);
  }
}
