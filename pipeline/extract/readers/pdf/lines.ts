// Text items → lines in reading order → paragraphs. Chinese wraps mid-sentence, so wrapped
// lines join without a space; a paragraph ends at a first-line indent, a short line, or a
// wider gap. A wide gap inside a line (aligned columns without rulings) becomes a tab.
import type { Item } from './items.js';

export interface Line {
  items: Item[];
  y: number;
  x: number;
  right: number;
  size: number;
}

/**
 * OCR's confidence in a run of items: the lowest of its words with digits (a figure is what a
 * wrong guess costs), or of all its words when none has digits; none for a text layer.
 */
export function confOf(items: readonly Item[]): number | undefined {
  const read = items.filter((i) => i.conf !== undefined);
  if (!read.length) return undefined;
  const digits = read.filter((i) => /\d/.test(i.text));
  return Math.min(...(digits.length ? digits : read).map((i) => i.conf!));
}

/** The characters of a text that OCR confidences are given for: all but spaces, by code point. */
export const confChars = (text: string): number => [...text.replace(/\s+/g, '')].length;

/**
 * Each character's confidence (spaces aside), in the order of the line's text, where it can be
 * known: none when the items carry none, or when the text (normalised) has not as many
 * characters as they do.
 */
export function charConfOf(items: readonly Item[], text: string): number[] | undefined {
  if (!items.some((i) => i.charConf)) return undefined;
  const confs = items.flatMap((i) => i.charConf ?? new Array<number>(confChars(i.text)).fill(i.conf ?? 0));
  return confChars(text) === confs.length ? confs : undefined;
}

export function toLines(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    // same baseline within a third of the font size: one line (superscripts aside)
    const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(2, it.size * 0.35));
    if (line) line.items.push(it);
    else lines.push({ items: [it], y: it.y, x: 0, right: 0, size: it.size });
  }
  for (const l of lines) {
    l.items.sort((a, b) => a.x - b.x);
    l.x = l.items[0]!.x;
    l.right = Math.max(...l.items.map((i) => i.x + i.w));
    l.size = Math.max(...l.items.map((i) => i.size));
  }
  return lines.sort((a, b) => b.y - a.y);
}

/** The line's text: touching items joined, small gaps as a space, column gaps as a tab. */
export function joinLine(l: Line, tabs = false): string {
  let out = '';
  let end: number | undefined;
  for (const it of l.items) {
    if (end !== undefined) {
      const gap = it.x - end;
      if (tabs && gap > l.size * 2.5) out += '\t';
      else if (gap > l.size * 0.3 && !/\s$/.test(out) && !/^\s/.test(it.text)) out += ' ';
    }
    out += it.text;
    end = Math.max(end ?? -Infinity, it.x + it.w);
  }
  return out.replace(/[ \u00a0]+/g, ' ').trim();
}

export interface TextLine {
  text: string;
  y: number;
  x: number;
  right: number;
  size: number;
  /** OCR's confidence (confOf); none for a text layer. */
  conf?: number;
  /** OCR's confidence in each character of `text`, spaces aside, in order (charConfOf). */
  charConf?: number[];
}

/** Lines joined into paragraphs; lines with column gaps stay lines of their own. */
export function paragraphs(lines: TextLine[], left: number, right: number): TextLine[] {
  const out: TextLine[] = [];
  let prev: TextLine | undefined;
  for (const l of lines) {
    const last = out[out.length - 1];
    const continues =
      prev &&
      last &&
      !l.text.includes('\t') &&
      !last.text.includes('\t') &&
      prev.y - l.y < Math.max(prev.size, l.size) * 2.2 && // no blank line between
      prev.right >= right - prev.size * 2 && // the previous line ran to the margin
      l.x <= left + l.size * 1.2; // and this one is not indented
    if (continues) {
      last!.text += (/[A-Za-z0-9]$/.test(last!.text) && /^[A-Za-z0-9]/.test(l.text) ? ' ' : '') + l.text;
      last!.right = l.right;
      if (l.conf !== undefined) last!.conf = Math.min(last!.conf ?? 100, l.conf);
      if (l.charConf) last!.charConf = [...(last!.charConf ?? []), ...l.charConf];
    } else out.push({ ...l });
    prev = l;
  }
  return out;
}
