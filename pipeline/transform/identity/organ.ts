// A body's name as places + organ: the organ says which body of a place reports (its
// 人民政府, its 统计局, a street's 办事处, a zone's 管委会), the same across renamed places and
// however many of the places above it a report prints. A name printed without its county or
// city (县统计局, 城关镇人民政府) is completed from a region resolved with high confidence.
import { aliasesOf } from '../region/gazetteer.js';
import { leadingPlaceNames } from '../region/place-names.js';

export type BodyKind = 'government' | 'department' | 'street' | 'zone';
export interface BodyParts {
  places: string;
  organ: string;
  kind: BodyKind;
}

const ZONE = /(?:综合实验区|开发区|园区|工业区|管理区|实验区|试验区|示范区|高新区)$/;

/** The place names `s` starts with: those of `names` (and their aliases) when given, else the gazetteer's. */
function placesOf(s: string, names?: string[]): string[] {
  if (!names) return leadingPlaceNames(s);
  const all = [...new Set(names.flatMap((n) => [n, ...aliasesOf(n)]))].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let n = all.find((x) => s.startsWith(x)); n; n = all.find((x) => s.startsWith(x))) {
    out.push(n);
    s = s.slice(n.length);
  }
  return out;
}

/** 北京市大兴区统计局 → 北京市大兴区 + 统计局 (department); 平潭综合实验区 → '' + 平潭综合实验区管委会 (zone). */
export function bodyParts(name: string, regionNames?: string[]): BodyParts {
  let rest = name.replace(/\s+/g, '');
  const places: string[] = [];
  for (;;) {
    const run = placesOf(rest, regionNames);
    places.push(...run);
    rest = rest.slice(run.join('').length);
    // 桦甸市人民政府新华街道办事处: a government's name before the places under it
    const under = /^(?:人民政府|政府)/.exec(rest);
    if (!run.length || !under || !placesOf(rest.slice(under[0].length), regionNames).length) break;
    rest = rest.slice(under[0].length);
  }
  const last = places[places.length - 1] ?? '';
  if (rest === '') {
    if (/街道$/.test(last)) return { places: places.join(''), organ: '办事处', kind: 'street' };
    if (ZONE.test(last)) return { places: places.join(''), organ: '管委会', kind: 'zone' };
    return { places: places.join(''), organ: '人民政府', kind: 'government' };
  }
  const organ = rest
    .replace(/^(?:街道)?办事处$/, '办事处')
    .replace(/^政府(?=$|办)/, '人民政府')
    .replace(/管理委员会$/, '管委会')
    .replace(ZONE, '$&管委会');
  const kind: BodyKind = /管委会$/.test(organ) ? 'zone' : /办事处$/.test(organ) ? 'street' : /人民政府$/.test(organ) ? 'government' : 'department';
  return { places: places.join(''), organ, kind };
}

export interface RegionNames {
  province: string | null;
  prefecture: string | null;
  county: string | null;
  township: string | null;
  confidence: 'high' | 'medium' | 'low' | 'none';
}

const MUNICIPALITY = /^(?:北京|天津|上海|重庆)市$/;
const PLACE_HEAD = /^(?:(?![省市县区旗盟镇乡])[\u4e00-\u9fa5]){2,8}?(?:自治区|自治州|自治县|自治旗|地区|苏木|街道|省|市|州|盟|县|旗|区|镇|乡)/;
const BARE = /^(?!市场|市政|市容|市民|区域|县域|乡村|州际|省际)(特别行政区|自治区|自治州|自治县|自治旗|地区|苏木|街道|省|市|州|盟|县|旗|区|镇|乡)(?=.)/;

/**
 * The name completed with the places it omits, from a region resolved with high confidence:
 * 县统计局 in 和政县 → 临夏回族自治州和政县统计局, 城关镇人民政府 in 洛阳市孟津区 → 洛阳市孟津区城关镇人民政府.
 * undefined when the name names its places already, or the region cannot say.
 */
export function completeName(printed: string, region: RegionNames): string | undefined {
  if (region.confidence !== 'high') return undefined;
  const name = printed.replace(/\s+/g, '');
  const city = region.prefecture ?? (region.province && MUNICIPALITY.test(region.province) ? region.province : null);
  const chain = { province: region.province, prefecture: city, county: region.county, township: region.township };
  const named = placesOf(
    name,
    Object.values(chain).filter((n): n is string => Boolean(n)),
  );
  const within = (levels: Array<keyof typeof chain>) => levels.map((l) => chain[l]).filter((n): n is string => Boolean(n));
  if (named.length) {
    // a township printed without its county (or its city, where it has no county)
    if (named.length > 1 || named[0] !== region.township) return undefined;
    const full = within(['prefecture', 'county', 'township']);
    return full.length > 1 ? full.join('') + name.slice(named[0]!.length) : undefined;
  }
  const bare = BARE.exec(name)?.[1];
  // a name that starts with a place (of another region, or one the gazetteer does not know) is left alone
  if (!bare && (leadingPlaceNames(name).length || PLACE_HEAD.test(name))) return undefined;
  const organ = name.slice(bare?.length ?? 0);
  let levels: Array<keyof typeof chain>;
  if (!bare) levels = region.township ? ['prefecture', 'county', 'township'] : region.county ? ['prefecture', 'county'] : city ? ['prefecture'] : ['province'];
  else if (/^(?:镇|乡|街道|苏木)$/.test(bare)) levels = ['prefecture', 'county', 'township'];
  else if (/^(?:省|自治区|特别行政区)$/.test(bare)) levels = ['province'];
  else if (/^(?:州|自治州|盟|地区)$/.test(bare) || (bare === '市' && !region.county?.endsWith('市'))) levels = city ? ['prefecture'] : ['province'];
  else levels = ['prefecture', 'county'];
  const own = chain[levels[levels.length - 1]!];
  // the level word must be the level of the region's own place (县 for 和政县, 镇 for 城关镇)
  if (!own || (bare && !own.endsWith(bare))) return undefined;
  return within(levels).join('') + organ;
}
