// OCR's characters as the items a PDF text layer gives (../pdf/items.ts), so that lines,
// paragraphs and tables are built from them by the same code.
import type { Item } from '../pdf/items.js';
import { confChars } from '../pdf/lines.js';
import type { Word } from './tesseract.js';

export const HAN = /[\u3400-\u9fff]/;

/** Characters grouped by their Tesseract line, in the order Tesseract read them. */
export function byLine(chars: Word[]): Map<string, Word[]> {
  // (Node 20 has no Map.groupBy)
  const lines = new Map<string, Word[]>();
  for (const c of chars) (lines.get(c.line) ?? lines.set(c.line, []).get(c.line)!).push(c);
  return lines;
}

/**
 * Characters of a line joined into runs where the text has no space: Chinese characters (their
 * boxes leave gaps a text layer's glyphs do not), and digits of one figure ("1" is narrow: "11"
 * would otherwise read "1 1"). Latin words and column gaps keep their spaces.
 */
function joinChars(chars: Word[]): Word[] {
  const out: Word[] = [];
  for (const line of byLine(chars).values()) {
    // in Tesseract's reading order: its boxes of neighbouring digits can overlap, and sorting
    // by them turned 2023 into 2032
    let cur: Word | undefined;
    for (const w of line) {
      const gap = cur ? w.left - (cur.left + cur.width) : Infinity;
      const a = cur?.text.slice(-1) ?? '';
      const b = w.text[0]!;
      const joins =
        gap < w.size * 0.3 ||
        ((HAN.test(a) || HAN.test(b) || /\p{P}/u.test(a + b)) && gap < w.size * 1.2) ||
        (/\d/.test(a) && /\d/.test(b) && gap < w.size * 0.9);
      if (cur && joins) {
        // the join's characters keep their own confidences (a figure's, not its sentence's)
        cur.charConf = [...charConfs(cur), ...charConfs(w)];
        const top = Math.min(cur.top, w.top);
        cur.height = Math.max(cur.top + cur.height, w.top + w.height) - top;
        cur.top = top;
        cur.width = w.left + w.width - cur.left;
        cur.text += w.text;
        cur.conf = Math.min(cur.conf, w.conf);
      } else out.push((cur = { ...w }));
    }
  }
  return out;
}

/** A run's confidence for each of its characters (spaces aside). */
const charConfs = (w: Word): number[] => w.charConf ?? new Array<number>(confChars(w.text)).fill(w.conf);

/** Characters as the items a PDF text layer gives: points, y up, the baseline and size of their line. */
export function toItems(chars: Word[], scale: number, pageHeight: number): Item[] {
  // a dot or comma standing apart from any text is a speck (a full stop sits against its
  // sentence); dashes and slashes stay: in a cell they mean "not applicable"
  const runs = joinChars(chars).filter((w) => !/^[.,'"`:;·。，、：；‘’“”]+$/.test(w.text));
  return runs.map((w) => ({
    text: w.text,
    x: w.left * scale,
    y: pageHeight - w.baseline * scale,
    w: w.width * scale,
    size: Math.max(4, w.size * scale),
    cy: pageHeight - (w.top + w.height / 2) * scale,
    conf: w.conf,
    charConf: charConfs(w),
  }));
}
