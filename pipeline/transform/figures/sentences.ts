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
  /** Chinese words every match contains (one of each list): a sentence without them is not tried. */
  needles: string[][];
  must: RegExp[];
  mustNot: RegExp[];
  parts?: RegExp;
}

/** The index just past the `)` or `]` closing the group or class opened at `i`. */
function closing(pattern: string, i: number): number {
  const open = pattern[i]!;
  let depth = 0;
  for (let j = i; j < pattern.length; j++) {
    const c = pattern[j]!;
    if (c === '\\') j++;
    else if (c === '[' && open === '(') j = closing(pattern, j) - 1;
    else if (c === open) depth++;
    else if (c === (open === '(' ? ')' : ']') && --depth === 0) return j + 1;
  }
  return pattern.length;
}

const CHINESE = /^[\u4e00-\u9fa5]+$/;
const OPTIONAL_NEXT = /^(?:[?*]|\{0)/;

/**
 * The Chinese words a pattern requires, as plain substrings: each requirement is one word,
 * or a group of literal alternatives of which one must be there ("(?:网络|网上|在线)申请" →
 * [网络, 网上, 在线] and [申请]). Regexes that begin with a number or a negation try every
 * position of every sentence; these substring tests keep them off most sentences.
 */
export function requirementsOf(pattern: string): string[][] {
  const out: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 2) out.push([run]);
    run = '';
  };
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === '\\') {
      flush();
      i += 2;
    } else if (c === '[' || c === '(') {
      flush();
      const end = closing(pattern, i);
      const inner = pattern.slice(i + 1, end - 1);
      const optional = OPTIONAL_NEXT.test(pattern.slice(end));
      const body = /^\?(?:<[!=]|[=!])/.test(inner) ? undefined : inner.replace(/^\?(?::|<\w+>)/, '');
      const alternatives = c === '(' && body !== undefined ? body.split('|') : [];
      if (!optional && alternatives.length && alternatives.every((x) => CHINESE.test(x) && x.length >= 2)) out.push(alternatives);
      i = end;
    } else if (c === '{') {
      flush();
      i = pattern.indexOf('}', i) + 1 || pattern.length;
    } else if (c === '|') {
      return []; // alternatives at the top: no requirement common to all
    } else if (/[\u4e00-\u9fa5]/.test(c) && !OPTIONAL_NEXT.test(pattern.slice(i + 1))) {
      run += c;
      i++;
    } else {
      flush();
      i++;
    }
  }
  flush();
  // the rarest first: a long word fails most sentences at the first test
  return out.sort((x, y) => Math.min(...y.map((w) => w.length)) - Math.min(...x.map((w) => w.length)));
}

const expand = (p: string) => p.replaceAll('{N}', NUMBER_PATTERN).replaceAll('{U}', MONEY_UNIT_PATTERN);

export function compile(rules: SentenceRule[]): Compiled[] {
  return rules.flatMap((rule) =>
    [rule.pattern].flat().map((p) => ({
      rule,
      re: new RegExp(expand(p), 'g'),
      needles: requirementsOf(p),
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
  /** The paragraph and where the sentence starts in it (throughOf reads on from there). */
  paragraph: string;
  start: number;
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
      out.push({ text, offset: b.offset + m.index! + (m[0].length - m[0].trimStart().length), paragraph: b.text, start: m.index! });
    }
  }
  return out;
}

/**
 * The paragraph from the sentence to its next 。, normalised as the sentence is (so an index
 * into the sentence is one into this): a total's parts may follow a ；. Only a rule with
 * `parts` needs it, after its pattern matched.
 */
function throughOf(s: Sentence): string {
  const end = s.paragraph.indexOf('。', s.start);
  return s.paragraph
    .slice(s.start, end < 0 ? undefined : end + 1)
    .trim()
    .replace(DIGIT_SPACE, '');
}

function figureOf(groups: Record<string, string | undefined>): { value: number; approximate: boolean } | undefined {
  const n = groups.n === undefined ? undefined : parseNumberToken(groups.n);
  if (n === undefined) return undefined;
  const value = groups.wan ? n * 10000 : n;
  return { value, approximate: Boolean(groups.approx || groups.more) };
}

/** Whether the text holds one word of each list (plain loops: this runs for every rule on every sentence). */
function hasAll(text: string, needles: string[][]): boolean {
  for (const any of needles) {
    let found = false;
    for (const w of any) if ((found = text.includes(w))) break;
    if (!found) return false;
  }
  return true;
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
    for (const { rule, re, needles, must, mustNot, parts } of rules) {
      if (!hasAll(s.text, needles)) continue;
      if (must.length && must.some((w) => !w.test(s.text))) continue;
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
          if (partsSum(parts, throughOf(s).slice(m.index! + m[0].length)) !== fig.value) continue;
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
