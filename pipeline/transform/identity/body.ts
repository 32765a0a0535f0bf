// The reporting body. Evidence, strongest first: the signature line at the end (a body
// name followed by a date), the report title, a 填报单位 line, the opening sentence
// ("宝力根苏木严格按照…"). A page header naming another (newer) body must not beat the
// report's own signature, so the signature comes first. Last, a report that names itself only
// as 我镇 / 我苏木 / 我局 is the body of that kind its text names most.
import type { Document } from '../../extract/model.js';
import { CN_DATE } from './dates.js';
import { titleCandidates } from './year.js';

export type BodyLevel = 'province' | 'prefecture' | 'county' | 'township' | 'department';

const ORG_SUFFIX = '(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府|街道办事处|管委会|管理委员会|委员会|办公室|办公厅|局|厅|委|办)';
const PLACE_SUFFIX = '(?:苏木|镇|乡|街道|县|旗|市|区|州|盟|省|自治区|综合实验区|新区|开发区)';
const SIGNATURE = new RegExp(`^([\\u4e00-\\u9fa5()（）]{2,40}?${ORG_SUFFIX})$`);
const TITLE_BODY = /^(?:\d{4}年度?)?(.{2,40}?)(?:\d{4}年度?)?(?:政府|政务)?信息公开(?:工作)?的?(?:年度)?(?:工作)?报告/;
const OPENING = new RegExp(`^([\\u4e00-\\u9fa5]{2,20}?${PLACE_SUFFIX})(?:严格|认真|坚持|按照|根据|始终|深入|全面|紧紧|高度|以)`);
const FILLER = /填报单位[^:：]*[:：]\s*([\u4e00-\u9fa5]{2,40})/;

export interface BodyFinding {
  name: string;
  source: 'signature' | 'title' | 'filler' | 'field' | 'opening' | 'self';
}

function signature(doc: Document): string | undefined {
  const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.replace(/\s+/g, ''));
  // scan from the end: a body line directly followed by a date line
  for (let i = paras.length - 2; i >= Math.max(0, paras.length - 40); i--) {
    const m = SIGNATURE.exec(paras[i]!);
    if (m && CN_DATE.test(paras[i + 1]!) && paras[i + 1]!.length <= 16) return m[1];
  }
  return undefined;
}

function fromTitle(doc: Document): string | undefined {
  for (const t of titleCandidates(doc)) {
    const m = TITLE_BODY.exec(t.replace(/\s+/g, ''));
    const name = m?.[1]
      ?.replace(/^(关于|[\d]+年度?)/, '')
      // "海南州2014政府…", "X人民政府关于2011年…的年度报告", "兴县人民政府信息公开…" (政府 read as the title's)
      .replace(/(关于|\d{4})$/, '')
      .replace(/人民$/, '人民政府');
    if (name && !/^(本|我|年度|政府)/.test(name) && name.length >= 2) return name;
  }
  return undefined;
}

// "我镇", "我苏木", "我旗", "我局": the report speaks of itself by its kind of body
const SELF = /我(苏木|镇|乡|街道|旗|县|区|市|盟|局|委|办)/g;

/** The body a report names itself by: the most frequent name in the text of the kind its self-references say. */
function fromSelfReference(doc: Document): string | undefined {
  const kinds = new Map<string, number>();
  for (const m of doc.text.matchAll(SELF)) kinds.set(m[1]!, (kinds.get(m[1]!) ?? 0) + 1);
  const kind = [...kinds].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!kind) return undefined;
  const counts = new Map<string, number>();
  const re = new RegExp(`([\\u4e00-\\u9fa5]{2,8}?${kind})(?!${kind})`, 'g');
  for (const m of doc.text.matchAll(re)) {
    const name = m[1]!.replace(/^(?:我|本|全|各|该|在|对|由|是|的|和|与)+/, '');
    if (name.length > kind.length + 1 && !/^(本|我|全|各|该)/.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function findBody(doc: Document): BodyFinding | undefined {
  const sig = signature(doc);
  if (sig) return { name: sig, source: 'signature' };
  const title = fromTitle(doc);
  if (title) return { name: title, source: 'title' };
  const filler = FILLER.exec(doc.text);
  if (filler) return { name: filler[1]!, source: 'filler' };
  const first = doc.blocks.find((b) => b.kind === 'paragraph');
  const open = first && OPENING.exec(first.text.replace(/\s+/g, ''));
  if (open) return { name: open[1]!, source: 'opening' };
  const field = doc.fields['发布机构'];
  if (field) return { name: field.replace(/办公室$/, ''), source: 'field' };
  const self = fromSelfReference(doc);
  if (self) return { name: self, source: 'self' };
  return undefined;
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

export function shortName(name: string): string {
  return name.replace(/(人民政府办公室|人民政府办公厅|人民政府|政府|办事处|管委会|管理委员会)$/, '');
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
