// The shape of a sentence rule, and the pieces of pattern every rule shares.
import type { Template } from '../../report.js';
import { TEMPLATES } from '../../templates.js';

/** A sentence the rule was written for and the figure it states (null: the rule takes nothing). */
export type Example = readonly [sentence: string, value: number | null, year?: number];

export interface SentenceRule {
  id: string;
  key: string;
  /** Alternatives, tried in order (Node 20 has no duplicate named groups in one regex).
   * `{N}` is a number as reports write it, `{U}` a money unit. */
  pattern: string | string[];
  /** The unit the figure is stored in: a count, or yuan (the pattern's {U} converts 万元). */
  unit: 'count' | 'yuan';
  /** A zero stated in words (没有/未/无 …, 为零): the pattern has no {N}. */
  value?: 0;
  /** Words the sentence must contain, each a regex (so 本年|全年 is one requirement). */
  must?: string[];
  /** Words that must not be in the clause the match lies in (between ，；。 marks). */
  mustNot?: string[];
  /** Templates the rule applies to; template tables own most keys from 2019 on. */
  templates: Template[];
  /** The sentence counts only inside a section whose heading matches ("（四）开展政策解读工作情况"). */
  section?: RegExp;
  /** Parts listed after the match (`{N}` their figure): the rule holds only when at least two
   * are found before the next 。 and they add up to the figure. */
  parts?: string;
  /** A stock at the year's end (现行有效): 以来 and 累计 before it do not make it a running total. */
  stock?: true;
  /** The sentences the rule was written for: test/transform/rules/sentence-rules.test.ts reads them. */
  examples: readonly Example[];
}

export const OLD: Template[] = ['narrative', 'stat2008'];
export const ALL: Template[] = [...TEMPLATES];

/** Words that negate within a clause. */
export const NEG = '(?:没有|未曾|未|无|不存在|尚无|均未)';

/** The number as written: 近2.4万, 10余, 二十三, 1,234. */
export const NUMBER_PATTERN = '\\s*(?<approx>近|约|超过|逾)?(?<n>\\d[\\d,]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)(?<wan>万)?(?<more>余|多)?';
export const MONEY_UNIT_PATTERN = '(?<unit>万元|元)';
