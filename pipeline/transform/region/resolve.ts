// Body + report text → region. Township names repeat across the country, so the name is
// only the start: candidates are then weighed by every clue the report gives (parent
// names anywhere in the text or the file path). When the clues cannot decide, no code is
// stored and the candidates are kept: never a silent guess.
import path from 'node:path';
import type { Region } from '../report.js';
import { phoneClues, type PhoneClue } from './area-codes.js';
import { aliasesOf, Gazetteer, loadGazetteer, stemOf, type Division } from './gazetteer.js';
import { shortName } from '../identity/body.js';
import { overrideFor, type RegionOverride } from './overrides.js';
import { domainLabels, pathLabels, spelledBy } from './pinyin.js';

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

export interface RegionInput {
  bodyName: string | undefined;
  /** Report text, title and fields: where parent names, phones and domains are looked for. */
  context: string;
  /** The file's path: its folders may name or spell the place. */
  filePath: string;
  /** The analyst's override rules (region/overrides.ts): a matching rule decides. */
  overrides?: readonly RegionOverride[];
}

/** What the report says about where it is, besides the body's name. */
interface Evidence {
  context: string;
  filePath: string;
  phones: PhoneClue[];
  domains: string[];
  pathWords: string[];
}

function evidenceOf(input: RegionInput): Evidence {
  return {
    context: input.context,
    filePath: input.filePath,
    phones: phoneClues(input.context),
    domains: domainLabels(input.context),
    pathWords: pathLabels(path.dirname(input.filePath)),
  };
}

const names = new Map<string, string[]>();
/** A division's name, aliases and stem (computed once per division and worker). */
function namesOf(d: Division): string[] {
  let n = names.get(d.code);
  if (!n) names.set(d.code, (n = [...new Set([d.name, ...aliasesOf(d.name), stemOf(d.name)].filter((x): x is string => Boolean(x && x.length >= 2)))]));
  return n;
}

/** The clues that place a candidate: each names the kind of clue and what it matched. */
function clueScore(g: Gazetteer, d: Division, ev: Evidence): { score: number; clues: string[]; against: string[] } {
  const clues: string[] = [];
  const chain = [d, ...g.ancestors(d)];
  const folder = path.dirname(ev.filePath);
  for (const a of g.ancestors(d)) {
    const hit = namesOf(a).find((n) => ev.context.includes(n));
    if (hit) clues.push(`text names parent ${a.name} ("${hit}")`);
    const inPath = namesOf(a).find((n) => folder.includes(n));
    if (inPath) clues.push(`folder path names parent ${a.name} ("${inPath}")`);
  }
  const codes = new Set(chain.map((c) => c.code));
  for (const p of ev.phones) if (codes.has(p.division.code)) clues.push(`phone ${p.number}: area code ${p.areaCode} is ${p.division.name}`);
  for (const c of chain) {
    const label = spelledBy(c, ev.domains);
    if (label) clues.push(`web/e-mail domain "${label}" spells ${c.name}`);
    const word = spelledBy(c, ev.pathWords);
    if (word) clues.push(`folder "${word}" spells ${c.name}`);
  }
  // a phone of another province says the name may belong elsewhere
  const province = chain[chain.length - 1]!.code.slice(0, 2);
  const against = ev.phones.filter((p) => p.division.code.slice(0, 2) !== province).map((p) => `phone ${p.number}: area code ${p.areaCode} is ${p.division.name}, not in ${chain[chain.length - 1]!.name}`);
  return { score: clues.length, clues, against };
}

export function resolveRegion(input: RegionInput): Region {
  const g = loadGazetteer();
  const body = (input.bodyName ?? '').replace(/\s+/g, '');
  const rule = overrideFor(input.overrides ?? [], input.filePath, [input.bodyName, input.bodyName && shortName(input.bodyName)]);
  const settled = rule && g.fromPublicCode(rule.code);
  if (rule && settled) return regionOf(g, settled, 'high', [`override ${rule.source}: "${rule.match}" → ${rule.code}${rule.note ? ` (${rule.note})` : ''}`]);
  const ev = evidenceOf(input);
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
    const { clues, against } = clueScore(g, candidates[0]!, ev);
    // a phone of another province lowers the confidence; it does not move the body
    const confidence = against.length && !clues.length ? 'low' : viaStem ? (clues.length ? 'medium' : 'low') : 'high';
    return regionOf(g, candidates[0]!, confidence, [...base, ...nameClues, ...clues, ...against]);
  }
  const scored = candidates.map((c) => ({ c, ...clueScore(g, c, ev) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score > 0 && best.score > (second?.score ?? 0)) {
    const margin = best.score - (second?.score ?? 0);
    return regionOf(g, best.c, margin >= 2 ? 'high' : 'medium', [...base, ...nameClues, ...best.clues, `${candidates.length} divisions share the name; the clues decide by ${margin}`], scored.map((s) => Gazetteer.publicCode(s.c)));
  }
  return none([...base, `${candidates.length} divisions share the name and no clue decides`], scored.map((s) => Gazetteer.publicCode(s.c)));
}
