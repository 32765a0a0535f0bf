// County-level and above division codes since 1981, with the links from each code that
// ended to the code(s) its area went to (data/division-history/result.csv, vendored from
// yescallop/areacodes, CC0). Read once per worker, like the gazetteer, so that a report
// can be placed on the map as it stood in its own year and then on today's map.
//
// A record is one code under one name in one period: 启用时间 is the first year it is in
// force (inclusive), 变更/弃用时间 the year it no longer is (exclusive); each year's map is
// that of 31 December. 新代码 lists where the area went: `CODE` when the record ended,
// `CODE[YEAR]` for a part that moved earlier while the code stayed in use. A record that
// 变更 (changed: renamed, moved under another parent) with no 新代码 goes on under its
// own code. Townships have no history here.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataLines } from './data-lines.js';
import { addTo, aliasesOf } from './gazetteer.js';

export type HistoricLevel = 'province' | 'prefecture' | 'county';
export type HistoricStatus = 'in use' | 'changed' | 'retired';

export interface HistoricRecord {
  /** 6-digit GB/T 2260 code (province 430000, prefecture 430500, county 430521). */
  code: string;
  name: string;
  level: HistoricLevel;
  /** The province and prefecture it sat in during its period (null: directly under the province). */
  province: string;
  prefecture: string | null;
  status: HistoricStatus;
  /** First year in force (inclusive). */
  from: number;
  /** First year no longer in force (exclusive); undefined while in use. */
  until?: number;
  /** 新代码: where its area went; `year` set for a part that moved before the record ended. */
  next: Array<{ code: string; year?: number }>;
}

/** The `next` of a record that leads nowhere (most of them): never written to. */
const NO_NEXT: HistoricRecord['next'] = [];

const LEVEL: Record<string, HistoricLevel> = { 省级: 'province', 地级: 'prefecture', 县级: 'county' };
const STATUS: Record<string, HistoricStatus> = { 在用: 'in use', 变更: 'changed', 弃用: 'retired' };

/** Is the record the one in force in `year` (as of its 31 December)? */
export function inForce(r: HistoricRecord, year: number): boolean {
  return r.from <= year && (r.until === undefined || year < r.until);
}

/** "1983–2018", "2019–": the years a record is in force. */
export function period(r: HistoricRecord): string {
  return r.until === undefined ? `${r.from}–` : r.until - 1 === r.from ? `${r.from}` : `${r.from}–${r.until - 1}`;
}

/** "邵东县 430521" */
export const label = (r: HistoricRecord): string => `${r.name} ${r.code}`;

/** A place name without its kind: 邵东县/邵东市 → 邵东, 洛阳地区 → 洛阳, 临夏回族自治州 → 临夏. */
export function placeStem(name: string): string {
  const m = /^(.{2,}?)(?:[\u4e00-\u9fa5]{0,6}族)*(?:地区|自治州|自治县|自治旗|自治区|特别行政区|林区|矿区|省|市|县|区|旗|盟|州)$/.exec(name);
  return m?.[1] ?? name;
}

const sameName = (a: HistoricRecord, b: HistoricRecord) => a.name === b.name || placeStem(a.name) === placeStem(b.name);

/** Where a place stands in a year (or today): the record in force, else why there is none. */
export interface Lead {
  /** The single record in force then; undefined when the links reach none or several. */
  record?: HistoricRecord;
  /** Every record the links reached in force then (several: the area was split or merged). */
  reached: HistoricRecord[];
  /** What the links did, for a clue: a split settled by the name, or why no code is single. */
  note?: string;
}

export class DivisionHistory {
  readonly records: HistoricRecord[] = [];
  /** Records of each code, oldest first (a code can be used again for another place). */
  readonly byCode = new Map<string, HistoricRecord[]>();
  /** Records by name and by the aliases the gazetteer gives (鄂温克族自治旗 → 鄂温克旗). */
  readonly byName = new Map<string, HistoricRecord[]>();
  /** Records that ended into a record the year it began (its origins). */
  private readonly origins = new Map<HistoricRecord, HistoricRecord[]>();

  constructor(rows: string[][]) {
    // a province or prefecture name is one string for all its records, not one per row
    const names = new Map<string, string>();
    const one = (s: string): string => names.get(s) ?? (names.set(s, s), s);
    for (const [code, province, prefecture, name, level, status, from, until, next] of rows) {
      const lv = level && LEVEL[level];
      const st = status && STATUS[status];
      if (!code || !name || !lv || !st || !province || !from) continue;
      const r: HistoricRecord = {
        code,
        name,
        level: lv,
        province: one(province),
        prefecture: lv === 'county' && prefecture && prefecture !== '直辖' ? one(prefecture) : null,
        status: st,
        from: Number(from),
        until: until ? Number(until) : undefined,
        // most records lead nowhere: they share one empty list
        next: next
          ? next
              .split(';')
              .filter(Boolean)
              .flatMap((n) => {
                const m = /^(\d{6})(?:\[(\d{4})\])?$/.exec(n.trim());
                return m ? [m[2] ? { code: m[1]!, year: Number(m[2]) } : { code: m[1]! }] : [];
              })
          : NO_NEXT,
      };
      this.records.push(r);
      addTo(this.byCode, code, r);
      for (const n of new Set([name, ...aliasesOf(name)])) addTo(this.byName, n, r);
    }
    for (const list of this.byCode.values()) list.sort((a, b) => a.from - b.from);
    for (const r of this.records) {
      for (const s of this.successors(r)) {
        if (s.from !== r.until) continue; // absorbed into a place that was already there
        addTo(this.origins, s, r);
      }
    }
  }

