// A scan's title misread in one character: the name as the report's own text spells it more often.
import { describe, expect, it } from 'vitest';
import { respellPlaces, textSpellings } from '../../../pipeline/transform/identity/ocr-name.js';

describe('textSpellings', () => {
  it.each([
    ['准安市人民政府', '准安市人民政府2024年报告。本报告由淮安市人民政府办公室编制。淮安市各县区', ['淮安市人民政府']],
    // OCR misread it more often than not: the text's other spelling still counts
    ['哪托克旗人民政府', '哪托克旗人民政府 哪托克旗 哪托克旗 在鄂托克旗', ['鄂托克旗人民政府']],
    ['伊人敏苏木人民政府', '伊人敏苏木 伊敏苏木主动公开 伊敏苏木党委', ['伊敏苏木人民政府']],
    // the most frequent first
    ['准安市人民政府', '雅安市 淮安市 淮安市', ['淮安市人民政府', '雅安市人民政府']],
  ])('%s → %j', (name, text, want) => {
    expect(textSpellings(name, text)).toEqual(want);
  });

  it.each([
    // a name cut at its start (安市 in 淮安市) is another word
    ['准安市人民政府', '安市 安市 安市'],
    // too short to tell a misreading from another place
    ['X市人民政府', 'Y市 Y市 Y市'],
  ])('%s has no other spelling in "%s"', (name, text) => {
    expect(textSpellings(name, text)).toEqual([]);
  });
});

describe('respellPlaces', () => {
  it('spells a misread place as the region the report resolved to', () => {
    expect(respellPlaces('咒兰县习岗镇人民政府', ['宁夏回族自治区', '银川市', '贺兰县', '习岗镇'])).toBe('贺兰县习岗镇人民政府');
  });
  it('leaves names of other places, and short ones, as printed', () => {
    expect(respellPlaces('贺兰县习岗镇人民政府', ['贺兰县', '习岗镇'])).toBe('贺兰县习岗镇人民政府');
    expect(respellPlaces('银川市人民政府', ['贺兰县'])).toBe('银川市人民政府');
    expect(respellPlaces('咒市人民政府', ['贺市'])).toBe('咒市人民政府');
  });
});
