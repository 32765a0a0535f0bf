// The fingerprint hashes each sentence as it walks the prose; it must give the hashes of the
// sentences reduced to their letters and digits, whatever characters they hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../pipeline/extract/index.js';
import type { Document } from '../../pipeline/extract/model.js';
import { fingerprint } from '../../pipeline/transform/fingerprint.js';
import { docOf, proseFiles } from '../helpers.js';

/** The definition, written the plain way: split, strip, hash, the 256 smallest. */
function reference(doc: Document): number[] {
  const hashes = new Set<number>();
  const prose = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '。')).join('');
  for (const sentence of prose.split(/[。；;！!？?]/)) {
    const core = sentence.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
    if (core.length < 10) continue;
    let h = 0x811c9dc5;
    for (let i = 0; i < core.length; i++) h = Math.imul(h ^ core.charCodeAt(i), 0x01000193);
    hashes.add(h >>> 0);
  }
  return [...hashes].sort((a, b) => a - b).slice(0, 256);
}

describe('fingerprint', () => {
  it.each([
    ['characters beyond the BMP (𠀀, CJK Ext. B) count as two units', '𠀀𠀁𠀂abc中文字符。'],
    ['full-width digits and letters are kept, punctuation is not', '全年受理申请１２件，ＡＢ类答复完毕！'],
    ['lone surrogates are dropped', '\ud800孤立的代理项\udc00测试一二三四五六七；'],
    ['Roman numerals, circled digits and superscripts are numbers', 'Ⅻ②³ǅ中文字符测试一二三四五六七八九!'],
    ['a last sentence without its mark', '本年度主动公开政府信息一百二十三条'],
    ['short sentences say nothing', '一、概述。二、主动公开。'],
  ])('%s', (_, text) => {
    const doc = docOf([text, '第二段：本机关全年共收到政府信息公开申请二十件。']);
    expect(fingerprint(doc)).toEqual(reference(doc));
  });

  it('is the plain definition on the seeds and the dev corpus', async () => {
    for (const file of proseFiles()) {
      const doc = await extractBytes(file, readFileSync(file));
      const got = fingerprint(doc);
      expect(got.length, file).toBeGreaterThan(5);
      expect(got, file).toEqual(reference(doc));
    }
  });
});
