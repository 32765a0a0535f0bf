// The sentence rules compiled once, and for each sentence of a report the rules worth trying:
// those whose required words (requirements.ts) the sentence holds. Checking 118 rules' words on
// every sentence, and running the regexes of the rules without any, was a quarter of a text
// report's parse; a sentence holds the words of a few rules (81 regex runs a report, not 390).
import type { Document } from '../../extract/model.js';
import { MONEY_UNIT_PATTERN, NUMBER_PATTERN, type SentenceRule } from '../rules/sentences/index.js';
import { sentencesOf, type Sentence } from './prose-sentences.js';
import { requirementsOf } from './requirements.js';
import { WordIndex } from './word-index.js';

export interface CompiledRule {
  rule: SentenceRule;
  re: RegExp;
  /** The words every match contains (one of each list, as numbers in the WordIndex). */
  needles: number[][];
  must: RegExp[];
  mustNot: RegExp[];
  parts?: RegExp;
}

/** A report's sentences, each with the numbers of the rules worth trying on it, in rule order. */
export interface PreparedProse {
  sentences: Sentence[];
  candidates: number[][];
}

const expand = (p: string) => p.replaceAll('{N}', NUMBER_PATTERN).replaceAll('{U}', MONEY_UNIT_PATTERN);

export class CompiledRules {
  readonly rules: readonly CompiledRule[];
  private readonly words = new WordIndex();
  /** By word number: the rules whose first (rarest) requirement the word is one of. */
  private readonly gated: number[][] = [];
  /** The rules that require no word: worth trying on every sentence. */
  private readonly ungated: number[] = [];
  // the transform reads the prose twice (for the glued table's tie-breaks, then for good)
  private readonly prepared = new WeakMap<Document, PreparedProse>();

  constructor(rules: readonly SentenceRule[]) {
    this.rules = rules.flatMap((rule) =>
      [rule.pattern].flat().map((p) => ({
        rule,
        re: new RegExp(expand(p), 'g'),
        needles: requirementsOf(p).map((any) => any.map((w) => this.words.id(w))),
        must: (rule.must ?? []).map((w) => new RegExp(w)),
        mustNot: (rule.mustNot ?? []).map((w) => new RegExp(w)),
        ...(rule.parts ? { parts: new RegExp(expand(rule.parts), 'g') } : {}),
      })),
    );
    this.rules.forEach(({ needles }, r) => {
      if (!needles.length) this.ungated.push(r);
      for (const id of needles[0] ?? []) (this.gated[id] ??= []).push(r);
    });
  }

  /** The numbers of the rules whose required words the text holds, in rule order. */
  candidates(text: string): number[] {
    this.words.scan(text);
    const out = this.ungated.slice();
    for (const id of this.words.found) for (const r of this.gated[id] ?? []) if (this.words.hasAll(this.rules[r]!.needles)) out.push(r);
    out.sort((a, b) => a - b);
    // a rule is reached through each word of its first list the text holds
    return out.filter((r, i) => i === 0 || out[i - 1] !== r);
  }

  /** The report's sentences and their candidate rules, worked out once per document. */
  prepare(doc: Document): PreparedProse {
    let p = this.prepared.get(doc);
    if (!p) {
      const sentences = sentencesOf(doc);
      p = { sentences, candidates: sentences.map((s) => this.candidates(s.text)) };
      this.prepared.set(doc, p);
    }
    return p;
  }
}
