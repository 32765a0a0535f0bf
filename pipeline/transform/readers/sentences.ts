// Reads headline figures from the report's sentences with the rules of rules/sentences.ts.
// Shared handling: Chinese numerals, 万, approximations (flag `approximate`), and traps —
// cumulative figures, percentages, figures about another year.
import type { Document } from '../../extract/model.js';
import type { MetricSet } from '../metric-set.js';
import { parseNumberToken, toYuan } from '../numbers.js';
import type { Template } from '../report.js';
import { ACCUMULATED_BEFORE, YEAR_ACCUMULATED, CUMULATIVE_BEFORE, HEADING, NEGATED_BEFORE, MONEY_UNIT_PATTERN, NUMBER_PATTERN, SENTENCE_RULES, type SentenceRule } from '../rules/sentences.js';

interface Compiled {
  rule: SentenceRule;
  re: RegExp;
  /** Chinese words every match contains: a sentence without them is not tried. */
  needle?: string;
}

/**
 * The longest run of Chinese characters a pattern requires: literal, outside groups and
 * classes, not made optional by a quantifier. Regexes that begin with a number try every
 * position of every sentence; this plain substring test keeps them off most sentences.
 */
export function needleOf(pattern: string): string | undefined {
  let depth = 0;
  let run = '';
  let best = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      run = '';
      i++;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
      run = '';
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      run = '';
    } else if (depth === 0 && c === '|') return undefined; // alternatives: no single requirement
    else if (depth === 0 && /[\u4e00-\u9fa5]/.test(c) && !/[?*{]/.test(pattern[i + 1] ?? '')) {
      run += c;
      if (run.length > best.length) best = run;
    } else run = '';
  }
  return best.length >= 2 ? best : undefined;
}

const COMPILED: Compiled[] = SENTENCE_RULES.flatMap((rule) =>
  [rule.pattern].flat().map((p) => ({ rule, re: new RegExp(p.replaceAll('{N}', NUMBER_PATTERN).replaceAll('{U}', MONEY_UNIT_PATTERN), 'g'), needle: needleOf(p) })),
);

interface Sentence {
  text: string;
  offset: number;
}

// "政府信息 4534 条", "2023 年": pdftotext -layout and Word keep a space around Latin digits
// in Chinese text, which no rule expects; the figure is the same without it
const DIGIT_SPACE = /(?<=[\u4e00-\u9fa5，、：（])[ \t]+(?=\d)|(?<=\d)[ \t]+(?=[\u4e00-\u9fa5，。、；）])/g;

/** Sentences of the prose: paragraphs split at 。；！？ (and line breaks). */
export function sentencesOf(doc: Document): Sentence[] {
  const out: Sentence[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const re = /[^。;!?！？；]+[。;!?！？；]?/g;
    for (const m of b.text.matchAll(re)) {
      const text = m[0].trim().replace(DIGIT_SPACE, '');
      if (text) out.push({ text, offset: b.offset + m.index! + (m[0].length - m[0].trimStart().length) });
    }
  }
  return out;
}

function figureOf(groups: Record<string, string | undefined>): { value: number; approximate: boolean } | undefined {
  const n = groups.n === undefined ? undefined : parseNumberToken(groups.n);
  if (n === undefined) return undefined;
  const value = groups.wan ? n * 10000 : n;
  return { value, approximate: Boolean(groups.approx || groups.more) };
}

export function readSentences(doc: Document, template: Template, set: MetricSet, year?: number): void {
  const rules = COMPILED.filter((c) => !c.rule.templates || c.rule.templates.includes(template));
  let heading = '';
  const spoken = new Set<string>();
  for (const s of sentencesOf(doc)) {
    // the heading in force is the last one printed before (or at the start of) this sentence
    const own = [...s.text.matchAll(HEADING)];
    const inForce = own.length && own[own.length - 1]!.index! === 0 ? own[own.length - 1]![1]! : heading;
    if (own.length) heading = own[own.length - 1]![1]!;
    for (const { rule, re, needle } of rules) {
      if (needle && !s.text.includes(needle)) continue;
      // a key a table already holds is still read once from the prose, so that a
      // disagreement is recorded (text_table_mismatch); the table's figure is kept
      if (spoken.has(rule.key) || set.entry(rule.key)?.rule.startsWith('sent.')) continue;
      if (rule.section && !rule.section.test(inForce)) continue;
      re.lastIndex = 0;
      for (const m of s.text.matchAll(re)) {
        const before = s.text.slice(0, m.index);
        if (CUMULATIVE_BEFORE.test(before)) continue;
        // "未发生一起…行政复议": a negated count is no count; the rule's zero form reads it
        if (rule.value === undefined && NEGATED_BEFORE.test(before)) continue;
        // 累计 scoped to the year ("全年累计主动公开政府信息622条") is that year's total
        if (ACCUMULATED_BEFORE.test(before) && !(year && s.text.includes(`${year}年`)) && !YEAR_ACCUMULATED.test(before)) continue;
        // a figure the pattern ties to a year counts only for the report's own year
        if (m.groups?.y && Number(m.groups.y) !== year) continue;
        const after = s.text.slice(m.index! + m[0].length);
        if (/^[%％]/.test(after)) continue; // a percentage, not a count
        if (rule.value === 0) {
          set.add({ key: rule.key, value: 0, raw: m[0], snippet: s.text, offset: s.offset + m.index!, rule: rule.id, flags: ['from_text'] });
          spoken.add(rule.key);
          break;
        }
        const fig = figureOf(m.groups ?? {});
        if (!fig) continue;
        const value = rule.money ? toYuan(fig.value, m.groups?.unit) : fig.value;
        set.add({
          key: rule.key,
          value,
          raw: m[0],
          snippet: s.text,
          offset: s.offset + m.index!,
          rule: rule.id,
          flags: fig.approximate ? ['from_text', 'approximate'] : ['from_text'],
        });
        spoken.add(rule.key);
        break;
      }
    }
  }
}
