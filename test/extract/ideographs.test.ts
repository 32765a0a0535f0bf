// Radicals (⼈⺠, from browser- and Word-printed PDFs) and compatibility ideographs read as
// the unified ideographs they stand for; nothing else in the text changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ideographTable, unifyIdeographs } from '../../pipeline/extract/ideographs.js';
import { normalizeText } from '../../pipeline/extract/normalize.js';
import { extractBytes } from '../../pipeline/extract/index.js';
import { transform } from '../../pipeline/transform/index.js';
import { metricsOf, reportOf, ROOT, SEEDS } from '../helpers.js';

const cp = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;

describe('single characters', () => {
  const cases: Array<[string, string]> = [
    ['\u2F08', '人'], // ⼈ KANGXI RADICAL MAN
    ['\u2EA0', '民'], // ⺠ CJK RADICAL CIVILIAN
    ['\u2F00', '一'], // ⼀ KANGXI RADICAL ONE
    ['\u2F83', '自'], // ⾃ KANGXI RADICAL SELF
    ['\u2F63', '生'], // ⽣ KANGXI RADICAL LIFE
    ['\u2F8F', '行'], // ⾏ KANGXI RADICAL WALK ENCLOSURE
    ['\u2FB0', '革'], // ⾰ KANGXI RADICAL LEATHER
    ['\u2F2F', '工'], // ⼯ KANGXI RADICAL WORK
    ['\u2FA8', '門'], // ⾨ KANGXI RADICAL GATE (traditional form, as Unicode maps it)
    ['\u2ED4', '门'], // ⻔ CJK RADICAL C-SIMPLIFIED GATE
    ['\u31D0', '一'], // ㇐ CJK STROKE H
    ['\uF900', '豈'], // CJK COMPATIBILITY IDEOGRAPH-F900 → U+8C48
    ['\uF9D1', '六'], // CJK COMPATIBILITY IDEOGRAPH-F9D1 → U+516D
    ['\u{2F800}', '丽'], // CJK COMPATIBILITY IDEOGRAPH-2F800 → U+4E3D
  ];
  it.each(cases)('%s reads as %s', (from, to) => {
    expect(unifyIdeographs(from)).toBe(to);
    expect(normalizeText(from)).toBe(to);
  });
});

describe('sentences', () => {
  const cases: Array<[string, string]> = [
    ['三安全⼀稳定', '三安全一稳定'],
    ['⼈⺠政府', '人民政府'],
    ['发展和改⾰局', '发展和改革局'],
    ['中华⼈⺠共和国政府信息公开条例', '中华人民共和国政府信息公开条例'],
    ['⾃然资源和规划局依申请公开⼯作', '自然资源和规划局依申请公开工作'],
    ['⽣态环境局推进⾏政执法公⽰', '生态环境局推进行政执法公示'],
  ];
  it.each(cases)('%s → %s', (from, to) => {
    expect(normalizeText(from)).toBe(to);
  });
});

describe('what is not a radical stays as it is', () => {
  const unchanged = [
    '本年新收政府信息公开申请数量 12 件',
    '①②③ ⑴⑵ ⒈⒉', // circled and parenthesised figures: NFKC would turn them into digits
    '㈠㈡㈢ （一）', // parenthesised ideographs (U+3220…) are not radicals
    '½ ¼ ㎡ ℃ №', // compatibility characters outside the CJK ranges
    'ｶﾀｶﾅ', // half-width katakana: NFKC would widen it
    '\uFA0E\uFA0F\uFA11', // unified ideographs that sit inside the compatibility block
    '\u2E80', // CJK RADICAL REPEAT: no equivalent ideograph
    '\u31C0', // CJK STROKE T: no equivalent ideograph
    '', // empty
  ];
  it.each(unchanged)('%s', (s) => {
    expect(unifyIdeographs(s)).toBe(s);
  });

  it('the full-width and space handling of normalizeText is as before', () => {
    expect(normalizeText('ＡＢＣ１２３，（一）\u3000⼈⺠\u00a0\u200b政府\r\n')).toBe('ABC123,(一) 人民 政府\n');
  });

  it('returns the same string when there is nothing to replace', () => {
    const text = '政府信息公开工作年度报告。'.repeat(4000); // ≈ 50 KB
    expect(unifyIdeographs(text)).toBe(text);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) unifyIdeographs(text);
    expect(performance.now() - t0).toBeLessThan(1000); // a scan, not a rebuild (a few µs each)
  });
});

