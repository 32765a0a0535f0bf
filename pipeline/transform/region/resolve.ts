// Body + report text → region. Township names repeat across the country, so the name is
// only the start: candidates are then weighed by every clue the report gives (parent
// names anywhere in the text or the file path). When the clues cannot decide, no code is
// stored and the candidates are kept: never a silent guess.
//
// The place is given twice: as the map stood in the report year (code, province, …) and
// on today's map (code_current, …). Body names are looked up on today's map (gazetteer.ts,
// down to townships) and among the historic names of county level and above
// (history.ts), so that 邵东县人民政府 on 2018 is found though 邵东县 is 邵东市 today.
import path from 'node:path';
import type { Region } from '../report.js';
import { phoneClues, type PhoneClue } from './area-codes.js';
import { aliasesOf, Gazetteer, loadGazetteer, stemOf, type Division, type DivisionLevel } from './gazetteer.js';
import { inForce, label, loadHistory, period, type DivisionHistory, type HistoricRecord } from './history.js';
import { shortName } from '../identity/body.js';
import { overrideFor, type RegionOverride } from './overrides.js';
import { GENERIC_UNIT, ORGAN_NAMED } from './place-names.js';
import { domainLabels, pathLabels, spelledBy } from './pinyin.js';

const LEVEL_RANK = { province: 1, prefecture: 2, county: 3, township: 4 } as const;

export interface RegionInput {
  bodyName: string | undefined;
  /** Report text, title and fields: where parent names, phones and domains are looked for. */
  context: string;
  /** The file's path: its folders may name or spell the place. */
  filePath: string;
  /** The analyst's override rules (region/overrides.ts): a matching rule decides. */
  overrides?: readonly RegionOverride[];
  /** The report (statistics) year: the map of that year places the body; unknown: today's map. */
  year?: number;
}

/** Both maps and the year the report is placed in. */
interface Maps {
  g: Gazetteer;
  h: DivisionHistory;
  year: number | undefined;
}

/** One reading of a name in the body: a division of today's map, or a historic record. */
interface Place {
  level: DivisionLevel;
  name: string;
  division?: Division;
  record?: HistoricRecord;
  /** In force in the report year (on today's map when the year is unknown). */
  inPeriod: boolean;
  /** How far the record's period lies from the report year (0: in force); nearest first. */
  distance: number;
}

interface Match {
  place: Place;
  start: number;
  end: number;
}

/** A place on one map: its code and the names of its levels, deepest division first. */
interface View {
  code: string | null;
  province: string | null;
  prefecture: string | null;
  county: string | null;
  township: string | null;
  divisions: Division[];
}

/** A candidate placed on both maps, with what the history says about it. */
interface Placed {
  place: Place;
  then: View;
  now: View;
  /** Clues from the history: what changed between the report year and today. */
  history: string[];
  /** The year's code could not be told for sure (a split or merged area): confidence is low. */
  weak: boolean;
  /** Every division of both views, for the clues of the text, phones, domains and folders. */
  chain: Division[];
}

const EMPTY: View = { code: null, province: null, prefecture: null, county: null, township: null, divisions: [] };

/** Years and status of a record against the report year (history.ts has none for townships and zones). */
function timing(m: Maps, r: HistoricRecord | undefined): Pick<Place, 'inPeriod' | 'distance'> {
  if (!r) return { inPeriod: true, distance: 0 };
  if (m.year === undefined) return r.until === undefined ? { inPeriod: true, distance: 0 } : { inPeriod: false, distance: 10_000 - r.until };
  if (inForce(r, m.year)) return { inPeriod: true, distance: 0 };
  return { inPeriod: false, distance: m.year < r.from ? r.from - m.year : m.year - r.until! + 1 };
}

function fromDivision(m: Maps, d: Division): Place {
  const r = d.level === 'township' ? undefined : m.h.current(Gazetteer.publicCode(d));
  return { level: d.level, name: d.name, division: d, ...timing(m, r) };
}

const fromRecord = (m: Maps, r: HistoricRecord): Place => ({ level: r.level, name: r.name, record: r, ...timing(m, r) });

/**
 * Every division name that occurs inside `s`, today's and historic ones. A historic
 * reading out of its period is dropped where the same words have a reading in force
 * (随州市 on 2015 is the prefecture, not the county-level city of 1983–1999).
 */
