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

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function fingerprint(doc: Document): number[] {
  const hashes = new Set<number>();
  // the paragraphs as one run: a dump wraps lines mid-sentence, a page does not, so only the
  // sentence's own punctuation ends it
  const prose = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '。')).join('');
  for (const sentence of prose.split(/[。；;！!？?]/)) {
    const core = sentence.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
    if (core.length >= MIN_CHARS) hashes.add(fnv1a(core));
  }
  return [...hashes].sort((a, b) => a - b).slice(0, K);
}
