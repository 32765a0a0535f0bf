// The reporting body. Evidence, strongest first: the signature line at the end (a body
// name followed by a date), the report title (or a title quoted in the opening sentence:
// "现公布泰州市人民政府2017年…报告"), a 填报单位 line, an opening sentence ("宝力根苏木严格按照…",
// "2020年，龙河镇认真贯彻…"), the page's 发布机构 field. A page header naming another (newer)
// body must not beat the report's own signature, so the signature comes first. Last, a report
// that names itself only as 我镇 / 我苏木 / 我局 is the body of that kind its text names most.
// Every piece of evidence is read by the grammar below (readBodyName): what it gives is a
// body's name or nothing, never a piece of a sentence.
import type { Document } from '../../extract/model.js';
import { leadingPlaces } from '../region/place-names.js';
import { CN_DATE } from './dates.js';
import { headOf, titleCandidates } from './year.js';

export type BodyLevel = 'province' | 'prefecture' | 'county' | 'township' | 'department';

const ORG_SUFFIX = '(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府|街道办事处|管委会|管理委员会|委员会|办公室|办公厅|局|厅|委|办)';
const SIGNATURE = new RegExp(`^([\\u4e00-\\u9fa5()（）]{2,40}?${ORG_SUFFIX})$`);
const REPORT = '(?:政府|政务)?信息公开(?:工作)?(?:开展)?(?:情况)?的?(?:年度)?(?:工作)?(?:报告|年报)';
const TITLE_BODY = new RegExp(`^(?:\\d{4}年度?)?(.{2,40}?)(?:\\d{4}年度?)?${REPORT}`);
/** A report's title inside a sentence: 现公布泰州市人民政府2017年政府信息公开工作年度报告. */
const QUOTED_TITLE = new RegExp(REPORT, 'g');
const OPENING_VERB = '(?:严格|认真|坚持|按照|根据|始终|深入|全面|紧紧|高度|以|积极|扎实|持续|进一步|不断|围绕|紧扣|聚焦|立足|切实|继续|大力|着力)';
const OPENING = new RegExp(`^(?:\\d{4}年度?[,，、]?)?([\\u4e00-\\u9fa5()（）]{2,30}?)${OPENING_VERB}`);
const FILLER = /填报单位[^:：]*[:：]\s*([\u4e00-\u9fa5]{2,40})/;

export interface BodyFinding {
  name: string;
  source: 'signature' | 'title' | 'filler' | 'compiler' | 'field' | 'opening' | 'contact' | 'self';
  /** The name lacks its places (县统计局, 市财政局, 统计局): to be completed from the region, not a finished name. */
  incomplete?: boolean;
}

// ---- the grammar of a body name: [places] + organ ----
// Evidence gives a run of text that ends in a body's name; what stands before the name (a
// breadcrumb, a table pipe, the first words of a sentence, the tail of "2015年度") is cut off.
// The places are names of the gazetteer (region/place-names.ts); a name whose places it does
// not know is accepted only when they read as place tokens (…县, …镇, …综合实验区) and hold no
// sentence words. A run that cannot be cut to such a name is no name.