describe('offsets', () => {
  it('a BMP character maps to a BMP ideograph: the text keeps its length', () => {
    const s = '中华⼈⺠共和国⼀⾃⽣⾏⾰';
    const out = normalizeText(s);
    expect(out.length).toBe(s.length);
    expect(out.indexOf('共和国')).toBe(s.indexOf('共和国'));
  });

  it('holds for every BMP → BMP entry of the table', () => {
    const entries = [...ideographTable()].filter(([from, to]) => from.length === 1 && to.length === 1);
    expect(entries.length).toBeGreaterThan(500);
    const all = entries.map(([from]) => from).join('');
    expect(unifyIdeographs(all)).toBe(entries.map(([, to]) => to).join(''));
  });

  it('only a few rare characters map outside the BMP and change the length', () => {
    const astral = [...ideographTable()].filter(([from, to]) => from.length === 1 && to.length === 2).map(([from]) => cp(from));
    expect(astral).toContain('U+2E87'); // CJK RADICAL TABLE → U+20628
    expect(astral).toContain('U+FA6C'); // a compatibility ideograph → U+242EE
    expect(astral.length).toBeLessThan(40); // 23 radicals and strokes, 7 compatibility ideographs (Unicode 15)
  });
});

describe('the table', () => {
  const table = ideographTable();
  const csv = readFileSync(path.join(ROOT, 'data', 'unicode', 'equivalent-ideographs.csv'), 'utf8');
  it('covers the whole Kangxi Radicals block', () => {
    for (let c = 0x2f00; c <= 0x2fd5; c++) expect(table.has(String.fromCodePoint(c)), `U+${c.toString(16)}`).toBe(true);
  });
  it('covers the CJK Radicals Supplement but for U+2E80 and the unassigned U+2E9A', () => {
    for (let c = 0x2e81; c <= 0x2ef3; c++) if (c !== 0x2e9a) expect(table.has(String.fromCodePoint(c)), `U+${c.toString(16)}`).toBe(true);
  });
  it('maps every radical to a CJK unified ideograph', () => {
    for (const [, to] of table) expect(to).toMatch(/^\p{Unified_Ideograph}$/u);
  });
  it('lists each code point with its characters', () => {
    for (const line of csv.split('\n').filter((l) => /^[0-9A-F]{4,6},/.test(l))) {
      const [from, fromChar, to, toChar] = line.split(',');
      expect(String.fromCodePoint(parseInt(from!, 16))).toBe(fromChar);
      expect(String.fromCodePoint(parseInt(to!, 16))).toBe(toChar);
    }
  });
});

// the radicals a browser-printed PDF carries, put back into a real report
const RADICAL_OF: Record<string, string> = {
  人: '\u2F08',
  民: '\u2EA0',
  一: '\u2F00',
  自: '\u2F83',
  生: '\u2F63',
  行: '\u2F8F',
  革: '\u2FB0',
  工: '\u2F2F',
  长: '\u2ED3',
  示: '\u2F70',
};
const radicalize = (s: string) => s.replace(/[人民一自生行革工长示]/g, (c) => RADICAL_OF[c]!);

describe('through the readers', () => {
  it('a text report written with radicals reads as the original', async () => {
    const file = path.join(SEEDS, '000_889672adc75fe0f6.txt');
    const original = await reportOf(file);
    const bytes = new TextEncoder().encode(radicalize(readFileSync(file, 'utf8')));
    expect(radicalize(original.doc.text)).not.toBe(original.doc.text);
    const doc = await extractBytes('radicals.txt', bytes);
    expect(doc.text).toBe(original.doc.text);
    const report = transform(doc, file);
    expect(report.identity).toEqual(original.report.identity);
    expect(metricsOf(report)).toEqual(metricsOf(original.report));
  });

  it('an HTML page written with radicals gives the body name in ideographs', async () => {
    const html = `<html><head><title>${radicalize('淮安市发展和改革局2023年政府信息公开工作年度报告')}</title></head><body><div class="article">
      <p>${radicalize('淮安市发展和改革局2023年政府信息公开工作年度报告')}</p>
      <p>${radicalize('本报告根据《中华人民共和国政府信息公开条例》要求编制，全面推进政务公开工作。')}</p></div></body></html>`;
    const doc = await extractBytes('radicals.html', new TextEncoder().encode(html));
    expect(doc.title).toBe('淮安市发展和改革局2023年政府信息公开工作年度报告');
    expect(doc.text).toContain('中华人民共和国政府信息公开条例');
    expect(transform(doc, 'radicals.html').identity.body_name).toBe('淮安市发展和改革局');
  });
});