function namesIn(m: Maps, s: string): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let j = i + 2; j <= Math.min(s.length, i + 20); j++) {
      const words = s.slice(i, j);
      const here: Match[] = [];
      // a unit named only by its kind (the 经济开发区 of 27 counties) names no place
      if (GENERIC_UNIT.test(words)) continue;
      for (const d of m.g.byName.get(words) ?? []) here.push({ place: fromDivision(m, d), start: i, end: j });
      for (const r of m.h.byName.get(words) ?? []) {
        // a record in use is the gazetteer's division already
        if (r.until === undefined && m.g.fromPublicCode(r.code)) continue;
        here.push({ place: fromRecord(m, r), start: i, end: j });
      }
      out.push(...(here.some((x) => x.place.inPeriod) ? here.filter((x) => x.place.inPeriod) : here));
    }
  }
  return out;
}

// views are made once per division and record, and never changed (a township's is copied)
const gazetteerViews = new WeakMap<Division, View>();
const recordViews = new WeakMap<HistoricRecord, View>();

/** A division of the gazetteer with its ancestors' names. */
function gazetteerView(g: Gazetteer, d: Division): View {
  let v = gazetteerViews.get(d);
  if (v) return v;
  const divisions = [d, ...g.ancestors(d)];
  const at = (level: Division['level']) => divisions.find((x) => x.level === level)?.name ?? null;
  v = { code: Gazetteer.publicCode(d), province: at('province'), prefecture: at('prefecture'), county: at('county'), township: at('township'), divisions };
  gazetteerViews.set(d, v);
  return v;
}

/** A historic record with the names of its time (today's gazetteer names while it is in use). */
function recordView(m: Maps, r: HistoricRecord): View {
  const today = r.until === undefined ? m.g.fromPublicCode(r.code) : undefined;
  if (today) return gazetteerView(m.g, today);
  const known = recordViews.get(r);
  if (known) return known;
  const prefecture = r.level === 'prefecture' ? r.name : r.prefecture;
  const divisions: Division[] = [
    { code: r.level === 'province' ? r.code.slice(0, 2) : r.level === 'prefecture' ? r.code.slice(0, 4) : r.code, name: r.name, level: r.level },
  ];
  if (r.level === 'county' && prefecture) divisions.push({ code: r.code.slice(0, 4), name: prefecture, level: 'prefecture' });
  if (r.level !== 'province') divisions.push({ code: r.code.slice(0, 2), name: r.province, level: 'province' });
  const v: View = { code: r.code, province: r.province, prefecture, county: r.level === 'county' ? r.name : null, township: null, divisions };
  recordViews.set(r, v);
  return v;
}

/** The deepest name of a view, with its parent when asked: "邵东市 430582", "南漳县 420624 (襄阳市)". */
function describe(v: View, withParent = false): string {
  const [own, parent] = v.divisions;
  return `${own?.name ?? '?'} ${v.code}${withParent && parent ? ` (${parent.name})` : ''}`;
}

/** "邵东县 430521 in force 1983–2018; today 邵东市 430582" */
function changeClue(r: HistoricRecord, then: View, now: View, why?: string): string {
  const same = now.code === then.code && now.divisions[0]?.name === then.divisions[0]?.name;
  const today = now.code ? `today ${describe(now, same)}` : (why ?? "not on today's map");
  return `${same ? describe(then, true) : `${r.name} ${r.code}`} in force ${period(r)}; ${today}`;
}