/** Breadcrumbs, table pipes, punctuation: the name starts after the last of them. */
const SEPARATOR = /[>＞»›<＜|｜/\\→—–\-·:：,，.。;；、!！?？《》〈〉“”"「」『』【】[\]\s]/;
/** The organ a name ends in. */
const ORGAN_END = /(?:政府|办事处|管理处|管委会|委员会|局|委|办|办公室|办公厅|厅|部|署|中心|院|室|所|站|馆|队|大学|学院|学校)$/;
/** Words no organ name holds (sentence words, and the 部署 / 大局 / 法治政府 of prose). */
const NOT_ORGAN =
  /[我本年的]|关于|报告|公布|按照|根据|依据|现将|编制|通知|要求|规定|条例|如下|部署|签署|全部|内部|局部|部分|大局|全局|格局|布局|开局|结局|大厅|为中心|举办|承办|主办|督办|开办|代办|协办|交办|转办|办理|阅览室|查阅室|会议室|网站|场所|住所|处所|之所|有所|无所|团队|队伍|(?:法治|服务型|阳光|廉洁|诚信|创新|数字|责任|透明|效能|智慧|满意的?)政府$/;
/** Words of a sentence (not of a name): a name the gazetteer does not know must hold none. */
const SENTENCE =
  /[我的此了]|(?<!资)本|(?<!青|老)年|现(?!代)|(?<!自)由|对(?!外)|(?<!安)全|[一二三四五六七八九十]?是|[将向各该其]|关于|报告|公布|发布|按照|根据|依据|成立|推进|加强|做好|开展|落实|贯彻|认真|严格|全面|深入|坚持|围绕|结合|积极|切实|不断|进一步/;
/** Organ words and conjunctions (住房和城乡建设局): in the place part they show that it is none. */
const ORGAN_WORD = /政府|政务|信息|公开|工作|人民|办公|委员|[和与及]/;
/** A place token the gazetteer may not know (a renamed county, a zone): a stem of 2–8 characters and a level suffix. */
const PLACE_TOKEN =
  '(?:(?![省市县区旗盟镇乡])[\\u4e00-\\u9fa5]){2,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|综合实验区|开发区|新区|地区|苏木|街道|省|市|州|盟|县|旗|区|镇|乡)';
const PLACE_TOKENS = new RegExp(`^(?:${PLACE_TOKEN})+$`);
/** The first words of a sentence, a year, a self-reference: never part of a name. */
const HEAD =
  /^(?:\d{2,4}年度?|[〇一二三四五六七八九零]{4}年度?|年度|年报|年|现予公布|现予发布|现公布|现发布|现将|特向社会公布|特此公布|特公布|向社会公布|公布|发布|本报告由|报告由|本报告|由|成立了?|按照|根据|依据|遵照|关于|编制了?|我|本|在|对|将|经|是)/;
/** A level word standing alone for the place (县统计局, 市财政局): the name lacks its places. */
const BARE_LEVEL = /^(?!市场|市政|市容|市民|区域|县域|乡村|州际|省际)(?:特别行政区|自治区|自治州|自治县|自治旗|地区|苏木|街道|省|市|州|盟|县|旗|区|镇|乡)/;
/** A body of the whole country names no place: 国家统计局, 国务院办公厅, 教育部, 海关总署. */
const NATIONAL = /^(?:国家|国务院|中国|中华人民共和国|中共中央)[\u4e00-\u9fa5()（）]*$|^[\u4e00-\u9fa5]{2,8}(?:部|署)$/;
/** An organ that is only the kind of a body of some place (人民政府, 办事处): with no place it names nothing. */
const PLACE_ORGAN = /^(?:人民政府|政府|办事处|街道办事处|管委会|管理委员会|委员会|局|委|办|厅|办公室|办公厅)$/;

const organOk = (o: string) =>
  /^[\u4e00-\u9fa5()（）]{1,30}$/.test(o) && ORGAN_END.test(o) && !NOT_ORGAN.test(o) && (o.match(/[(（]/g)?.length ?? 0) === (o.match(/[)）]/g)?.length ?? 0);

function stripHead(s: string): string {
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(HEAD, '');
  }
  return s;
}

/** The longest P of `s` = P + organ with P place tokens; undefined when there is none. */
function tokenPlaces(s: string): string | undefined {
  if (SENTENCE.test(s)) return undefined;
  for (let k = s.length; k >= 3; k--) {
    const [places, rest] = [s.slice(0, k), s.slice(k)];
    if (PLACE_TOKENS.test(places) && !ORGAN_WORD.test(places) && (rest === '' || organOk(rest))) return places;
  }
  return undefined;
}

export interface BodyName {
  /** The name as printed, cut to [places] + organ. */
  name: string;
  /** Its place part: place names, or a bare level word (县) when incomplete. */
  places: string;
  /** What follows the places ('' for a name that is only places: the government is meant). */
  organ: string;
  incomplete?: boolean;
}

/**
 * A run of text ending in a body's name, read as [places] + organ: 首页>>信息公开>>年报北京市大兴区审计局
 * → 北京市大兴区审计局, 现公布邵东县人民政府 → 邵东县人民政府, 县统计局 → incomplete, 现将我镇人民政府 →
 * 镇人民政府, incomplete; a sentence fragment that is no such name → undefined.
 */