  /** The record of a code in force in `year`. */
  at(code: string, year: number): HistoricRecord | undefined {
    return this.byCode.get(code)?.find((r) => inForce(r, year));
  }

  /** The record of a code on today's map. */
  current(code: string): HistoricRecord | undefined {
    const list = this.byCode.get(code);
    const last = list?.[list.length - 1];
    return last && last.until === undefined ? last : undefined;
  }

  /** The records a record's area went to when it ended (none while in use). */
  successors(r: HistoricRecord): HistoricRecord[] {
    if (r.until === undefined) return [];
    const end = r.until;
    const codes = r.next.filter((n) => n.year === undefined || n.year === end).map((n) => n.code);
    if (!codes.length && r.status === 'changed') codes.push(r.code);
    const out = new Set<HistoricRecord>();
    for (const c of codes) {
      const list = this.byCode.get(c) ?? [];
      const s = list.find((x) => inForce(x, end)) ?? list.find((x) => x.from >= end);
      if (s && s !== r) out.add(s);
    }
    return [...out];
  }

  /** The records that ended into this one the year it began. */
  predecessors(r: HistoricRecord): HistoricRecord[] {
    return this.origins.get(r) ?? [];
  }

  /**
   * The record in force in `year` for the place of `start`, following 新代码 links forward
   * (the year is after its period) or back (before it). Where an area split (forward) or
   * was formed from several (back), the one part whose name is the place's own is
   * followed when `byName` (for the body of a county or city itself; a township inside it
   * could lie in any part); else the lead has no single record.
   */
  inYear(start: HistoricRecord, year: number, byName = true): Lead {
    if (inForce(start, year)) return { record: start, reached: [start] };
    const forward = start.until !== undefined && year >= start.until;
    const when = Number.isFinite(year) ? `in ${year}` : 'today';
    const seen = new Set<HistoricRecord>([start]);
    const reached: HistoricRecord[] = [];
    const notes: string[] = [];
    let frontier = [start];
    for (let guard = 0; frontier.length && guard < 50; guard++) {
      const next: HistoricRecord[] = [];
      for (const r of frontier) {
        let step = (forward ? this.successors(r) : this.predecessors(r)).filter((s) => !seen.has(s));
        if (step.length > 1) {
          const named = byName ? step.filter((s) => sameName(s, start) || sameName(s, r)) : [];
          const parts = step.map(label).join(', ');
          if (named.length === 1) {
            notes.push(`${label(r)} ${forward ? `split in ${r.until} into` : `was formed in ${r.from} from`} ${parts}; ${label(named[0]!)} carries its name`);
            step = named;
          } else {
            notes.push(`${label(r)} ${forward ? `split in ${r.until} into` : `was formed in ${r.from} from`} ${parts}`);
          }
        }
        for (const s of step) {
          seen.add(s);
          if (inForce(s, year)) reached.push(s);
          else if (forward ? s.until !== undefined && year >= s.until : year < s.from) next.push(s);
        }
      }
      frontier = next;
    }
    if (reached.length === 1) return { record: reached[0], reached, note: notes.join('; ') || undefined };
    if (!reached.length) return { reached, note: `${label(start)} leads to no code in force ${when}` };
    const named = byName ? reached.filter((s) => sameName(s, start)) : [];
    if (named.length === 1) return { record: named[0], reached, note: [...notes, `${label(named[0]!)} carries the name of ${start.name}`].join('; ') };
    // the parts as they are then, unless the split's own note named them so already
    const said = notes.join('; ');
    const parts = reached.every((r) => said.includes(label(r))) ? '' : ` (${reached.map(label).join(', ')})`;
    return { reached, note: `${said || label(start)}: no single code ${when}${parts}` };
  }

  /** The record(s) on today's map that a record's place leads to (itself while in use). */
  currentOf(r: HistoricRecord, byName = true): Lead {
    return this.inYear(r, Number.POSITIVE_INFINITY, byName);
  }
}

/** The vendored table, found from this module (src or dist) up to the package root. */
function historyFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const f = path.join(dir, 'data', 'division-history', 'result.csv');
    if (existsSync(f)) return f;
    dir = path.dirname(dir);
  }
  throw new Error('data/division-history/result.csv not found: the division history ships with the package');
}

let cached: DivisionHistory | undefined;

/** The division history, parsed on first use and kept for the worker's life. */
export function loadHistory(): DivisionHistory {
  if (cached) return cached;
  cached = new DivisionHistory(
    readDataLines(historyFile())
      .slice(1)
      .map((l) => l.split(',')),
  );
  return cached;
}