/** A place on today's map and on the map of the report year, with the clues saying how they differ. */
function place(m: Maps, p: Place): Placed {
  const { g, h, year } = m;
  const history: string[] = [];
  let weak = false;
  let now: View;
  let nowNote: string | undefined;
  if (p.division) now = gazetteerView(g, p.division);
  else {
    const lead = h.currentOf(p.record!);
    nowNote = lead.note;
    now = lead.record ? recordView(m, lead.record) : EMPTY;
  }
  let then = now;
  if (p.division?.level === 'township') {
    // townships have no history: the code stands if its county's code stood in the year
    const county = p.division.parent ? h.current(p.division.parent) : undefined;
    const lead = county && year !== undefined ? h.inYear(county, year, false) : undefined;
    if (county && lead && lead.record !== county) {
      const r = lead.record;
      if (r && r.code === county.code) {
        then = { ...recordView(m, r), code: now.code, township: p.name, divisions: [p.division, ...recordView(m, r).divisions] };
        history.push(changeClue(r, recordView(m, r), recordView(m, county), lead.note));
      } else {
        // the county's code changed: the year's county-level code, never a made-up 9-digit one;
        // when the county was formed from several, the deepest code of the year that holds them all
        const holder = r ?? commonHolder(h, lead.reached, year!);
        if (holder) {
          const v = recordView(m, holder);
          then = { ...v, township: p.name, divisions: [p.division, ...v.divisions] };
          history.push(
            r
              ? `township ${p.name} kept; its county ${label(county)} (in force ${period(county)}) was ${label(r)} in ${year} (in force ${period(r)}): region code is that county's code, current code ${now.code}`
              : `township ${p.name} kept; ${lead.note ?? `its county ${label(county)} has no single code in ${year}`}: region code is ${label(holder)}, which holds them all in ${year}; current code ${now.code}`,
          );
          if (!r) weak = true;
        } else {
          history.push(`township ${p.name}: ${lead.note ?? `its county ${label(county)} has no code in ${year}`}; today's code kept`);
          weak = true;
        }
      }
    }
  } else {
    const r = p.record ?? (p.division ? h.current(Gazetteer.publicCode(p.division)) : undefined);
    if (r && year === undefined) {
      if (!now.code) {
        // on no map of today: the record itself is the only place the name gives
        then = recordView(m, r);
        history.push(`report year unknown: ${changeClue(r, then, now, nowNote)}`);
        weak = true;
      } else if (p.record) history.push(changeClue(r, recordView(m, r), now, nowNote));
    } else if (r && year !== undefined) {
      const lead = h.inYear(r, year);
      if (lead.record) {
        then = recordView(m, lead.record);
        if (lead.record !== r)
          history.push(`body names ${label(r)} (in force ${period(r)}); in ${year} the place is ${label(lead.record)}${lead.note ? ` (${lead.note})` : ''}`);
        if (lead.record.until !== undefined || !now.code) history.push(changeClue(lead.record, then, now, nowNote));
        else if (then.code !== now.code) history.push(`${label(lead.record)} in force ${period(lead.record)}; today ${describe(now)}`);
      } else {
        then = recordView(m, r);
        history.push(`${lead.note ?? `${label(r)} has no code in force in ${year}`}; code kept at ${label(r)} (in force ${period(r)})`);
        weak = true;
      }
    }
  }
  const chain =
    then === now ? now.divisions : [...now.divisions, ...then.divisions.filter((d) => !now.divisions.some((x) => x.code === d.code && x.name === d.name))];
  return { place: p, then, now, history, weak, chain };
}

/** The deepest record in force in `year` that holds every one of `parts` (their prefecture, else their province). */
function commonHolder(h: DivisionHistory, parts: HistoricRecord[], year: number): HistoricRecord | undefined {
  if (!parts.length) return undefined;
  const pre = parts[0]!.code.slice(0, 4);
  if (parts.every((x) => x.code.startsWith(pre))) {
    const r = h.at(`${pre}00`, year);
    if (r) return r;
  }
  const prov = parts[0]!.code.slice(0, 2);
  return parts.every((x) => x.code.startsWith(prov)) ? h.at(`${prov}0000`, year) : undefined;
}

function regionOf(p: Placed, confidence: Region['confidence'], clues: string[], candidates: string[] = []): Region {
  const { then, now } = p;
  return {
    code: then.code,
    province: then.province,
    prefecture: then.prefecture,
    county: then.county,
    township: then.township,
    code_current: now.code,
    province_current: now.province,
    prefecture_current: now.prefecture,
    county_current: now.county,
    confidence: p.weak && confidence !== 'none' ? 'low' : confidence,
    clues: [...clues, ...p.history],
    candidates,
  };
}

const none = (clues: string[], candidates: string[] = []): Region => ({
  code: null,
  province: null,
  prefecture: null,
  county: null,
  township: null,
  code_current: null,
  province_current: null,
  prefecture_current: null,
  county_current: null,
  confidence: 'none',
  clues,
  candidates,
});

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

const names = new WeakMap<Division, string[]>();
/** A division's name, aliases and stem (computed once per division and worker). */
function namesOf(d: Division): string[] {
  let n = names.get(d);
  if (!n) names.set(d, (n = [...new Set([d.name, ...aliasesOf(d.name), stemOf(d.name)].filter((x): x is string => Boolean(x && x.length >= 2)))]));
  return n;
}