export function readBodyName(text: string): BodyName | undefined {
  // a table row's closing pipe is no separator; a breadcrumb's is (首页>…>东浦街道>信息公开年报)
  const whole = text.replace(/\s+/g, '').replace(/[|｜]+$/, '');
  const parts = whole.split(SEPARATOR);
  const s = parts[parts.length - 1] ?? '';
  if (s.length < 2) return undefined;
  // the longest suffix that is known places + organ
  for (let i = 0; i < s.length - 1; i++) {
    const known = leadingPlaces(s.slice(i));
    if (!known) continue;
    // after the places it knows, places it does not (绍兴市越城区 + 东浦镇, a town renamed since)
    const rest = s.slice(i + known.length);
    const more = rest && !organOk(rest) ? tokenPlaces(rest) : '';
    if (more === undefined) continue;
    const places = known + more;
    const organ = s.slice(i + places.length);
    if (i === 0) return { name: s, places, organ };
    const before = s.slice(0, i);
    // 国家税务总局北京市大兴区税务局: a national organ's branch keeps the organ in front
    if (NATIONAL.test(before) && ORGAN_END.test(before) && !NOT_ORGAN.test(before)) return { name: s, places: '', organ: s };
    // 邵东县两市镇人民政府: places the gazetteer does not know, in front of places it knows
    const lead = stripHead(before);
    if (lead && PLACE_TOKENS.test(lead) && !SENTENCE.test(lead) && !ORGAN_WORD.test(lead)) return { name: lead + s.slice(i), places: lead + places, organ };
    return { name: s.slice(i), places, organ };
  }
  const t = stripHead(s);
  if (t.length < 2) return undefined;
  const places = tokenPlaces(t);
  if (places) return { name: t, places, organ: t.slice(places.length) };
  if (NATIONAL.test(t) && organOk(t)) return { name: t, places: '', organ: t };
  const level = BARE_LEVEL.exec(t)?.[0] ?? '';
  const organ = t.slice(level.length);
  if (organ.length < 2 || !organOk(organ) || SENTENCE.test(t) || (!level && PLACE_ORGAN.test(organ))) return undefined;
  return { name: t, places: level, organ, incomplete: true };
}

type Source = BodyFinding['source'];

function* signatures(doc: Document): Generator<string> {
  const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.replace(/\s+/g, ''));
  // scan from the end: a body line directly followed by a date line
  for (let i = paras.length - 2; i >= Math.max(0, paras.length - 40); i--) {
    const m = SIGNATURE.exec(paras[i]!);
    if (m && CN_DATE.test(paras[i + 1]!) && paras[i + 1]!.length <= 16) yield m[1]!;
  }
}

function* titles(doc: Document): Generator<string> {
  for (const t of titleCandidates(doc)) {
    const m = TITLE_BODY.exec(t.replace(/\s+/g, ''));
    const name = m?.[1]
      ?.replace(/^(关于|[\d]+年度?)/, '')
      // "海南州2014政府…", "X人民政府关于2011年…的年度报告", "兴县人民政府信息公开…" (政府 read as the title's)
      .replace(/(关于|\d{4})$/, '')
      .replace(/人民$/, '人民政府');
    if (name) yield name;
  }
  // the title quoted in the opening sentence: 现公布X2017年…报告, 现将X2019年度…报告如下, 由X编制的…报告
  const head = headOf(doc);
  for (const m of head.matchAll(QUOTED_TITLE)) {
    yield head
      .slice(Math.max(0, m.index - 40), m.index)
      .replace(/(?:\d{4}|[〇一二三四五六七八九零]{4})年?度?$/, '')
      .replace(/(?:关于|编制的?)$/, '')
      .replace(/人民$/, '人民政府');
  }
}

/**
 * "由伊宁县人民政府办公室编制", "由哈尔滨市人民政府政务公开办公室综合…编制而成": a government's
 * report is compiled by its office (a bureau's by its own); the organ before the office reports.
 */
const COMPILER = /由([\u4e00-\u9fa5]{2,24}?(?:人民政府|政府|局|委员会|办事处|管委会))(?:[\u4e00-\u9fa5]{0,8}?办公[室厅])?[^。；;]{0,80}?(?:编制|编写|汇总)/;
/** "请与青岛市政府信息公开办公室联系": the contact office of the report names its organ. */
const CONTACT =
  /(?:请与|请联系[:：]?|联系单位[:：]|联系[:：])([\u4e00-\u9fa5]{2,24}?(?:人民政府|政府|局|委员会|办事处|管委会))[\u4e00-\u9fa5]{0,10}?办公[室厅]/;

function* compilers(doc: Document): Generator<string> {
  const m = COMPILER.exec(headOf(doc));
  if (m) yield m[1]!;
}

function* contacts(doc: Document): Generator<string> {
  const m = CONTACT.exec(headOf(doc));
  if (m) yield m[1]!;
}

function* fillers(doc: Document): Generator<string> {
  const m = FILLER.exec(doc.text);
  if (m) yield m[1]!;
}

/** "宝力根苏木严格按照…", "2020年，龙河镇认真贯彻…": a paragraph near the top that opens with the body. */
function* openings(doc: Document): Generator<string> {
  for (const b of doc.blocks.slice(0, 30)) {
    const m = b.kind === 'paragraph' && OPENING.exec(b.text.replace(/\s+/g, ''));
    if (m) yield m[1]!;
  }
}

