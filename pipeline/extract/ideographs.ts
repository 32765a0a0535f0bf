// CJK radicals, strokes and compatibility ideographs → the unified ideographs they stand for.
// A PDF printed by Chromium/Skia or Word maps each glyph back to the lowest code point the
// font's cmap gives it, and CJK fonts draw 人 and the Kangxi radical ⼈ (U+2F08) with one
// glyph: the text comes out as "中华⼈⺠共和国" and no keyword rule matches it. Only these
// characters are replaced, one by one; NFKC over the whole text would also rewrite ①, ㈠, ½
// and the full-width forms that the rules and the figures read.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Radicals Supplement, Kangxi Radicals, CJK Strokes, Compatibility Ideographs (BMP) and their
// supplement U+2F800–U+2FA1F (surrogates D87E DC00–DE1F). Matched per UTF-16 unit, without
// the u flag: the common case is one scan of the text that finds nothing.
const CANDIDATES = '[\\u2E80-\\u2EFF\\u2F00-\\u2FDF\\u31C0-\\u31EF\\uF900-\\uFAFF]|\\uD87E[\\uDC00-\\uDE1F]';
const ANY = new RegExp(CANDIDATES);
const ALL = new RegExp(CANDIDATES, 'g');

/** data/unicode/<name>, found from this module (pipeline/ or dist/pipeline/) up to the package root. */
function dataFile(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const f = path.join(dir, 'data', 'unicode', name);
    if (existsSync(f)) return f;
    dir = path.dirname(dir);
  }
  throw new Error(`data/unicode/${name} not found: it ships with the package`);
}

let table: Map<string, string> | undefined;

/** Character → ideograph, for every character of those ranges that has one. Built once. */
export function ideographTable(): Map<string, string> {
  if (table) return table;
  const map = new Map<string, string>();
  // radicals and strokes: Unicode's Equivalent_Unified_Ideograph (scripts/build-radicals.mjs)
  for (const line of readFileSync(dataFile('equivalent-ideographs.csv'), 'utf8').split('\n')) {
    const m = /^([0-9A-F]{4,6}),[^,]*,([0-9A-F]{4,6}),/.exec(line);
    if (m) map.set(String.fromCodePoint(parseInt(m[1]!, 16)), String.fromCodePoint(parseInt(m[2]!, 16)));
  }
  // compatibility ideographs: each decomposes canonically to one unified ideograph; the
  // twelve unified ideographs inside the block (U+FA0E…) and unassigned points stay as they are
  for (const [from, to] of [
    [0xf900, 0xfaff],
    [0x2f800, 0x2fa1f],
  ] as const) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const nfc = ch.normalize('NFC');
      if (nfc !== ch) map.set(ch, nfc);
    }
  }
  return (table = map);
}

/**
 * The text with radicals, strokes and compatibility ideographs replaced by their unified
 * ideographs; the input itself when it holds none. A BMP character maps to a BMP ideograph
 * except for a few rare radicals (U+2E87 → U+20628 …), so offsets stay where they were.
 */
export function unifyIdeographs(text: string): string {
  if (!ANY.test(text)) return text;
  const map = ideographTable();
  return text.replace(ALL, (ch) => map.get(ch) ?? ch);
}
