// The word prefilter may only skip what cannot match: on every sentence of the real reports,
// each rule whose regex finds something in the sentence is among its candidates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../../pipeline/extract/index.js';
import { CompiledRules } from '../../../pipeline/transform/figures/compiled-rules.js';
import { sentencesOf } from '../../../pipeline/transform/figures/prose-sentences.js';
import { SENTENCE_RULES } from '../../../pipeline/transform/rules/sentences/index.js';
import { proseFiles } from '../../helpers.js';

const texts = proseFiles();

describe('CompiledRules.candidates', () => {
  const compiled = new CompiledRules(SENTENCE_RULES);

  it('keeps every rule that matches, on every sentence of the seeds and the dev corpus', async () => {
    let sentences = 0;
    let matches = 0;
    let skipped = 0;
    for (const file of texts) {
      for (const s of sentencesOf(await extractBytes(file, readFileSync(file)))) {
        const candidates = new Set(compiled.candidates(s.text));
        sentences++;
        compiled.rules.forEach(({ re, rule }, r) => {
          re.lastIndex = 0;
          const matched = re.test(s.text);
          if (matched) matches++;
          if (!candidates.has(r)) skipped++;
          if (matched && !candidates.has(r)) expect.fail(`${rule.id} matches but was skipped: ${s.text}`);
        });
      }
    }
    // real work was done: thousands of sentences, matches to keep and most rules skipped
    expect(sentences).toBeGreaterThan(2000);
    expect(matches).toBeGreaterThan(200);
    expect(skipped / (sentences * compiled.rules.length)).toBeGreaterThan(0.95);
  });

  it('lists the candidates in rule order, each once', () => {
    // 收取 and 收 are both in sent.fees.amount's first requirement: the rule is reached twice
    const c = compiled.candidates('收取检索、复制、邮寄等成本费用共计0元，未收取其他费用');
    expect(c).toEqual([...new Set(c)].sort((a, b) => a - b));
    expect(c.map((r) => compiled.rules[r]!.rule.id)).toContain('sent.fees.amount');
  });

  it('prepares a document once', async () => {
    const file = texts[0]!;
    const doc = await extractBytes(file, readFileSync(file));
    expect(compiled.prepare(doc)).toBe(compiled.prepare(doc));
  });
});