function* fields(doc: Document): Generator<string> {
  const field = doc.fields['发布机构'];
  if (field) yield field.replace(/办公室$/, '');
}

// "我镇", "我苏木", "我旗", "我局": the report speaks of itself by its kind of body
const SELF = /我(苏木|镇|乡|街道|旗|县|区|市|盟|局|委|办)/g;

/** The body a report names itself by: the most frequent name in the text of the kind its self-references say. */
function* selfReference(doc: Document): Generator<string> {
  const kinds = new Map<string, number>();
  for (const m of doc.text.matchAll(SELF)) kinds.set(m[1]!, (kinds.get(m[1]!) ?? 0) + 1);
  const kind = [...kinds].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!kind) return;
  const counts = new Map<string, number>();
  const re = new RegExp(`([\\u4e00-\\u9fa5]{2,8}?${kind})(?!${kind})`, 'g');
  for (const m of doc.text.matchAll(re)) {
    const read = readBodyName(m[1]!);
    if (read && !read.incomplete && read.name.endsWith(kind) && read.name.length > kind.length + 1) counts.set(read.name, (counts.get(read.name) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (best) yield best;
}

const SOURCES: Array<[Source, (doc: Document) => Iterable<string>]> = [
  ['signature', signatures],
  ['title', titles],
  ['filler', fillers],
  ['compiler', compilers],
  ['opening', openings],
  ['field', fields],
  ['contact', contacts],
  ['self', selfReference],
];

const sameOrgan = (a: string, b: string) => a.replace(/^政府/, '人民政府') === b.replace(/^政府/, '人民政府');

/** Can `full` be the body an incomplete name stands for? 县统计局 ~ 和政县统计局, 镇人民政府 ~ 龙河镇. */
function completes(part: BodyName, full: BodyName): boolean {
  if (part.places && !full.places.endsWith(part.places)) return false;
  return full.organ ? sameOrgan(full.organ, part.organ) : /^(?:人民政府|政府|办事处|街道办事处)$/.test(part.organ);
}

/**
 * The reporting body: the first evidence that reads as a body's name. A name that lacks its
 * places (县统计局) is kept, marked incomplete, unless later evidence names the same organ whole.
 */
export function findBody(doc: Document): BodyFinding | undefined {
  let partial: { read: BodyName; source: Source } | undefined;
  for (const [source, candidates] of SOURCES) {
    for (const text of candidates(doc)) {
      const read = readBodyName(text);
      if (!read) continue;
      // a name without its places counts where the evidence labels the report's own body
      // (not a sentence's subject: "2019年，县财政局认真…" in a county's report)
      if (!read.incomplete) {
        if (!partial || completes(partial.read, read)) return { name: read.name, source };
      } else if (source !== 'opening' && source !== 'self') partial ??= { read, source };
    }
  }
  return partial && { name: partial.read.name, source: partial.source, incomplete: true };
}

/** 伊敏苏木 → 伊敏苏木人民政府; names that already name an organ are kept. */
export function fullName(name: string): string {
  if (/(政府|办事处|委员会|管委会|局|厅|委|办|办公室|中心|院)$/.test(name)) return name;
  // zones are run by a 管委会, not a 人民政府: keep the name as written
  if (/(综合实验区|开发区|新区|高新区|示范区|试验区)$/.test(name)) return name;
  if (/街道$/.test(name)) return `${name}办事处`;
  if (/(苏木|镇|乡|县|旗|市|区|州|盟|省|自治区)$/.test(name)) return `${name}人民政府`;
  return name;
}

/** The name without its government's organ word: 伊敏苏木人民政府 → 伊敏苏木. A general office keeps its name (上海市人民政府办公厅). */
export function shortName(name: string): string {
  return name.replace(/(人民政府|政府|办事处|管委会|管理委员会)$/, '');
}

export function bodyLevel(name: string): BodyLevel | undefined {
  const s = shortName(name);
  if (/(局|厅|委|办|办公室|中心|院|署)$/.test(s) || /(局|厅|委员会|中心)$/.test(name)) return 'department';
  if (/(苏木|镇|乡|街道)$/.test(s)) return 'township';
  if (/(省|自治区)$/.test(s) || /^(北京|天津|上海|重庆)市$/.test(s)) return 'province';
  if (/(县|旗|区)$/.test(s)) return 'county';
  if (/(州|盟)$/.test(s)) return 'prefecture';
  return undefined; // a 市 is a prefecture or a county-level city: the gazetteer decides
}
