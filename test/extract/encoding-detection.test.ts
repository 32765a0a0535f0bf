// The bytes decide the encoding when they contradict a declaration, and UTF-16 without a BOM is
// recognised from its byte pairs while binary data stays binary (issue 15, point 7).
// Fixtures: scripts/make-fixtures.mjs, from seed004.html and the seeds in ../shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, utf16Order } from '../../pipeline/extract/decode.js';
import { sniffFormat } from '../../pipeline/extract/sniff.js';
import { FORMATS, GENERATED, metricsOf, reportOf, SEEDS } from '../helpers.js';

const generated = (...p: string[]) => readFileSync(path.join(GENERATED, ...p));

describe('a page whose bytes contradict its declared charset', () => {
  const source = async () => metricsOf((await reportOf(path.join(FORMATS, 'seed004.html'))).report);

  it.each([
    // the user's case: GBK bytes under <meta charset="utf-8"> used to load with 0 figures
    ['seed004.gbk-utf8meta.html', 'gb18030'],
    ['seed004.gbk-latin1meta.html', 'gb18030'],
    ['seed004.utf16le.html', 'utf-16le'],
    ['seed004.utf16be.html', 'utf-16be'],
  ])('%s decodes as %s and gives the same figures as the source', async (name, encoding) => {
    const { doc, report } = await reportOf(path.join(GENERATED, 'html', name));
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe(encoding);
    expect(doc.replacementChars).toBe(0);
    const figures = metricsOf(report);
    expect(Object.keys(figures).length).toBeGreaterThan(20);
    expect(figures).toEqual(await source());
    expect(report.identity).toEqual((await reportOf(path.join(FORMATS, 'seed004.html'))).report.identity);
  });

  it('keeps a declaration the bytes agree with: a Big5 page reads as Big5', () => {
    const html = readFileSync(path.join(FORMATS, 'seed004.html'), 'utf8').replace('<meta charset="utf-8">', '<meta charset="big5">');
    const d = decodeBytes(generated('html', 'seed004.big5.html'), { html: true });
    expect(d.encoding).toBe('big5');
    expect(d.replacementChars).toBe(0);
    // what Big5 can hold of the simplified source (the rest became "?" when the copy was made)
    expect(d.text).toBe(iconv.decode(iconv.encode(html, 'big5'), 'big5'));
  });

  it('keeps a declared single-byte charset for a page that is in it', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café São Paulo: 12 € — naïve</p></body></html>';
    const d = decodeBytes(iconv.encode(page, 'windows-1252'), { html: true });
    expect(d).toEqual({ text: page, encoding: 'windows-1252', replacementChars: 0 });
  });

  it('reads valid UTF-8 as UTF-8 whatever the page declares', () => {
    const d = decodeBytes(generated('html', 'seed004.wrong-meta.html'), { html: true });
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(readFileSync(path.join(FORMATS, 'seed004.html'), 'utf8').replace('<meta charset="utf-8">', '<meta charset="gb2312">'));
  });

  it('reads a short GBK line declared utf-8 as GB18030', () => {
    const d = decodeBytes(iconv.encode('<meta charset="utf-8"><p>本年度主动公开政府信息665条</p>', 'gbk'), { html: true });
    expect(d).toEqual({ text: '<meta charset="utf-8"><p>本年度主动公开政府信息665条</p>', encoding: 'gb18030', replacementChars: 0 });
  });

  it('keeps a UTF-8 file with a few damaged bytes as UTF-8 and counts the damage', () => {
    const seed = readFileSync(path.join(SEEDS, '000_889672adc75fe0f6.txt'));
    const damaged = Buffer.from(seed);
    for (const at of [100, 900, 2000, 4000]) damaged[at] = 0xff;
    const d = decodeBytes(damaged, { html: true });
    expect(d.encoding).toBe('utf-8');
    expect(d.replacementChars).toBeGreaterThanOrEqual(4);
    expect(d.text).toContain('伊敏苏木人民政府');
  });
});

describe('UTF-16 without a BOM', () => {
  const seed = readFileSync(path.join(SEEDS, '004_f97d988c963e3b8a.txt'), 'utf8');

  it.each([
    ['utf16le', 'utf-16le'],
    ['utf16-be', 'utf-16be'],
  ])('is recognised from a short head of %s text (%s)', (codec, order) => {
    const bytes = iconv.encode(seed, codec);
    for (const n of [8, 64, 512]) expect(utf16Order(bytes.subarray(0, n)), `${n} bytes`).toBe(order);
    // CJK alone, no ASCII: only the right byte order gives common characters
    const cjk = iconv.encode(seed.replace(/[^\x80-\u{10ffff}]/gu, ''), codec);
    for (const n of [16, 64, 512]) expect(utf16Order(cjk.subarray(0, n)), `${n} bytes of CJK`).toBe(order);
  });

  it('is text to the sniffer, as plain text or as HTML by its content', () => {
    expect(sniffFormat('a.txt', generated('encodings', '000_889672adc75fe0f6.utf16le-nobom.txt'))).toEqual({ kind: 'format', format: 'text' });
    expect(sniffFormat('a.txt', generated('encodings', '000_889672adc75fe0f6.utf16be-noascii.txt'))).toEqual({ kind: 'format', format: 'text' });
    expect(sniffFormat('page', generated('html', 'seed004.utf16be.html'))).toEqual({ kind: 'format', format: 'html' });
    expect(sniffFormat('a.pdf', generated('html', 'seed004.utf16le.html'))).toMatchObject({
      kind: 'mismatch',
      reason: expect.stringMatching(/content is an HTML page/),
    });
  });

  it('is not what UTF-8, GBK or Big5 text looks like', () => {
    const text = readFileSync(path.join(FORMATS, 'seed004.html'), 'utf8');
    for (const codec of ['utf8', 'gbk', 'gb18030', 'big5']) expect(utf16Order(iconv.encode(text, codec)), codec).toBeUndefined();
  });
});

describe('binary data stays binary', () => {
  it('a real PNG is an image (a scan, for OCR)', () => {
    expect(sniffFormat('scan.txt', generated('binary', 'image.png'))).toEqual({ kind: 'format', format: 'image' });
  });

  it.each(['image-body.txt', 'zip-body.txt', 'pdf-body.txt', 'random.txt', 'samples16.txt', 'zeros.txt'])('%s is binary content, not UTF-16', (name) => {
    const bytes = generated('binary', name);
    expect(utf16Order(bytes)).toBeUndefined();
    expect(sniffFormat(name, bytes)).toEqual({ kind: 'mismatch', reason: 'binary content that is not a known report format' });
    expect(sniffFormat(name.replace('.txt', '.docx'), bytes)).toMatchObject({
      kind: 'mismatch',
      reason: expect.stringMatching(/binary data of no known kind/),
    });
  });

  it('real report files keep their formats', () => {
    for (const ext of ['pdf', 'docx', 'doc']) {
      const bytes = readFileSync(path.join(FORMATS, `seed000.${ext}`));
      expect(sniffFormat(`seed000.${ext}`, bytes), ext).toEqual({ kind: 'format', format: ext });
      expect(utf16Order(bytes), ext).toBeUndefined();
    }
  });
});
