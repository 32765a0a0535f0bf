// Files that are not readable reports end with a status and a reason that names the problem;
// nothing throws past extract. The files are made by scripts/make-fixtures.mjs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes, ExtractError } from '../../pipeline/extract/index.js';
import { GENERATED } from '../helpers.js';

async function outcome(name: string) {
  const file = path.join(GENERATED, 'broken', name);
  try {
    await extractBytes(file, readFileSync(file));
    return { status: 'loaded', reason: '' };
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    expect(err.file).toBe(file);
    return { status: err.status, reason: err.reason };
  }
}

describe('unreadable files', () => {
  it.each([
    ['empty.txt', 'failed', /empty file/],
    ['junk.txt', 'failed', /binary content/],
    ['not-a-pdf.pdf', 'failed', /extension \.pdf but the content is plain text/],
    ['page-saved-as.pdf', 'failed', /extension \.pdf but the content is an HTML page/],
    ['truncated.pdf', 'failed', /corrupt or truncated PDF/],
    ['protected.pdf', 'failed', /password-protected PDF/],
    ['scan.pdf', 'needs_ocr', /scanned PDF: 1 page\(s\) of images.*needs OCR/],
    ['corrupt.docx', 'failed', /corrupt or truncated zip/],
    ['not-word.docx', 'failed', /zip archive without a Word document/],
    ['report.wps', 'unsupported', /WPS document/],
    ['scan.png', 'needs_ocr', /^PNG image: a scanned page; it needs OCR \(run with --ocr\)$/],
    ['sheet.xlsx', 'unsupported', /spreadsheet/],
  ])('%s → %s', async (name, status, reason) => {
    const o = await outcome(name);
    expect(o.status).toBe(status);
    expect(o.reason).toMatch(reason);
  });
});
