// Reads headline figures from the report's sentences with the rules of rules/sentences.ts.
// Shared handling: Chinese numerals, 万, approximations (flag `approximate`), and traps —
// cumulative figures, percentages, figures about another year.
import type { Document } from '../../extract/model.js';
import type { MetricSet } from '../metric-set.js';
import { parseNumberToken, toYuan } from '../numbers.js';
import type { Template } from '../report.js';
import {
  ACCUMULATED_BEFORE,
  YEAR_ACCUMULATED,
  CUMULATIVE_BEFORE,
  HEADING,
  NEGATED_BEFORE,
  MONEY_UNIT_PATTERN,
  NUMBER_PATTERN,
  SENTENCE_RULES,
  type SentenceRule,
} from '../rules/sentences/index.js';

interface Compiled {
  rule: SentenceRule;
  re: RegExp;
  /** Chinese words every match contains: a sentence without them is not tried. */
  needle?: string;
  must: RegExp[];
  mustNot: RegExp[];
  parts?: RegExp;
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
    } else if (depth === 0 && c === '|')
      return undefined; // alternatives: no single requirement
    else if (depth === 0 && /[\u4e00-\u9fa5]/.test(c) && !/[?*{]/.test(pattern[i + 1] ?? '')) {
      run += c;
      if (run.length > best.length) best = run;
    } else run = '';
  }
  return best.length >= 2 ? best : undefined;
}

const expand = (p: string) => p.replaceAll('{N}', NUMBER_PATTERN).replaceAll('{U}', MONEY_UNIT_PATTERN);

export function compile(rules: SentenceRule[]): Compiled[] {
  return rules.flatMap((rule) =>
    [rule.pattern].flat().map((p) => ({
      rule,
      re: new RegExp(expand(p), 'g'),
      needle: needleOf(p),
      must: (rule.must ?? []).map((w) => new RegExp(w)),
      mustNot: (rule.mustNot ?? []).map((w) => new RegExp(w)),
      ...(rule.parts ? { parts: new RegExp(expand(rule.parts), 'g') } : {}),
    })),
  );
}

const COMPILED = compile(SENTENCE_RULES);

interface Sentence {
  text: string;
  offset: number;
  /** The paragraph from this sentence to its next 。: a total's parts may follow a ；. */
  through: string;
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
      if (!text) continue;
      const end = b.text.indexOf('。', m.index! + m[0].length - 1);
      const through = b.text
        .slice(m.index!, end < 0 ? undefined : end + 1)
        .trim()
        .replace(DIGIT_SPACE, '');
      out.push({ text, offset: b.offset + m.index! + (m[0].length - m[0].trimStart().length), through });
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

/** The clause a match lies in: from the mark before it to the mark after it (，；。). */
function clauseOf(text: string, start: number, end: number): string {
  const from = Math.max(...[...'，,；;。'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const next = [...'，,；;。'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, next.length ? Math.min(...next) : undefined);
}

/** The figures of the parts listed after a total, when there are two or more. */
function partsSum(re: RegExp, rest: string): number | undefined {
  const values = [...rest.matchAll(re)].map((m) => figureOf(m.groups ?? {})?.value);
  if (values.length < 2 || values.some((v) => v === undefined)) return undefined;
  return values.reduce((a, b) => a! + b!, 0);
}

export function readSentences(doc: Document, template: Template, set: MetricSet, year?: number, compiled: Compiled[] = COMPILED): void {
  const rules = compiled.filter((c) => c.rule.templates.includes(template));
  let heading = '';
  const spoken = new Set<string>();
  for (const s of sentencesOf(doc)) {
    // the heading in force is the last one printed before (or at the start of) this sentence
    const own = [...s.text.matchAll(HEADING)];
    const inForce = own.length && own[own.length - 1]!.index! === 0 ? own[own.length - 1]![1]! : heading;
    if (own.length) heading = own[own.length - 1]![1]!;
    for (const { rule, re, needle, must, mustNot, parts } of rules) {
      if (needle && !s.text.includes(needle)) continue;
      if (must.some((w) => !w.test(s.text))) continue;
      // a key a table already holds is still read once from the prose, so that a
      // disagreement is recorded (text_table_mismatch); the table's figure is kept
      if (spoken.has(rule.key) || set.entry(rule.key)?.rule.startsWith('sent.')) continue;
      if (rule.section && !rule.section.test(inForce)) continue;
      re.lastIndex = 0;
      for (const m of s.text.matchAll(re)) {
        const before = s.text.slice(0, m.index);
        if (mustNot.length && mustNot.some((w) => w.test(clauseOf(s.text, m.index!, m.index! + m[0].length)))) continue;
        if (!rule.stock && CUMULATIVE_BEFORE.test(before)) continue;
        // "未发生一起…行政复议": a negated count is no count; the rule's zero form reads it
        if (rule.value === undefined && NEGATED_BEFORE.test(before)) continue;
        // 累计 scoped to the year ("全年累计主动公开政府信息622条") is that year's total
        if (!rule.stock && ACCUMULATED_BEFORE.test(before) && !(year && s.text.includes(`${year}年`)) && !YEAR_ACCUMULATED.test(before)) continue;
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
        if (parts) {
          parts.lastIndex = 0;
          if (partsSum(parts, s.through.slice(m.index! + m[0].length)) !== fig.value) continue;
        }
        const value = rule.unit === 'yuan' ? toYuan(fig.value, m.groups?.unit) : fig.value;
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
