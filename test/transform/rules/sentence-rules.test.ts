// Every sentence rule is tested by the sentences it was written for (its `examples`): alone,
// and among all the rules, where another rule of the key must not read the sentence otherwise.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../pipeline/extract/model.js';
import { MetricSet } from '../../../pipeline/transform/metric-set.js';
import { readSentences } from '../../../pipeline/transform/figures/sentences.js';
import { CompiledRules } from '../../../pipeline/transform/figures/compiled-rules.js';
import { requirementsOf } from '../../../pipeline/transform/figures/requirements.js';
import { OWN_RULES, SENTENCE_RULES, SUBJECTS, type SentenceRule } from '../../../pipeline/transform/rules/sentences/index.js';

function read(text: string, rules: SentenceRule[], template: SentenceRule['templates'][number], year?: number) {
  const doc: Document = { format: 'text', encoding: 'utf-8', replacementChars: 0, text, fields: {}, blocks: [{ kind: 'paragraph', text, offset: 0 }] };
  const set = new MetricSet();
  readSentences(doc, template, set, year, new CompiledRules(rules));
  return set;
}

const cases = SENTENCE_RULES.flatMap((rule) => rule.examples.map(([text, value, year]) => ({ id: rule.id, rule, text, value, year })));

describe('each rule reads the sentences it was written for', () => {
  it.each(cases)('$id: $text → $value', ({ rule, text, value, year }) => {
    const alone = read(text, [rule], rule.templates[0]!, year).entry(rule.key);
    if (value === null) expect(alone).toBeUndefined();
    else expect(alone).toMatchObject({ value, rule: rule.id });
    // among all the rules the key gets the same figure (possibly by an earlier rule of the key)
    const all = read(text, SENTENCE_RULES, rule.templates[0]!, year).entry(rule.key);
    if (value !== null) expect(all?.value).toBe(value);
  });
});

describe('the rule table', () => {
  it('gives every rule a sentence it reads and a unit', () => {
    for (const rule of SENTENCE_RULES) {
      expect(
        rule.examples.some(([, v]) => v !== null),
        rule.id,
      ).toBe(true);
      expect(['count', 'yuan']).toContain(rule.unit);
    }
  });

  it('has the negation and the zero form for every key a rule reads', () => {
    const keys = new Set(OWN_RULES.map((r) => r.key));
    expect(new Set(SUBJECTS.map((s) => s.key))).toEqual(keys);
    for (const key of keys) {
      expect(SENTENCE_RULES.some((r) => r.id === `neg.${key}`)).toBe(true);
      expect(SENTENCE_RULES.some((r) => r.id === `zero.${key}`)).toBe(true);
    }
  });

  it('has unique ids', () => {
    expect(new Set(SENTENCE_RULES.map((r) => r.id)).size).toBe(SENTENCE_RULES.length);
  });
});

describe('the words a pattern requires (a sentence without them is not tried)', () => {
  it.each<[string, string[][]]>([
    ['(?:网络|网上|在线)申请{N}件', [['网络', '网上', '在线'], ['申请'], ['件']]],
    // a lookbehind, an optional group and a character class require nothing
    ['(?<!应)主动公开(?:各类)?[（(]?信息{N}条', [['主动公开'], ['信息'], ['条']]],
    // an optional character ends a word: 行政复议? requires 行政复 (and the 件 after the number)
    ['行政复议?{N}件', [['行政复'], ['件']]],
    // alternatives at the top: one of their first requirements
    ['行政复议{N}件|行政诉讼{N}件', [['行政复议', '行政诉讼']]],
    ['(?:没有|未|不|暂不)收费|不收取任何费用', [['收费', '不收取任何费用']]],
    // … and nothing when one of them requires nothing
    ['行政复议{N}件|{N}件?', []],
    // a `|` inside a group or a class is not at the top
    ['(?:收取|收)[^。|]{0,20}?费', [['收取', '收'], ['费']]],
    // one character is a word, alone or among a group's alternatives
    ['(?:没有|未|无)收到申请', [['收到申请'], ['没有', '未', '无']]],
    // placeholders, lookarounds, classes and escapes require nothing
    ['(?<![上去])年(?=度)\\s*{N}\\d', [['年']]],
  ])('%s', (pattern, want) => {
    expect(
      requirementsOf(pattern)
        .map((r) => [...r].sort())
        .sort(),
    ).toEqual(want.map((r) => [...r].sort()).sort());
  });
});
