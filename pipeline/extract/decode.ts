// Bytes → string. The bytes decide; a declaration is believed only where the bytes agree with it.
//   1. A BOM (UTF-8, UTF-16LE, UTF-16BE) decides.
//   2. Bytes that are valid UTF-8 and hold no NUL are UTF-8, whatever a meta tag says (a
//      template copied between sites keeps its old charset). They never go to step 3: pairs of
//      ASCII letters read as UTF-16 would pass for CJK.
//   3. UTF-16 without a BOM is recognised from its byte pairs (`utf16Order`): read as code
//      units of one byte order, most of them are text (ASCII, common CJK, CJK punctuation);
//      ASCII puts a NUL in every other byte, so it shows at once; CJK alone shows because only
//      the right order gives common characters. (Valid UTF-8 with NULs that is not UTF-16
//      stays UTF-8.)
//   4. Any other bytes are decoded every way that is plausible: the declared charset (HTML,
//      any label iconv-lite knows, gb2312/gbk mapped to their superset GB18030), GB18030
//      (the Chinese default) and UTF-8 read leniently (a UTF-8 file with a few damaged bytes).
//      Each decoding scores its common CJK characters (GB2312 level 1 and Big5 level 1) minus
//      its rare ones (other ideographs, private use: what a wrong decoding makes of the bytes)
//      minus 4 for each U+FFFD. The highest score wins; a tie goes to the earlier in that order,
//      so an undeclared page that reads as nothing is GB18030, as before.
// The chosen decoding is recorded in `encoding`, and `replacementChars` counts its U+FFFD: a
// truthful count of the damage in the decoding that was used.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
  replacementChars: number;
}

/** Charset labels publishers declare, mapped to what we decode with (WHATWG label rules). */
const CHARSET_ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  'x-euc-cn': 'gb18030',
  'euc-cn': 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  // a meta tag cannot declare UTF-16 (the page would not be readable as ASCII to find it)
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  unicode: 'utf-8',
  // browsers read these as windows-1252
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

let commonCjk: Set<number> | undefined;
/** GB2312 level 1 (3,755 common simplified characters) and Big5 level 1 (5,401 common traditional). */
function common(): Set<number> {
  if (commonCjk) return commonCjk;
  const gb: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) gb.push(hi, lo);
  const big5: number[] = [];
  for (let hi = 0xa4; hi <= 0xc6; hi++) {
    for (let lo = 0x40; lo <= 0x7e; lo++) big5.push(hi, lo);
    if (hi < 0xc6) for (let lo = 0xa1; lo <= 0xfe; lo++) big5.push(hi, lo);
  }
  const text = iconv.decode(Buffer.from(gb), 'gb18030') + iconv.decode(Buffer.from(big5), 'big5');
  commonCjk = new Set();
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) commonCjk.add(text.charCodeAt(i));
  return commonCjk;
}

const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isPrivateUse = (c: number): boolean => c >= 0xe000 && c <= 0xf8ff;

interface Score {
  common: number;
  rare: number;
  bad: number;
}

function score(text: string): Score {
  const set = common();
  const s: Score = { common: 0, rare: 0, bad: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) s.bad++;
    else if (set.has(c)) s.common++;
    else if (isHan(c) || isPrivateUse(c)) s.rare++;
  }
  return s;
}

const REPLACEMENT_COST = 4;
const value = (s: Score): number => s.common - s.rare - REPLACEMENT_COST * s.bad;

/** The Latin-1 signs Chinese reports use: no-break space, §, °, ±, ·, ×, ÷. */
const LATIN1_SIGNS = new Set([0xa0, 0xa7, 0xb0, 0xb1, 0xb7, 0xd7, 0xf7]);

