// Every encoding a report arrives in decodes to the same text and the same figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../pipeline/extract/decode.js';
import { normalizeText } from '../../pipeline/extract/normalize.js';
import { GENERATED, metricsOf, reportOf, SEEDS } from '../helpers.js';

const SEED_FILES = ['000_889672adc75fe0f6', '002_bbda4c124945f80d', '004_f97d988c963e3b8a'];
const VARIANTS: Array<[string, string]> = [
  ['gbk', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['utf16le', 'utf-16le'],
  ['utf16be', 'utf-16be'],
  ['utf16le-nobom', 'utf-16le'],
  ['utf16be-nobom', 'utf-16be'],
  ['utf8bom', 'utf-8-bom'],
  ['crlf', 'utf-8'],
  ['fullwidth', 'utf-8'],
];

describe.each(SEED_FILES)('seed %s', (seed) => {
  it.each(VARIANTS)('as %s decodes (%s) to the same figures as the UTF-8 original', async (variant, encoding) => {
    const original = await reportOf(path.join(SEEDS, `${seed}.txt`));
    const copy = await reportOf(path.join(GENERATED, 'encodings', `${seed}.${variant}.txt`));
    expect(copy.doc.encoding).toBe(encoding);
    expect(copy.doc.replacementChars).toBe(0);
    expect(metricsOf(copy.report)).toEqual(metricsOf(original.report));
    expect(copy.report.identity).toEqual(original.report.identity);
    expect(copy.report.region.code).toBe(original.report.region.code);
  });
});

describe.each(SEED_FILES)('seed %s as UTF-16 without a BOM and with no ASCII at all', (seed) => {
  // make-fixtures.mjs: printable ASCII as full-width forms, spaces as U+3000, line ends as U+2029
  const source = readFileSync(path.join(SEEDS, `${seed}.txt`), 'utf8');
  const expected = source
    .replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/ /g, '\u3000')
    .replace(/\n/g, '\u2029');

  it.each([
    ['utf16le-noascii', 'utf-16le'],
    ['utf16be-noascii', 'utf-16be'],
  ])('as %s is recognised by its byte pairs (%s) and decodes to the source text', (variant, encoding) => {
    const bytes = readFileSync(path.join(GENERATED, 'encodings', `${seed}.${variant}.txt`));
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.replacementChars).toBe(0);
    expect(d.text).toBe(expected);
    // no ASCII code unit (no NUL-in-every-other-byte pattern) where the source has no tab (002 has)
    if (!source.includes('\t')) expect(d.text).not.toMatch(/[^\x80-\u{10ffff}]/u);
    // and normalised, it is the source's text again (line ends aside)
    expect(normalizeText(d.text.replace(/\u2029/g, '\n'))).toBe(normalizeText(source));
  });
});

describe('decodeBytes', () => {
  it('reports the U+FFFD count when a declared UTF-8 page is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8">主动公开'), Buffer.from([0xff, 0xfe, 0x41])]);
    // no BOM at the start: the stray bytes sit in the middle
    const d = decodeBytes(bytes, { html: true });
    expect(d.encoding).toBe('utf-8');
    expect(d.replacementChars).toBeGreaterThan(0);
  });

  it('falls back to GB18030 for GBK text without a declaration', () => {
    const gbk = readFileSync(path.join(GENERATED, 'encodings', '000_889672adc75fe0f6.gbk.txt'));
    expect(decodeBytes(gbk).text).toContain('伊敏苏木人民政府');
  });
});

describe('normalizeText', () => {
  it.each([
    ['１２３条', '123条'],
    ['（一）予以公开', '(一)予以公开'],
    ['a\u3000b\u00a0c', 'a b c'],
    ['x\r\ny\rz', 'x\ny\nz'],
    ['主动\u200b公开', '主动公开'],
  ])('%j → %j', (input, want) => expect(normalizeText(input)).toBe(want));
});