/** The clues that place a candidate: each names the kind of clue and what it matched. */
function clueScore(p: Placed, ev: Evidence): { score: number; clues: string[]; against: string[]; parentNamed: boolean } {
  const clues: string[] = [];
  const rank = LEVEL_RANK[p.place.level];
  // parents on either map, each name once (襄樊市 then, 襄阳市 now)
  const parents = p.chain.filter((d, i, all) => LEVEL_RANK[d.level] < rank && all.findIndex((x) => x.name === d.name) === i);
  const folder = path.dirname(ev.filePath);
  for (const a of parents) {
    const hit = namesOf(a).find((n) => ev.context.includes(n));
    if (hit) clues.push(`text names parent ${a.name} ("${hit}")`);
    const inPath = namesOf(a).find((n) => folder.includes(n));
    if (inPath) clues.push(`folder path names parent ${a.name} ("${inPath}")`);
  }
  const codes = new Set(p.chain.map((c) => c.code));
  for (const ph of ev.phones) if (codes.has(ph.division.code)) clues.push(`phone ${ph.number}: area code ${ph.areaCode} is ${ph.division.name}`);
  for (const c of p.chain) {
    const label = spelledBy(c, ev.domains);
    if (label) clues.push(`web/e-mail domain "${label}" spells ${c.name}`);
    const word = spelledBy(c, ev.pathWords);
    if (word) clues.push(`folder "${word}" spells ${c.name}`);
  }
  // a phone of another province says the name may belong elsewhere
  const province = p.chain.find((d) => d.level === 'province');
  const against = province
    ? ev.phones
        .filter((ph) => ph.division.code.slice(0, 2) !== province.code.slice(0, 2))
        .map((ph) => `phone ${ph.number}: area code ${ph.areaCode} is ${ph.division.name}, not in ${province.name}`)
    : [];
  // the place right above (the county of a township) named in full: of the towns of one name,
  // only one can have it, so it decides alone; a stem (孟津) could stand for anything
  const parent = parents.reduce<Division | undefined>((a, d) => (!a || LEVEL_RANK[d.level] > LEVEL_RANK[a.level] ? d : a), undefined);
  const parentNamed = Boolean(parent && [parent.name, ...aliasesOf(parent.name)].some((n) => n.length >= 2 && ev.context.includes(n)));
  return { score: clues.length, clues, against, parentNamed };
}

/**
 * A township the gazetteer does not know (renamed or merged since: 参内乡 of 安溪县): placed at its
 * county, never at a township code, when the text names exactly one county that the area code
 * of its own phone numbers covers. Two clues that agree, or no place.
 */
function unknownTownship(m: Maps, body: string, ev: Evidence): Region | undefined {
  const town = /^(.{2,12}?(?:乡|镇|街道|苏木))(?:人民政府|政府|街道办事处|办事处)?$/.exec(body)?.[1];
  if (!town || !ev.phones.length) return undefined;
  const counties = [...m.g.byCode.values()].filter(
    (d) => d.level === 'county' && d.name.length >= 3 && ev.phones.some((p) => d.code.startsWith(p.division.code)) && ev.context.includes(d.name),
  );
  if (counties.length !== 1) return undefined;
  const county = counties[0]!;
  const phone = ev.phones.find((p) => county.code.startsWith(p.division.code))!;
  return regionOf(place(m, fromDivision(m, county)), 'medium', [
    `${town} is no township of the gazetteer (renamed or merged since?): placed at its county only`,
    `text names ${county.name}, the only county it names in the area of phone ${phone.number} (${phone.areaCode}, ${phone.division.name})`,
  ]);
}

/** A 6- or 9-digit code for a place's own division or record (for comparing names in the body). */
const codeOf = (p: Place): string => (p.division ? Gazetteer.publicCode(p.division) : p.record!.code);
/** The code an analyst writes in the override file (today's), else the historic one. */
const candidateCode = (p: Placed): string => p.now.code ?? p.then.code ?? codeOf(p.place);

