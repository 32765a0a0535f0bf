// Web domains, e-mail domains and folder names spell places in pinyin (pingtan.gov.cn,
// ewenke.gov.cn, hlbe) : a division matches a label by its full pinyin or its initials.
import { pinyin } from 'pinyin-pro';
import { stemOf, type Division } from './gazetteer.js';

const spell = (s: string, first = false) =>
  pinyin(s, { toneType: 'none', type: 'array', ...(first ? { pattern: 'first' } : {}) })
    .join('')
    .toLowerCase();
const cache = new Map<string, string[]>();

/** The ways a division's name is written in Latin letters, shortest kept at 3 letters. */
export function spellings(d: Division): string[] {
  // keyed by name too: a code keeps its number through a rename (襄樊市/襄阳市 420600)
  const key = `${d.code}:${d.name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const stem = stemOf(d.name) ?? d.name.replace(/(苏木|镇|乡|街道)$/, '');
  const out = [...new Set([spell(stem), spell(d.name), spell(stem, true), spell(d.name, true)])].filter((s) => /^[a-z]{3,}$/.test(s));
  cache.set(key, out);
  return out;
}

// labels that name no place
const GENERIC = new Set([
  'www',
  'gov',
  'cn',
  'com',
  'net',
  'org',
  'zwgk',
  'xxgk',
  'zfxxgk',
  'mail',
  'email',
  'http',
  'https',
  'html',
  'htm',
  'index',
  'data',
  'raw',
  'reports',
  'report',
  'nianbao',
  'files',
]);

/** Latin labels from the report's web and e-mail domains. */
export function domainLabels(text: string): string[] {
  const labels = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/(?:@|\b)((?:[a-z0-9-]+\.)+)(?:gov\.cn|com\.cn|org\.cn|cn)\b/g)) {
    for (const l of m[1]!.split('.')) if (l && !GENERIC.has(l)) labels.add(l);
  }
  return [...labels];
}

/** Latin words of a file's folder path ("reports/neimenggu/hulunbeier/…"). */
export function pathLabels(filePath: string): string[] {
  return [
    ...new Set(
      filePath
        .toLowerCase()
        .split(/[\\/._\s-]+/)
        .filter((l) => /^[a-z]{3,}$/.test(l) && !GENERIC.has(l)),
    ),
  ];
}

/** The label that spells the division, if any: equal to a spelling, or holding a full one of 5+ letters. */
export function spelledBy(d: Division, labels: string[]): string | undefined {
  // most reports have no domain: spelling the candidates (pinyin-pro) would be wasted
  if (!labels.length) return undefined;
  const sp = spellings(d);
  return labels.find((l) => sp.includes(l) || sp.some((s, i) => i < 2 && s.length >= 5 && l.includes(s)));
}
