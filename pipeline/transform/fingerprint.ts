// A report's prose as a set of sentence hashes, so that two copies of one report (the portal
// page and a crawler's text dump, a DOCX and its PDF) can be recognised by content in load.
// Only paragraphs count: a table read as cells in one copy is often flattened text in the
// other. Each sentence is reduced to its letters and digits, so line breaks, spaces and
// punctuation that differ between copies do not.
import type { Document } from '../extract/model.js';

/** Sentences shorter than this (headings, "一、概述") say nothing about which report it is. */
const MIN_CHARS = 10;
/** Bottom-k sketch: the k smallest hashes stand for the set, the same k in every copy. */
const K = 256;

/** A character the sentence is reduced to: a Han character, a letter or a digit. */
const KEPT = /^[\p{Script=Han}\p{L}\p{N}]$/u;
/** Whether each UTF-16 code unit is kept (1), dropped (2) or not yet asked (0). */
const keptUnit = new Uint8Array(0x10000);

function keeps(c: number): boolean {
  if (keptUnit[c] === 0) keptUnit[c] = KEPT.test(String.fromCharCode(c)) ? 1 : 2;
  return keptUnit[c] === 1;
}

const ENDS = new Set([...'。；;！!？?'].map((c) => c.charCodeAt(0)));
const FNV_OFFSET = 0x811c9dc5;

export function fingerprint(doc: Document): number[] {
  const hashes = new Set<number>();
  // the paragraphs as one run: a dump wraps lines mid-sentence, a page does not, so only the
  // sentence's own punctuation ends it
  const prose = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '。')).join('');
  // FNV-1a of each sentence's letters and digits, computed as the prose is walked: the same
  // hash as of the sentence with everything else removed, without building that string
  let h = FNV_OFFSET;
  let n = 0;
  for (let i = 0; i <= prose.length; i++) {
    const c = i < prose.length ? prose.charCodeAt(i) : 0x3002; // the end closes the last sentence
    if (ENDS.has(c)) {
      if (n >= MIN_CHARS) hashes.add(h >>> 0);
      h = FNV_OFFSET;
      n = 0;
      continue;
    }
    let units = 1;
    let kept: boolean;
    const next = prose.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      kept = KEPT.test(prose.slice(i, i + 2)); // a character beyond the BMP (CJK Ext. B…)
      units = 2;
    } else kept = keeps(c);
    if (kept) {
      for (let k = 0; k < units; k++) {
        h ^= prose.charCodeAt(i + k);
        h = Math.imul(h, 0x01000193);
      }
      n += units;
    }
    i += units - 1;
  }
  return [...hashes].sort((a, b) => a - b).slice(0, K);
}
