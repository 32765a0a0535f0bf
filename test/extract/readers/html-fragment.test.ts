// HTML without a single wrapping element: a fragment (CMS exports and crawler archives keep
// the article's <p>s and <table>s side by side, no <html> or <body>) or a body whose article
// is sibling blocks between navigation and footer. Either is read whole, chrome still out.
// The fragments are built at test time from the real pages (never copied into the repo).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getOuterHTML } from 'domutils';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../pipeline/extract/decode.js';
import { extractBytes, type Document, type Table } from '../../../pipeline/extract/index.js';
import { articleRoot } from '../../../pipeline/extract/readers/html.js';
import { transform } from '../../../pipeline/transform/index.js';
import { DEV, FORMATS, metricsOf, readGold, reportOf, type Gold } from '../../helpers.js';

const PAGES = [
  ...readdirSync(path.join(DEV, 'raw'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => path.join(DEV, 'raw', f)),
  path.join(FORMATS, 'seed004.html'),
];
const GOLD = new Map<string, Gold>([...readGold(path.join(DEV, 'gold.jsonl')), ...readGold(path.join(FORMATS, 'gold.jsonl'))].map((g) => [g.file, g]));

/** The article's children as the reader finds them in the full page, serialised side by side. */
function articleChildren(file: string): string {
  const html = decodeBytes(readFileSync(file), { html: true }).text;
  // utf8: keep the Chinese as characters, not numeric entities
  return getOuterHTML(articleRoot(html).children, { encodeEntities: 'utf8' });
}

const NAV = '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/xxgk/">信息公开</a> <a href="/hdjl/">互动交流</a></div>';
const CRUMB = '<div>您的位置：首页 &gt; 信息公开 &gt; 年报</div>';
const FOOTER = '<div class="footer">版权所有：某某人民政府办公室 地址：某某路1号 电话：0591-00000000</div>';

const CHROME_TEXT = ['您的位置', '版权所有', '政务公开', '互动交流', '某某路1号'];

const VARIANTS = {
  /** No html, head or body: the children at the top level. */
  fragment: (children: string) => children,
  /** A body of chrome and the article's blocks, with no element wrapping the article. */
  'body without wrapper': (children: string) => `<body>${NAV}${CRUMB}${children}${FOOTER}</body>`,
};

/** Read as the pipeline reads a file: UTF-8 bytes (no meta charset), under the page's own name. */
async function read(file: string, html: string) {
  const doc = await extractBytes(file, Buffer.from(html, 'utf8'));
  return { doc, report: transform(doc, file) };
}

const paragraphs = (doc: Document) => doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const tables = (doc: Document) => doc.blocks.filter((b): b is Table => b.kind === 'table');

describe.each(Object.entries(VARIANTS))('real pages as a %s', (_name, wrap) => {
  it.each(PAGES.map((f) => [path.basename(f), f] as const))('%s gives the figures of the full page', async (_base, file) => {
    const full = await reportOf(file);
    const children = articleChildren(file);
    expect(children, 'no wrapper, no charset declared').not.toMatch(/<(html|head|body|meta)\b/i);
    const part = await read(file, wrap(children));
    expect(metricsOf(part.report)).toEqual(metricsOf(full.report));
    expect(part.report.template).toBe(full.report.template);
    expect(Object.keys(metricsOf(full.report)).length).toBeGreaterThan(0);
    expect(paragraphs(part.doc).length).toBeGreaterThanOrEqual(paragraphs(full.doc).length);
    expect(tables(part.doc)).toHaveLength(tables(full.doc).length);
    // the chrome added around the article stays out (unless the report itself says it)
    const own = paragraphs(full.doc).join('\n');
    const prose = paragraphs(part.doc).join('\n');
    for (const chrome of CHROME_TEXT) if (!own.includes(chrome)) expect(prose, chrome).not.toContain(chrome);
  });
});

describe('fragments against the gold', () => {
  // files with statistics tables and hundreds of gold figures, and a seed page
  const checked = ['pt2012_syq.html', 'pt2023_syq.html', 'seed004.html'];

  it.each(checked)('%s: every gold figure the full page reads, the fragment reads too', async (base) => {
    const file = PAGES.find((f) => path.basename(f) === base)!;
    const gold = GOLD.get(base)!;
    const full = metricsOf((await reportOf(file)).report);
    const part = metricsOf((await read(file, articleChildren(file))).report);
    const right = Object.entries(gold.metrics).filter(([k, v]) => v !== null && full[k] === v);
    // most of the gold: the check is not vacuous
    expect(right.length).toBeGreaterThanOrEqual(Object.values(gold.metrics).filter((v) => v !== null).length * 0.9);
    for (const [key, want] of right) expect(part[key], key).toBe(want);
  });

  it('reads hard figures of the gold from fragments', async () => {
    const figure = async (base: string, key: string) => {
      const file = PAGES.find((f) => path.basename(f) === base)!;
      return metricsOf((await read(file, articleChildren(file))).report)[key];
    };
    expect(await figure('pt2011_syq.html', 'proactive.total')).toBe(GOLD.get('pt2011_syq.html')!.metrics['proactive.total']);
    expect(await figure('pt2011_syq.html', 'proactive.total')).toBe(425);
    expect(await figure('pt2011_syq.html', 'proactive.via.website')).toBe(418);
    const seed = GOLD.get('seed004.html')!.metrics;
    const key = Object.keys(seed).find((k) => (seed[k] ?? 0) > 0)!;
    expect(await figure('seed004.html', key)).toBe(seed[key]);
  });
});

/** A small 2008-style statistics table: a header and three rows of figures. */
const TABLE =
  '<table><tr><td>指标</td><td>单位</td><td>数量</td></tr><tr><td>主动公开政府信息数</td><td>条</td><td>425</td></tr><tr><td>其中：网站公开数</td><td>条</td><td>418</td></tr><tr><td>收到政府信息公开申请数</td><td>件</td><td>12</td></tr></table>';
const PROSE = '<p>一、概述</p><p>本年度，我区认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息425条。</p>';
const LONG = '<p>' + '本年度政府信息公开工作稳步推进，公开渠道不断拓展，公开内容更加丰富。'.repeat(12) + '</p>';

interface Shape {
  name: string;
  html: string;
  /** Text each of which must be in the reading. */
  has: string[];
  /** Text none of which may be in the paragraphs. */
  not?: string[];
  tableRows?: number;
}

const SHAPES: Shape[] = [
  {
    name: 'a fragment of <p>s and a <table>',
    html: PROSE + TABLE,
    has: ['一、概述', '全年主动公开政府信息425条', '主动公开政府信息数\t条\t425', '收到政府信息公开申请数\t件\t12'],
    tableRows: 4,
  },
  {
    name: 'a fragment of one long <p> beside a title and a small table',
    html: '<h1>某某区2011年政府信息公开工作年度报告</h1>' + LONG + '<table><tr><td>申请数</td><td>12</td></tr></table>',
    has: ['年度报告', '公开渠道不断拓展', '申请数\t12'],
    tableRows: 1,
  },
  {
    name: 'a fragment beginning with bare text',
    html: '某某区2011年政府信息公开工作年度报告' + PROSE + TABLE,
    has: ['某某区2011年政府信息公开工作年度报告', '一、概述', '主动公开政府信息数\t条\t425'],
    tableRows: 4,
  },
  { name: 'bare text only', html: '主动公开政府信息425条，其中网站公开418条。', has: ['主动公开政府信息425条'] },
  {
    name: 'a fragment with a breadcrumb <div> first',
    html: CRUMB + PROSE + TABLE,
    has: ['一、概述', '主动公开政府信息数\t条\t425'],
    not: ['您的位置'],
    tableRows: 4,
  },
  {
    name: 'a fragment with a long breadcrumb <div> and one long <p>',
    html: '<div>当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; 2011年</div>' + LONG,
    has: ['公开渠道不断拓展'],
    not: ['当前位置'],
  },
  {
    name: 'a body of sibling blocks between nav and footer',
    html: `<body>${NAV}<h1>某某区2011年政府信息公开工作年度报告</h1>${PROSE}${LONG}${TABLE}${FOOTER}</body>`,
    has: ['某某区2011年政府信息公开工作年度报告', '一、概述', '公开渠道不断拓展', '收到政府信息公开申请数\t件\t12'],
    not: ['首页', '版权所有'],
    tableRows: 4,
  },
  {
    name: 'a page of sibling blocks between nav and footer',
    html: `<!DOCTYPE html><html><head><title>年报</title></head><body><div class="nav">${NAV}</div><h1>某某区2011年政府信息公开工作年度报告</h1>${LONG}<p>二、主动公开情况</p><table><tr><td>主动公开数</td><td>425</td></tr></table><div class="footer">${FOOTER}</div></body></html>`,
    has: ['某某区2011年政府信息公开工作年度报告', '公开渠道不断拓展', '二、主动公开情况', '主动公开数\t425'],
    not: ['政务公开', '版权所有'],
    tableRows: 1,
  },
  {
    name: 'a fragment whose one wrapper holds the article',
    html: `${NAV}<div class="TRS_Editor">${PROSE}${TABLE}</div>${FOOTER}`,
    has: ['一、概述', '主动公开政府信息数\t条\t425'],
    not: ['政务公开', '版权所有'],
    tableRows: 4,
  },
];

describe('shapes without a single wrapping element', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))('%s is read whole', async (_name, s) => {
    const doc = await extractBytes('shape.html', Buffer.from(s.html, 'utf8'));
    for (const t of s.has) expect(doc.text, t).toContain(t);
    const prose = paragraphs(doc).join('\n');
    for (const t of s.not ?? []) expect(prose, t).not.toContain(t);
    expect(tables(doc).reduce((n, t) => n + t.rows.length, 0)).toBe(s.tableRows ?? 0);
  });

  it('reads the figures of a fragment’s table', async () => {
    const file = path.join(DEV, 'raw', 'pt2011_syq.html');
    const doc = await extractBytes(file, Buffer.from('<p>平潭综合实验区2011年政府信息公开工作年度报告</p>' + PROSE + TABLE, 'utf8'));
    const got = metricsOf(transform(doc, file));
    expect(got['proactive.total']).toBe(425);
    expect(got['proactive.via.website']).toBe(418);
  });
});
