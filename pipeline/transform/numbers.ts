// Numbers as reports write them: Arabic with separators, Chinese numerals (一起, 两件,
// 十二条, 二十三, 一千零五), units (万元 → yuan), and table cells that mean blank or n/a.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千万亿]+';

/** 二十三 → 23, 一千零五 → 1005, 十二 → 12, 两 → 2. Undefined when not a numeral. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s || !new RegExp(`^${CHINESE_NUMERAL}$`).test(s)) return undefined;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch]!; // 十二: a bare 十 is 10
      digit = -1;
    } else if (ch in BIG_UNITS) {
      total += (section + Math.max(digit, 0)) * BIG_UNITS[ch]!;
      section = 0;
      digit = -1;
    }
  }
  return total + section + Math.max(digit, 0);
}

/** "1,234" / "24252.311082" / "二十三" → number. */
export function parseNumberToken(s: string): number | undefined {
  const t = s.replace(/[,\s]/g, '');
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}

export type CellValue =
  { kind: 'number'; value: number; unit?: string } | { kind: 'blank' } | { kind: 'not_applicable'; raw: string } | { kind: 'text'; raw: string };

const NOT_APPLICABLE = /^(\/|／|—+|-+|－|无|——)$/;

/** A table cell: a number (with an optional unit), blank, "/" or "—" (n/a), or text. */
export function parseCell(raw: string): CellValue {
  const t = raw.replace(/\s+/g, '');
  if (!t) return { kind: 'blank' };
  if (NOT_APPLICABLE.test(t)) return { kind: 'not_applicable', raw: t };
  const m = /^([-+]?\d[\d,]*(?:\.\d+)?)(万元|元|条|件|次|篇|个|人次|人|项)?$/.exec(t);
  if (m) {
    const value = Number(m[1]!.replace(/,/g, ''));
    return m[2] ? { kind: 'number', value, unit: m[2] } : { kind: 'number', value };
  }
  return { kind: 'text', raw: t };
}

/** Money to yuan: 万元 × 10,000, rounded to the fen to undo float noise. */
export function toYuan(value: number, unit: string | undefined): number {
  const yuan = unit === '万元' ? value * 10000 : value;
  return Math.round(yuan * 100) / 100;
}
