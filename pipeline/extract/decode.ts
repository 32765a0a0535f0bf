// Bytes → string. Order (STACK.md): BOM, strict UTF-8, a declared charset, GB18030.
// GB18030 is a superset of GBK and GB2312, so it is the right fallback for Chinese pages.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
  replacementChars: number;
}

/** Charset labels publishers declare, mapped to what we decode with. */
const CHARSET_ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
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

export function decodeBytes(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded {
  const bom = withBom(bytes);
  if (bom) return bom;
  // validated and converted by simdutf: several times faster than a fatal TextDecoder
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8', replacementChars: 0 };
  // not valid UTF-8: fall through to a declared charset or GB18030
  // A UTF-8 file with a few bad bytes (a truncated copy, a pasted GBK fragment) stays UTF-8:
  // its Chinese reads right, the damaged bytes become U+FFFD and are counted
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = countReplacements(lenient);
  const cjk = (lenient.match(/[\u4e00-\u9fa5]/g) ?? []).length;
  if (cjk >= 20 && bad * 4 < cjk) return { text: lenient, encoding: 'utf-8', replacementChars: bad };
  const declared = opts.html ? declaredCharset(bytes) : undefined;
  const encoding = (declared && CHARSET_ALIASES[declared]) || 'gb18030';
  // A page declaring UTF-8 that is not valid UTF-8 is decoded leniently as UTF-8, not
  // reinterpreted: the U+FFFD count records the damage.
  const text = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(Buffer.from(bytes), encoding);
  return { text, encoding, replacementChars: countReplacements(text) };
}
