// The sentences of a report's prose, as the sentence rules read them.
import type { Document } from '../../extract/model.js';
import { HEADING } from '../rules/sentences/index.js';

export interface Sentence {
  text: string;
  offset: number;
  /** The paragraph and where the sentence starts in it (throughOf reads on from there). */
  paragraph: string;
  start: number;
  /** The heading in force: the last one printed before (or at the start of) the sentence. */
  heading: string;
}

// "政府信息 4534 条", "2023 年": pdftotext -layout and Word keep a space around Latin digits
// in Chinese text, which no rule expects; the figure is the same without it
const DIGIT_SPACE = /(?<=[\u4e00-\u9fa5，、：（])[ \t]+(?=\d)|(?<=\d)[ \t]+(?=[\u4e00-\u9fa5，。、；）])/g;

/** The last heading printed in a sentence ("（二）依申请公开", "三、…"), if any. */
function lastHeading(text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  HEADING.lastIndex = 0; // HEADING is global: exec walks its matches (none is empty)
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) last = m;
  return last;
}

/** Sentences of the prose: paragraphs split at 。；！？ (and line breaks). */
export function sentencesOf(doc: Document): Sentence[] {
  const out: Sentence[] = [];
  let heading = '';
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const re = /[^。;!?！？；]+[。;!?！？；]?/g;
    for (const m of b.text.matchAll(re)) {
      const text = m[0].trim().replace(DIGIT_SPACE, '');
      if (!text) continue;
      const own = lastHeading(text);
      const inForce = own?.index === 0 ? own[1]! : heading;
      if (own) heading = own[1]!;
      out.push({ text, offset: b.offset + m.index! + (m[0].length - m[0].trimStart().length), paragraph: b.text, start: m.index!, heading: inForce });
    }
  }
  return out;
}

/**
 * The paragraph from the sentence to its next 。, normalised as the sentence is (so an index
 * into the sentence is one into this): a total's parts may follow a ；. Only a rule with
 * `parts` needs it, after its pattern matched.
 */
export function throughOf(s: Sentence): string {
  const end = s.paragraph.indexOf('。', s.start);
  return s.paragraph
    .slice(s.start, end < 0 ? undefined : end + 1)
    .trim()
    .replace(DIGIT_SPACE, '');
}
