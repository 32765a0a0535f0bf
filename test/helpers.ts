// Where the real reports are: ../shared beside the checkout (never copied into the repo).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBytes } from '../pipeline/extract/index.js';
import type { Document } from '../pipeline/extract/model.js';
import { transform } from '../pipeline/transform/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEEDS = path.join(SHARED, 'seeds');
export const DEV = path.join(SHARED, 'corpus', 'dev');
export const FORMATS = path.join(SHARED, 'corpus', 'formats');
export const GENERATED = path.join(ROOT, 'test', 'fixtures', 'generated');

/** Every real report of prose at hand: the seeds' text files and the dev corpus (pages and dumps). */
export const proseFiles = (): string[] => [
  ...readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(SEEDS, f)),
  ...readdirSync(path.join(DEV, 'raw')).map((f) => path.join(DEV, 'raw', f)),
];

export interface Gold {
  file: string;
  template: string;
  report_year: number;
  body_name: string;
  region_code: string;
  metrics: Record<string, number | null>;
}

export function readGold(file: string): Gold[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
}

async function readOf(file: string) {
  const doc = await extractBytes(file, readFileSync(file));
  return { doc, report: transform(doc, file) };
}

/**
 * A corpus file's document and report, extracted once per test file (several tests read the
 * same PDFs and Word files): the same promise for the same path. Callers only read it.
 */
const read = new Map<string, ReturnType<typeof readOf>>();
export function reportOf(file: string): ReturnType<typeof readOf> {
  let r = read.get(file);
  if (!r) read.set(file, (r = readOf(file)));
  return r;
}

export const metricsOf = (r: Awaited<ReturnType<typeof reportOf>>['report']) => Object.fromEntries(r.metrics.map((m) => [m.key, m.value]));

/** A document of one paragraph per line, with optional page fields and <title>. */
export function docOf(paras: string[], fields: Record<string, string> = {}, title?: string): Document {
  let text = '';
  const blocks: Document['blocks'] = [];
  for (const p of paras) {
    if (text) text += '\n';
    blocks.push({ kind: 'paragraph', text: p, offset: text.length });
    text += p;
  }
  return { format: 'text', encoding: 'utf-8', replacementChars: 0, text, blocks, fields, title };
}

// The eval script's identity comparison (../shared/eval/score.mjs): a body name matches when
// equal once 人民政府/政府/办事处 is dropped, or when the longer only adds places in front;
// a region matches when the code printed starts with the gold one.
const bare = (s: string) => s.replace(/\s+/g, '').replace(/(人民政府|政府|办事处)$/, '');
const PLACES = /^(?:[\u4e00-\u9fa5]{1,12}?(?:省|自治区|特别行政区|市|地区|自治州|州|盟|自治县|县|自治旗|旗|区|新区|综合实验区))+$/;
export function sameBody(a: string | null | undefined, b: string): boolean {
  const x = bare(a ?? '');
  const y = bare(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.endsWith(short) && PLACES.test(long.slice(0, long.length - short.length));
}