export function resolveRegion(input: RegionInput): Region {
  const m: Maps = { g: loadGazetteer(), h: loadHistory(), year: input.year };
  const { g } = m;
  const body = (input.bodyName ?? '').replace(/\s+/g, '');
  const rule = overrideFor(input.overrides ?? [], input.filePath, [input.bodyName, input.bodyName && shortName(input.bodyName)]);
  const settled = rule && g.fromPublicCode(rule.code);
  // an override gives today's code: the year's code follows from it as for any name
  if (rule && settled)
    return regionOf(place(m, fromDivision(m, settled)), 'high', [
      `override ${rule.source}: "${rule.match}" → ${rule.code}${rule.note ? ` (${rule.note})` : ''}`,
    ]);
  const ev = evidenceOf(input);
  let matches = namesIn(m, body);
  let viaStem = false;
  if (!matches.length && body) {
    // 平潭综合实验区, 平潭综合实验区地方税务局: a body named after a county or city by its stem
    matches = g.stems.filter(([stem]) => body.startsWith(stem)).map(([stem, division]) => ({ place: fromDivision(m, division), start: 0, end: stem.length }));
    viaStem = matches.length > 0;
  }
  if (!matches.length) return (body && unknownTownship(m, body, ev)) || none(body ? [`no division name in body "${body}"`] : ['no body name']);

  // a name inside a longer name the body holds is part of it, whatever its level: 城区 (five
  // townships) in 越城区, 海南 in 海南州, 安县 in 成安县; but a unit the gazetteer lists by its
  // organ (a 新华街道办事处 somewhere) does not swallow the 新华街道 of 桦甸市
  const within = (x: Match, y: Match) => y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start && !ORGAN_NAMED.test(y.place.name);
  let pool = matches.filter((x) => !matches.some((y) => within(x, y)));
  let deepest: number;
  let candidates: Placed[];
  const nameClues: string[] = [];
  for (;;) {
    deepest = Math.max(...pool.map((x) => LEVEL_RANK[x.place.level]));
    // a name inside a longer name of its level is not named where the years made it a
    // candidate: 成安县 is not 安县 (四川, until 2016), 乃东区 on 2015 (乃东县 then) not 东区 (攀枝花)
    const level = pool.filter((x) => LEVEL_RANK[x.place.level] === deepest);
    const inside = (x: Match, y: Match) => y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start;
    const named = level.filter((x) => !level.some((y) => inside(x, y) && (!x.place.division || !y.place.inPeriod)));
    // higher names apart from the deepest one (海南 inside 海南州 is no parent of it)
    const overlaps = (x: Match) => named.some((y) => x.start < y.end && y.start < x.end);
    const others = pool.filter((x) => LEVEL_RANK[x.place.level] < deepest && !overlaps(x));
    candidates = [
      ...new Map(
        named.map((x) => [`${x.place.division?.code ?? ''}:${x.place.record ? `${x.place.record.code}@${x.place.record.from}` : ''}`, x.place]),
      ).values(),
    ].map((p) => place(m, p));
    if (!others.length) break;
    // names in the body that are not the deepest must be its ancestors (贺兰县习岗镇), on either map
    const consistent = candidates.filter((c) => {
      const anc = new Set(c.chain.filter((d) => LEVEL_RANK[d.level] < deepest).map((d) => Gazetteer.publicCode(d)));
      return others.some((o) => anc.has(codeOf(o.place)));
    });
    const parents = [...new Set(others.map((o) => o.place.name))].join(', ');
    if (consistent.length) {
      candidates = consistent;
      nameClues.push(`body names its parent (${parents})`);
      break;
    }
    // a deeper name that is nowhere under the places the body names (临夏州 + a 经济开发区管委会
    // of 蚌埠) is no division of it: the body sits at the places it names
    nameClues.push(`"${named.map((x) => x.place.name).join('/')}" is nowhere under ${parents}: the body is placed at ${parents}`);
    pool = others;
  }
  // the year's map first (today's when the year is unknown); a name out of every period
  // takes the period nearest the year; readings that land on the same codes are one place
  if (candidates.some((c) => c.place.inPeriod)) candidates = candidates.filter((c) => c.place.inPeriod);
  candidates = [
    ...new Map([...candidates].sort((a, b) => a.place.distance - b.place.distance).map((c) => [`${c.then.code}|${c.now.code}`, c] as const)).values(),
  ];

  const first = candidates[0]!;
  const base = viaStem
    ? [`body starts with "${stemOf(first.place.name)}", stem of ${candidates.map((c) => c.place.name).join('/')}`]
    : [`body names ${first.place.name}`];
  if (candidates.length === 1) {
    const { clues, against } = clueScore(first, ev);
    // a phone of another province lowers the confidence; it does not move the body
    const confidence = against.length && !clues.length ? 'low' : viaStem ? (clues.length ? 'medium' : 'low') : 'high';
    return regionOf(first, confidence, [...base, ...nameClues, ...clues, ...against]);
  }
  const scored = candidates.map((c) => ({ c, ...clueScore(c, ev) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  const codes = scored.map((s) => candidateCode(s.c));
  if (best && best.score > 0 && best.score > (second?.score ?? 0)) {
    const margin = best.score - (second?.score ?? 0);
    const onlyParent = best.parentNamed && !scored.slice(1).some((s) => s.parentNamed);
    const why = onlyParent && margin < 2 ? `; only ${best.c.place.name}'s own parent is named` : '';
    return regionOf(
      best.c,
      margin >= 2 || onlyParent ? 'high' : 'medium',
      [...base, ...nameClues, ...best.clues, `${candidates.length} divisions share the name; the clues decide by ${margin}${why}`],
      codes,
    );
  }
  return none([...base, `${candidates.length} divisions share the name and no clue decides`], codes);
}
