// Normalisation that removes what breaks matching without changing meaning.
// Applied once to the decoded text, so that every offset refers to the same string.
import { unifyIdeographs } from './ideographs.js';

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_SHIFT = 0xfee0; // ！(FF01) - !(21)

export function normalizeText(input: string): string {
  let out = '';
  for (const ch of input) {
    const c = ch.codePointAt(0)!;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) out += String.fromCharCode(c - FULLWIDTH_SHIFT);
    else if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009) out += ' ';
    else if (c === 0x200b || c === 0xfeff || c === 0x200c || c === 0x200d)
      continue; // zero-width
    else out += ch;
  }
  // radicals (⼈⺠ from browser-printed PDFs) read as the ideographs they stand for (人民)
  return unifyIdeographs(out.replace(/\r\n?/g, '\n'));
}
