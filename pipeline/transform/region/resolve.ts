// Body + report text → region. Township names repeat across the country, so the name is
// only the start: candidates are then weighed by every clue the report gives (parent
// names anywhere in the text or the file path). When the clues cannot decide, no code is
// stored and the candidates are kept: never a silent guess.
import type { Region } from '../report.js';
import { aliasesOf, Gazetteer, loadGazetteer, stemOf, type Division } from './gazetteer.js';

const LEVEL_RANK = { province: 1, prefecture: 2, county: 3, township: 4 } as const;

interface Match {
  division: Division;
  start: number;
}

/** Every division name that occurs inside `s`. */
function namesIn(g: Gazetteer, s: string): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let j = i + 2; j <= Math.min(s.length, i + 20); j++) {
      for (const d of g.byName.get(s.slice(i, j)) ?? []) out.push({ division: d, start: i });
    }
  }
  return out;
}

function regionOf(g: Gazetteer, d: Division, confidence: Region['confidence'], clues: string[], candidates: string[] = []): Region {
  const chain = [d, ...g.ancestors(d)];
  const at = (level: Division['level']) => chain.find((x) => x.level === level)?.name ?? null;
  return {
    code: Gazetteer.publicCode(d),
    province: at('province'),
    prefecture: at('prefecture'),
    county: at('county'),
    township: at('township'),
    confidence,
    clues,
    candidates,
  };
}

const none = (clues: string[], candidates: string[] = []): Region => ({
  code: null,
  province: null,
  prefecture: null,
  county: null,
  township: null,
  confidence: 'none',
  clues,
  candidates,
});

/** How many of a candidate's ancestors (by name or alias) the context mentions. */
function clueScore(g: Gazetteer, d: Division, context: string): { score: number; clues: string[] } {
  const clues: string[] = [];
  for (const a of g.ancestors(d)) {
    const names = [...new Set([a.name, ...aliasesOf(a.name), stemOf(a.name)].filter((x): x is string => Boolean(x && x.length >= 2)))];
    const hit = names.find((n) => context.includes(n));
    if (hit) clues.push(`parent ${a.name} mentioned as "${hit}"`);
  }
  return { score: clues.length, clues };
}

export interface RegionInput {
  bodyName: string | undefined;
  /** Report text, title and fields: where parent names are looked for. */
  context: string;
  filePath: string;
}

export function resolveRegion(input: RegionInput): Region {
  const g = loadGazetteer();
  const body = (input.bodyName ?? '').replace(/\s+/g, '');
  const context = `${input.context}\n${input.filePath}`;
  let matches = namesIn(g, body);
  let viaStem = false;
  if (!matches.length && body) {
    // 平潭综合实验区, 平潭综合实验区地方税务局: a body named after a county or city by its stem
    matches = g.stems.filter(([stem]) => body.startsWith(stem)).map(([, division]) => ({ division, start: 0 }));
    viaStem = matches.length > 0;
  }
  if (!matches.length) return none(body ? [`no division name in body "${body}"`] : ['no body name']);

  const deepest = Math.max(...matches.map((m) => LEVEL_RANK[m.division.level]));
  const named = matches.filter((m) => LEVEL_RANK[m.division.level] === deepest);
  const others = matches.filter((m) => LEVEL_RANK[m.division.level] < deepest);
  // names in the body that are not the deepest must be its ancestors (贺兰县习岗镇)
  let candidates = [...new Map(named.map((m) => [m.division.code, m.division])).values()];
  const nameClues: string[] = [];
  if (others.length) {
    const consistent = candidates.filter((c) => {
      const anc = new Set(g.ancestors(c).map((a) => a.code));
      return others.some((o) => anc.has(o.division.code));
    });
    if (consistent.length) {
      candidates = consistent;
      nameClues.push(`body names its parent (${[...new Set(others.map((o) => o.division.name))].join(', ')})`);
    }
  }
  const base = viaStem ? [`body starts with "${stemOf(candidates[0]!.name)}", stem of ${candidates.map((c) => c.name).join('/')}`] : [`body names ${candidates[0]!.name}`];
  if (candidates.length === 1) {
    const { clues } = clueScore(g, candidates[0]!, context);
    const confidence = viaStem ? (clues.length ? 'medium' : 'low') : 'high';
    return regionOf(g, candidates[0]!, confidence, [...base, ...nameClues, ...clues]);
  }
  const scored = candidates.map((c) => ({ c, ...clueScore(g, c, context) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score > 0 && best.score > (second?.score ?? 0)) {
    return regionOf(g, best.c, 'medium', [...base, ...nameClues, ...best.clues], scored.map((s) => Gazetteer.publicCode(s.c)));
  }
  return none([...base, `${candidates.length} divisions share the name and no clue decides`], scored.map((s) => Gazetteer.publicCode(s.c)));
}
