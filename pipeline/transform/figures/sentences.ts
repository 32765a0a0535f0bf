// Reads headline figures from the report's sentences with the rules of rules/sentences.ts.
// Shared handling: Chinese numerals, 万, approximations (flag `approximate`), and traps —
// cumulative figures, percentages, figures about another year.
import type { Document } from '../../extract/model.js';
import type { MetricSet } from '../metric-set.js';
import { parseNumberToken, toYuan } from '../numbers.js';
import type { Template } from '../report.js';
import { ACCUMULATED_BEFORE, YEAR_ACCUMULATED, CUMULATIVE_BEFORE, NEGATED_BEFORE, SENTENCE_RULES } from '../rules/sentences/index.js';
import { CompiledRules } from './compiled-rules.js';
import { throughOf } from './prose-sentences.js';

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

const COMPILED = new CompiledRules(SENTENCE_RULES);

export function readSentences(doc: Document, template: Template, set: MetricSet, year?: number, compiled: CompiledRules = COMPILED): void {
  const forTemplate = compiled.rules.map((c) => c.rule.templates.includes(template));
  const spoken = new Set<string>();
  const { sentences, candidates } = compiled.prepare(doc);
  for (const [i, s] of sentences.entries()) {
    for (const r of candidates[i]!) {
      if (!forTemplate[r]) continue;
      const { rule, re, must, mustNot, parts } = compiled.rules[r]!;
      if (must.length && must.some((w) => !w.test(s.text))) continue;
      // a key a table already holds is still read once from the prose, so that a
      // disagreement is recorded (text_table_mismatch); the table's figure is kept
      if (spoken.has(rule.key) || set.entry(rule.key)?.rule.startsWith('sent.')) continue;
      if (rule.section && !rule.section.test(s.heading)) continue;
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
