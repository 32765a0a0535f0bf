// A file that parses but is damaged loads with a finding that says so (document_damaged), and
// never as a clean report; a clean file gets no such finding. The damaged files are made by
// scripts/make-fixtures.mjs from the real PDFs of ../shared/corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractBytes } from '../../pipeline/extract/index.js';
import { damageNotes } from '../../pipeline/extract/readers/pdf/damage.js';
import type { LogEntry } from '../../pipeline/extract/readers/pdf/load.js';
import { transform } from '../../pipeline/transform/index.js';
import { FORMATS, GENERATED, SHARED } from '../helpers.js';

const DAMAGED = path.join(GENERATED, 'damaged');

async function read(file: string) {
  const doc = await extractBytes(file, readFileSync(file));
  const report = transform(doc, file);
  return { doc, report, damage: report.issues.filter((i) => i.code === 'document_damaged') };
}

describe('damaged PDFs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('100 bytes flipped in the middle of seed002.pdf: a broken font and stream, found and not printed', async () => {
    // MuPDF's warnings go to the document, not to the terminal
    const stderr = vi.spyOn(process.stderr, 'write');
    const consoleError = vi.spyOn(console, 'error');
    const consoleWarn = vi.spyOn(console, 'warn');
    const { report, damage } = await read(path.join(DAMAGED, 'flipped-run-seed002.pdf'));
    expect(stderr).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    expect(damage.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(damage[0]!.message).toMatch(/^the PDF file is damaged: compressed data in the file was damaged \(\d+ zlib or read errors?\)/);
    expect(damage[1]!.message).toMatch(/the embedded font DAAAAA\+NotoSerifCJKjp-Regular-VKana could not be loaded/);
    // the font's text still maps through its ToUnicode: the figures are all there, with the finding
    expect(report.template).toBe('stat2008');
    expect(report.metrics).toHaveLength(56);
  });

  it('100 bytes flipped across the middle: most text lost, and the finding counts the unmapped characters', async () => {
    const { doc, report, damage } = await read(path.join(DAMAGED, 'flipped-spread-seed002.pdf'));
    expect(report.metrics.length).toBeLessThan(10);
    expect(damage.map((d) => d.message).join('\n')).toMatch(new RegExp(`${doc.replacementChars} characters could not be mapped to text`));
    expect(damage.length).toBeGreaterThanOrEqual(3);
  });

  it('the real huaian_2024.pdf with 100 bytes flipped: a stream whose checksum fails', async () => {
    const { report, damage } = await read(path.join(DAMAGED, 'flipped-run-huaian_2024.pdf'));
    expect(damage.map((d) => d.message)).toEqual([expect.stringMatching(/compressed data in the file was damaged/)]);
    expect(report.template).toBe('gov2021');
  });

  it('a page whose content is broken: named, and the other pages are read', async () => {
    const { doc, damage } = await read(path.join(DAMAGED, 'broken-page-seed002.pdf'));
    expect(damage.map((d) => d.message)).toContainEqual(expect.stringMatching(/page 2 could not be read: its content is damaged and gave no text/));
    const pages = new Set(doc.blocks.map((b) => b.page));
    expect(pages.has(2)).toBe(false);
    expect([...pages].sort()).toEqual([1, 3, 4, 5]);
  });

  it('a page tree that claims more pages than it has: the pages MuPDF cannot load are named, the rest is read', async () => {
    const { report, damage } = await read(path.join(DAMAGED, 'page-count-seed002.pdf'));
    expect(damage.map((d) => d.message)).toEqual([
      expect.stringMatching(/page tree was broken \(MuPDF: "Document claims to have 7 pages, but only has 5\."\)/),
      expect.stringMatching(/pages 6, 7 could not be read \(MuPDF: "invalid page number: 6"\)/),
    ]);
    expect(report.metrics).toHaveLength(56);
  });

  it('a startxref that points nowhere: MuPDF rebuilds the table, the text is whole, the finding says so', async () => {
    const { report, damage } = await read(path.join(DAMAGED, 'bad-xref-seed002.pdf'));
    expect(damage.map((d) => d.message)).toEqual([expect.stringMatching(/cross-reference table was broken and rebuilt by MuPDF/)]);
    expect(report.metrics).toHaveLength(56);
  });

  it.each([path.join(FORMATS, 'seed002.pdf'), path.join(FORMATS, 'seed004.pdf'), path.join(SHARED, 'corpus', 'real', 'huaian_2024.pdf')])(
    'a clean file has no damage: %s',
    async (file) => {
      const { doc, damage } = await read(file);
      expect(doc.damage).toBeUndefined();
      expect(damage).toEqual([]);
    },
  );
});

describe('damage notes from what MuPDF said', () => {
  const notes = (log: LogEntry[], text = '正文', pageChars = [2]) => damageNotes({ log, repaired: false, failedPages: [], pageChars, text });

  it('counts a warning with its repeats, and leaves out warnings that tell of no damage', () => {
    expect(
      notes([
        { message: 'ignoring zlib error: incorrect data check', error: false, page: 1 },
        { message: '... repeated 3 times...', error: false },
        { message: 'non-embedded font using identity encoding: 黑体 (mapping via Identity-H)', error: false, page: 1 },
      ]),
    ).toEqual(['compressed data in the file was damaged (3 zlib or read errors); text or fonts stored after the damage may be missing']);
  });

  it('names the objects that could not be read, once each', () => {
    const log = [18, 18, 22].map((n) => ({ message: `cannot load object (${n} 0 R) into cache`, error: false, page: 1 }));
    expect(notes(log)).toEqual(['2 objects of the file were broken and could not be read (18 0 R, 22 0 R)']);
  });

  it('an error of no known kind is damage; nothing said is no damage', () => {
    expect(notes([{ message: 'format error: something new', error: true }])).toEqual([
      'MuPDF reported 1 other error while reading the file (first: "format error: something new")',
    ]);
    expect(notes([])).toEqual([]);
  });

  it('characters with no Unicode: U+FFFD and private use, but not a few rare ideographs or symbol-font bullets', () => {
    expect(notes([], '收到申请\uFFFD\uFFFD件')).toEqual(['2 characters could not be mapped to text (a font without a Unicode map, or a damaged one)']);
    expect(notes([], '\uE001\uE002 造字 \uF0B7'.repeat(3))).toEqual([]);
    expect(notes([], '\uE001'.repeat(12))).toEqual(['12 characters could not be mapped to text (a font without a Unicode map, or a damaged one)']);
  });

  it('a page MuPDF could not load is named with its reason', () => {
    expect(damageNotes({ log: [], repaired: false, failedPages: [{ page: 3, reason: 'cannot find page 3' }], pageChars: [5, 5, 0], text: '正文' })).toEqual([
      'page 3 could not be read (MuPDF: "cannot find page 3")',
    ]);
  });
});
