// The analyst's override file: a CSV of `match,region_code,note` rows that settle a region
// once. `match` is a path glob when it looks like one (has / * ? or a file extension),
// else a body name (full or short). The first matching row wins; it is applied on the next
// run, and the run reprocesses exactly the files the changed rows match.
import Papa from 'papaparse';
import picomatch from 'picomatch';
import { z } from 'zod';
import { loadGazetteer } from './gazetteer.js';

export const RegionOverride = z.object({
  match: z.string().min(1),
  kind: z.enum(['path', 'body']),
  code: z.string().regex(/^\d{6}(\d{3})?$/, 'a region code has 6 or 9 digits'),
  note: z.string(),
  /** Where the rule is written: "file:line", for the clue it leaves. */
  source: z.string(),
});
export type RegionOverride = z.infer<typeof RegionOverride>;

export class OverrideFileError extends Error {
  override readonly name = 'OverrideFileError';
}

const looksLikePath = (m: string) => /[/*?\\]|\.[a-z0-9]{2,5}$/i.test(m);

export function parseOverrides(csv: string, file: string): RegionOverride[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  if (!parsed.meta.fields?.includes('match') || !parsed.meta.fields.includes('region_code')) {
    throw new OverrideFileError(`${file}: the header must name the columns match,region_code[,note]`);
  }
  const g = loadGazetteer();
  return parsed.data.map((row, i) => {
    const line = i + 2; // header is line 1
    const match = (row.match ?? '').trim();
    const code = (row.region_code ?? '').trim();
    const rule = RegionOverride.safeParse({
      match,
      kind: looksLikePath(match) ? 'path' : 'body',
      code,
      note: (row.note ?? '').trim(),
      source: `${file}:${line}`,
    });
    if (!rule.success) throw new OverrideFileError(`${file}:${line}: ${rule.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (!g.fromPublicCode(code)) throw new OverrideFileError(`${file}:${line}: ${code} is not a division code of the gazetteer`);
    return rule.data;
  });
}

/** Does a rule match a file path or a body name? A glob without a leading ** or / may sit in any folder. */
export function ruleMatches(rule: Pick<RegionOverride, 'kind' | 'match'>, filePath: string, bodyNames: Array<string | null | undefined>): boolean {
  if (rule.kind === 'body') return bodyNames.some((b) => b && b.replace(/\s+/g, '') === rule.match.replace(/\s+/g, ''));
  const glob = rule.match.startsWith('/') || rule.match.startsWith('**') ? rule.match : `**/${rule.match}`;
  return picomatch(glob, { dot: true })(filePath.replace(/\\/g, '/'));
}

export function overrideFor(rules: readonly RegionOverride[], filePath: string, bodyNames: Array<string | null | undefined>): RegionOverride | undefined {
  return rules.find((r) => ruleMatches(r, filePath, bodyNames));
}
