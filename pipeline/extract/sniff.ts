// Decide the reader by content (magic bytes) first, and by extension only where content
// cannot tell (plain text vs. HTML saved without a doctype). UTF-16 text, with or without a
// BOM, is text: its NUL bytes do not make it binary (decode.ts `utf16Order` tells it apart).
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { utf16Order } from './decode.js';
import type { SourceFormat } from './model.js';

export type Sniffed = { kind: 'format'; format: SourceFormat } | { kind: 'unsupported'; reason: string } | { kind: 'mismatch'; reason: string };

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** Binary signatures we know and do not read, with the reason recorded for the file. */
const KNOWN_UNSUPPORTED: Array<[number[], string]> = [
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR archive: unpack it first'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z archive: unpack it first'],
  [[0x1f, 0x8b], 'gzip archive: unpack it first'],
];

/** Page images: scans, read with OCR (readers/ocr). */
export const IMAGE_SIGNATURES: Array<[number[], ImageKind]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x49, 0x49, 0x2a, 0x00], 'tiff'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'tiff'],
];
export type ImageKind = 'png' | 'jpeg' | 'tiff';
export const imageKind = (b: Uint8Array): ImageKind | undefined => IMAGE_SIGNATURES.find(([sig]) => startsWith(b, sig))?.[1];

const TEXT_EXT = new Set(['.txt', '.md', '.text']);
const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml']);
const OFFICE_EXT = new Set(['.docx', '.doc', '.pdf', '.wps', '.xls', '.xlsx', '.et']);

/** The byte order when the bytes are UTF-16 text: by a BOM, else by the pattern of their byte pairs. */
function utf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  // what decodeBytes reads as UTF-8 (valid, no NUL) is not UTF-16; telling it by the bytes'
  // pairs cost a quarter of a millisecond a file, an eighth of a text report's parse
  if (!b.includes(0) && isUtf8(b)) return undefined;
  return utf16Order(b);
}

function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let ctrl = 0;
  let nul = false;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) nul = true;
    else if (c < 9 || (c > 13 && c < 32)) ctrl++;
  }
  // UTF-16 has NULs (ASCII) or control bytes (the low bytes of CJK code units): text all the same
  if (nul || ctrl / n > 0.05) return !utf16(b);
  return false;
}

/** The start of the file as text, for looking for HTML tags: UTF-16 decoded, anything else as latin1. */
function head(b: Uint8Array): string {
  const order = utf16(b);
  if (order) return new TextDecoder(order).decode(b.subarray(0, 4096)).toLowerCase();
  return Buffer.from(b.subarray(0, 2048)).toString('latin1').toLowerCase();
}

/** What bytes that lack a known signature look like, for the reason recorded. */
function describe(bytes: Uint8Array): string {
  if (looksBinary(bytes)) return 'binary data of no known kind';
  return /<!doctype html|<html[\s>]|<body[\s>]/.test(head(bytes)) ? 'an HTML page (a web page saved under the wrong name)' : 'plain text';
}

export function sniffFormat(file: string, bytes: Uint8Array): Sniffed {
  const ext = path.extname(file).toLowerCase();
  if (startsWith(bytes, PDF)) return { kind: 'format', format: 'pdf' };
  if (startsWith(bytes, ZIP)) {
    if (ext === '.xlsx') return { kind: 'unsupported', reason: 'spreadsheet (.xlsx) is not a report format this tool reads' };
    return { kind: 'format', format: 'docx' };
  }
  if (startsWith(bytes, OLE)) {
    if (ext === '.xls' || ext === '.et') return { kind: 'unsupported', reason: 'spreadsheet (.xls) is not a report format this tool reads' };
    if (ext === '.wps') return { kind: 'unsupported', reason: 'WPS document (.wps): save it as .doc or .docx' };
    return { kind: 'format', format: 'doc' };
  }
  if (imageKind(bytes)) return { kind: 'format', format: 'image' };
  for (const [sig, reason] of KNOWN_UNSUPPORTED) if (startsWith(bytes, sig)) return { kind: 'unsupported', reason };
  if (OFFICE_EXT.has(ext)) {
    return { kind: 'mismatch', reason: `extension ${ext} but the content is ${describe(bytes)}, not a ${ext.slice(1).toUpperCase()} file` };
  }
  if (looksBinary(bytes)) return { kind: 'mismatch', reason: 'binary content that is not a known report format' };
  if (HTML_EXT.has(ext) || /<!doctype html|<html[\s>]/.test(head(bytes))) return { kind: 'format', format: 'html' };
  if (TEXT_EXT.has(ext) || ext === '') return { kind: 'format', format: 'text' };
  return { kind: 'unsupported', reason: `file type ${ext} is not a report format this tool reads` };
}
