import { describe, expect, it } from 'vitest';
import { parseCell, parseChineseNumeral, toYuan } from '../../pipeline/transform/numbers.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['一百零五', 105],
    ['一千零五', 1005],
    ['三万二千', 32000],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it('is undefined for non-numerals', () => expect(parseChineseNumeral('一起')).toBeUndefined());
});

describe('parseCell', () => {
  it.each([
    ['', { kind: 'blank' }],
    ['  ', { kind: 'blank' }],
    ['/', { kind: 'not_applicable', raw: '/' }],
    ['—', { kind: 'not_applicable', raw: '—' }],
    ['无', { kind: 'not_applicable', raw: '无' }],
    ['146', { kind: 'number', value: 146 }],
    ['-18', { kind: 'number', value: -18 }],
    ['251000元', { kind: 'number', value: 251000, unit: '元' }],
    ['0.38万元', { kind: 'number', value: 0.38, unit: '万元' }],
    ['1,234', { kind: 'number', value: 1234 }],
    ['条', { kind: 'text', raw: '条' }],
  ])('%j', (raw, want) => expect(parseCell(raw)).toEqual(want));
});

describe('toYuan', () => {
  it('converts 万元 and rounds to the fen', () => {
    expect(toYuan(24252.311082, '万元')).toBe(242523110.82);
    expect(toYuan(0.05, '万元')).toBe(500);
    expect(toYuan(380, '元')).toBe(380);
  });
});