/** Whether a UTF-16 code unit is what text is made of: ASCII text, common CJK, CJK and general punctuation. */
function textUnit(u: number, set: Set<number>): boolean {
  if (u < 0x80) return u === 0x09 || u === 0x0a || u === 0x0d || (u >= 0x20 && u < 0x7f);
  return (
    set.has(u) ||
    (u >= 0x3000 && u <= 0x303f) || // CJK punctuation
    (u >= 0xff01 && u <= 0xff5e) || // full-width forms
    (u >= 0x2010 && u <= 0x2027) || // dashes, quotes, ellipsis
    LATIN1_SIGNS.has(u)
  );
}

/** The share of text units among the first `n` code units of `bytes` in one byte order. */
function textShare(bytes: Uint8Array, n: number, le: boolean, set: Set<number>): { share: number; distinct: number } {
  let ok = 0;
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    const u = le ? a | (b << 8) : (a << 8) | b;
    if (textUnit(u, set)) {
      ok++;
      if (seen.size < 64) seen.add(u);
    }
  }
  return { share: ok / n, distinct: seen.size };
}

/** Share of code units that must be text for bytes to be taken as UTF-16 (random bytes: ~10 %). */
const UTF16_SHARE = 0.8;

/**
 * The byte order of UTF-16 text without a BOM, or undefined when the bytes are not UTF-16 text.
 * Looks at the first 8 KB: read in each byte order, at least 80 % of the code units must be text
 * (ASCII, common CJK, CJK punctuation) and of some variety (not one byte repeated), and the other
 * order must do clearly worse. Random bytes, images, archives, 16-bit binary numbers and
 * single-byte text stay far below (< 45 %; Chinese UTF-16 text is > 99 %).
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) >> 1;
  if (n < 2) return undefined;
  const set = common();
  const le = textShare(bytes, n, true, set);
  const be = textShare(bytes, n, false, set);
  const [best, order, other] = le.share >= be.share ? [le, 'utf-16le' as const, be] : [be, 'utf-16be' as const, le];
  if (best.share < UTF16_SHARE || best.share - other.share < 0.2) return undefined;
  if (best.distinct < Math.min(8, Math.ceil(n / 2))) return undefined;
  return order;
}

function withBom(bytes: Uint8Array): Decoded | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    return { text, encoding: 'utf-8-bom', replacementChars: countReplacements(text) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16le', replacementChars: countReplacements(text) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16be', replacementChars: countReplacements(text) };
  }
  return undefined;
}

/** The charset a HTML page declares in its first 4 KB, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** What a declared label is decoded with, or undefined for a label iconv-lite does not know. */
function decoderFor(label: string): string | undefined {
  const mapped = CHARSET_ALIASES[label];
  if (mapped) return mapped;
  return iconv.encodingExists(label) ? label : undefined;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  return encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

export function decodeBytes(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded {
  const bom = withBom(bytes);
  if (bom) return bom;
  // validated and converted by simdutf: several times faster than a fatal TextDecoder
  const utf8 = isUtf8(bytes);
  const asUtf8 = (): Decoded => ({
    text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
    encoding: 'utf-8',
    replacementChars: 0,
  });
  if (utf8 && !bytes.includes(0)) return asUtf8();
  const order = utf16Order(bytes);
  if (order) {
    const text = new TextDecoder(order).decode(bytes);
    return { text, encoding: order, replacementChars: countReplacements(text) };
  }
  if (utf8) return asUtf8();
  // not valid UTF-8: every plausible decoding, the declared one first (it wins a tie)
  const declared = opts.html ? declaredCharset(bytes) : undefined;
  const candidates = [...new Set([declared && decoderFor(declared), 'gb18030', 'utf-8'].filter((e): e is string => !!e))];
  let best: { text: string; encoding: string; value: number } | undefined;
  for (const encoding of candidates) {
    const text = decodeAs(bytes, encoding);
    const v = value(score(text));
    if (!best || v > best.value) best = { text, encoding, value: v };
  }
  return { text: best!.text, encoding: best!.encoding, replacementChars: countReplacements(best!.text) };
}
