// Opens a PDF with MuPDF (the official WebAssembly build, npm `mupdf`, AGPL-3.0: see the
// README). MuPDF reads the text layer with each character's box and the page's paths (ruling
// lines), at several times pdfjs's speed: pdfjs converted every
// embedded font for drawing before it gave any text. Errors become the file's status and reason.
// What MuPDF says while it reads (a repaired cross-reference table, a broken object or font) is
// caught here rather than printed, and becomes the document's damage notes (damage.ts).
// first: mupdf builds its WebAssembly module on the object this sets up (wasm.ts)
import './wasm.js';
import * as mupdf from 'mupdf';
import { checkInflatedSize } from './inflate-guard.js';
import { ExtractError } from '../../errors.js';

/** Pages read per file at most: a report runs to tens of pages, not thousands. */
export const MAX_PAGES = 500;

export type PdfDocument = mupdf.Document;

/** One thing MuPDF said while reading a file: a warning or an error it recovered from. */
export interface LogEntry {
  message: string;
  error: boolean;
  /** The page being read when MuPDF said it; none while the file was opened. */
  page?: number;
}

interface Sink {
  add(message: string, error: boolean): void;
}

/** MuPDF's note, when another message comes, that the last warning came again n times. */
export const REPEATED = /^\.\.\. repeated (\d+) times/;

/** What MuPDF says while one file is read. */
export class MuPdfLog implements Sink {
  readonly entries: LogEntry[] = [];
  /** The page being read, set by the reader. */
  page: number | undefined;
  add(message: string, error: boolean): void {
    this.entries.push({ message: message.trim(), error, page: this.page });
  }
  /** Takes in MuPDF's count of repeats of the last warning, which it holds back until another message. */
  flush(): void {
    flushWarnings(this);
  }
}

let current: Sink | undefined;
// MuPDF's messages go to the file being read. Outside a read (none is expected) they go to
// stderr as MuPDF itself would print them, but for its note that the last warning repeated.
const route = (error: boolean) => (message: string) => {
  if (current) current.add(message, error);
  else if (!REPEATED.test(message.trim())) process.stderr.write(`${error ? 'error' : 'warning'}: ${message.trim()}\n`);
};
mupdf.setLog({ warning: route(false), error: route(true) });

/** A PDF without a cross-reference table: MuPDF opens it (no exception) after an error and two warnings of repair. */
const XREFLESS = new TextEncoder().encode('%PDF-1.0\n1 0 obj\n<</Type/Catalog>>\nendobj\ntrailer\n<</Root 1 0 R>>\n');

/**
 * MuPDF prints a warning once and holds back its repeats until another message comes, across
 * files: a file whose first warning is the last file's last would not see it. Opening a small
 * PDF that needs repair makes MuPDF say other things (0.1 ms): the repeat count held back goes
 * to `into`, the rest is dropped, and the next file starts afresh. (Not a call that throws: in
 * mupdf 1.28.1's WebAssembly build some 750 exceptions in one thread break its heap.)
 */
function flushWarnings(into?: Sink): void {
  const outer = current;
  let leading = true;
  current = {
    add(message, error) {
      leading &&= REPEATED.test(message.trim());
      if (leading) into?.add(message, error);
    },
  };
  try {
    mupdf.Document.openDocument(XREFLESS, 'application/pdf').destroy();
  } finally {
    current = outer;
  }
}

/** Runs `read` (synchronous: one file at a time per thread) with MuPDF's messages caught in a log. */
export function withMuPdfLog<T>(read: (log: MuPdfLog) => T): T {
  const outer = current;
  const log = new MuPdfLog();
  flushWarnings();
  current = log;
  try {
    return read(log);
  } finally {
    flushWarnings(log);
    current = outer;
  }
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();

export function openPdf(bytes: Uint8Array, file: string): PdfDocument {
  // before MuPDF allocates anything: its WebAssembly memory is not bounded by the worker's heap
  checkInflatedSize(bytes, file);
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
