// HTML page → document model. Portal pages wrap the report in navigation, breadcrumbs,
// share buttons and footers; none of that may become a paragraph of the report. We drop
// chrome by tag and by class/id, then keep the smallest element that holds most of the
// page's non-link text (the article), and walk it in document order. A fragment (CMS
// exports, crawler archives: no <html> or <body>) is searched from the document itself.
// htmlparser2 builds the tree and domutils walks it: plain loops over the nodes, no CSS
// selector engine (cheerio's selectors were a third of the time of a portal page).
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, removeElement, textContent } from 'domutils';
import type { AnyNode, Document, Element } from 'domhandler';
import type { Block } from '../model.js';
import { normalizeText } from '../normalize.js';
import { expandGrid, gridText, type SourceCell } from './html-grid.js';

const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'nav',
  'header',
  'footer',
  'form',
  'select',
  'button',
  'object',
  'embed',
  'svg',
  'canvas',
  'template',
]);
const CHROME =
  /(^|[-_\s])(nav|navbar|menu|breadcrumb|crumbs?|footer|foot|header|head_?top|topbar|share|bdshare|related|relnews|sidebar|toolbar|copyright|position|location|weizhi|bottom|print|fontsize|search|login|QRcode|erweima)([-_\s\d]|$)/i;
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'main',
  'blockquote',
  'center',
  'dd',
  'dt',
  'dl',
  'pre',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'body',
  'font',
]);
const BREADCRUMB_TEXT = /^(您的位置|当前位置|您现在的位置|所在位置)/;
/** Blocks that are prose of the article, never a wrapper around it. */
const PROSE_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'pre']);

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const named =
  (...names: string[]) =>
  (e: Element) =>
    names.includes(e.name);
/** The first element of that name under `root`, in document order. */
const first = (root: Document | Element, name: string) => findOne(named(name), root.children, true) ?? undefined;

/** What the article is looked for in: an element, or the document of a fragment. */
type Container = Document | Element;

interface Weight {
  /** Non-space characters of text in the subtree. */
  all: number;
  /** Those inside links: link text is chrome-like (menus, related lists). */
  links: number;
  hasTable: boolean;
  hasContentTable: boolean;
}

/**
 * Every element's text weight, in one post-order pass without recursion: a hostile page
 * nests 100,000 divs, and weighing each level's subtree again would be quadratic.
 */
function weigh(root: Container): Map<Container, Weight> {
  const w = new Map<Container, Weight>();
  const stack: Array<[Container, boolean]> = [[root, false]];
  while (stack.length) {
    const [el, done] = stack.pop()!;
    if (!done) {
      stack.push([el, true]);
      for (const c of el.children) if (isElement(c)) stack.push([c, false]);
      continue;
    }
    const sum: Weight = { all: 0, links: 0, hasTable: false, hasContentTable: false };
    for (const c of el.children) {
      if (c.type === 'text') sum.all += (c as unknown as { data: string }).data.replace(/\s+/g, '').length;
      else if (isElement(c)) {
        const cw = w.get(c)!;
        sum.all += cw.all;
        sum.links += cw.links;
        sum.hasTable ||= cw.hasTable || c.name === 'table';
        sum.hasContentTable ||= cw.hasContentTable || (c.name === 'table' && isContentTable(c, cw));
      }
    }
    if (isElement(el) && el.name === 'a') sum.links = sum.all;
    w.set(el, sum);
  }
  return w;
}

const textWeight = (w: Weight | undefined) => (w ? w.all - w.links : 0);

/**
 * Descend while one child holds nearly all of the text: that child is the article. Without
 * a <body> (a fragment) the search starts from the document, so every top-level node counts.
 */
function contentRoot(doc: Document): Container {
  let node: Container = first(doc, 'body') ?? doc;
  const w = weigh(node);
  for (;;) {
    const total = textWeight(w.get(node));
    const kids = node.children.filter(isElement).filter((k) => k.name !== 'table' || w.get(k)!.hasTable);
    let best: Element | undefined;
    let bestW = 0;
    for (const k of kids) {
      const kw = textWeight(w.get(k));
      if (kw > bestW) {
        best = k;
        bestW = kw;
      }
    }
    if (!best || total === 0 || bestW < total * 0.8) return node;
    // an annexed table (附件：统计表) sitting beside the prose is part of the report
    if (kids.some((k) => k !== best && (w.get(k)!.hasContentTable || (k.name === 'table' && isContentTable(k, w.get(k)!))))) return node;
    if (PROSE_TAGS.has(best.name) && hasProseBeside(node, best, w)) return node;
    node = best;
  }
}

/**
 * A long paragraph beside a title, shorter paragraphs, bare text or a small table is one
 * block of an article without a wrapper (a fragment, or a body of sibling blocks): reading
 * only that paragraph would drop the rest of the report.
 */
function hasProseBeside(parent: Container, block: Element, w: Map<Container, Weight>): boolean {
  return parent.children.some((c) => {
    if (c === block) return false;
    if (c.type === 'text') return /\S/.test((c as unknown as { data: string }).data);
    return isElement(c) && (PROSE_TAGS.has(c.name) || c.name === 'table') && textWeight(w.get(c)) > 0;
  });
}

/** Text of a cell with <br> and <p> kept as line breaks. */
function cellText(el: Element): string {
  const parts: string[] = [];
  // iterative: the entry marks where a block element's text closes
  const stack: Array<AnyNode | '\n'> = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n === '\n') parts.push('\n');
    else if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (isElement(n)) {
      if (n.name === 'br') parts.push('\n');
      const block = n.name === 'p' || n.name === 'div';
      if (block) {
        parts.push('\n');
        stack.push('\n');
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return normalizeText(parts.join(''))
    .split('\n')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** A data table holds no tables and no long prose cells; other tables are page layout. */
function isDataTable(el: Element): boolean {
  if (first(el, 'table')) return false;
  return findAll(named('td', 'th'), el.children).every((td) => textContent(td).length < 400);
}

/** A data table of the report rather than of the page: real text, few links. */
function isContentTable(el: Element, w: Weight): boolean {
  return !w.hasTable && w.all >= 50 && textWeight(w) >= w.all * 0.7 && findAll(named('tr'), el.children).length >= 3 && isDataTable(el);
}

function tableRows(el: Element): SourceCell[][] {
  return findAll(named('tr'), el.children).map((tr) =>
    tr.children
      .filter(isElement)
      .filter(named('td', 'th'))
      .map((td) => ({
        text: cellText(td),
        rowspan: Number.parseInt(td.attribs.rowspan ?? '1', 10) || 1,
        colspan: Number.parseInt(td.attribs.colspan ?? '1', 10) || 1,
      })),
  );
}

export interface HtmlContent {
  text: string;
  blocks: Block[];
  title?: string;
  /** Visible text of the whole page (chrome included), for metadata fields. */
  pageText: string;
}

export interface ReadHtmlOptions {
  /** The HTML is a converted document (DOCX), not a portal page: no chrome to strip. */
  wholeDocument?: boolean;
}

/** Deeper than any real page; beyond it recursive DOM helpers (textContent) overflow the stack. */
export const MAX_HTML_DEPTH = 1000;

function depthOf(root: AnyNode): number {
  let max = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_HTML_DEPTH) return max;
    if ('children' in n) for (const c of (n as Element).children) stack.push([c, d + 1]);
  }
  return max;
}

// elements a page may leave open or that never close: they do not deepen the tree
const NO_DEPTH = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'option',
  'dt',
  'dd',
  'br',
  'img',
  'hr',
  'meta',
  'link',
  'input',
  'col',
  'area',
  'base',
  'wbr',
  'source',
  'embed',
  'param',
  'track',
]);

/**
 * Nesting depth from the raw tags, before parsing: the parser's cost grows with the square
 * of the depth (100,000 nested divs take seconds), so a hostile page is refused up front.
 */
function rawDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (NO_DEPTH.has(m[2]!.toLowerCase()) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

function parsePage(html: string): Document {
  if (rawDepth(html) > MAX_HTML_DEPTH * 5) throw new Error(`elements nested more than ${MAX_HTML_DEPTH} levels deep: not a report page`);
  const doc = parseDocument(html, { decodeEntities: true });
  if (depthOf(doc) > MAX_HTML_DEPTH) throw new Error(`elements nested more than ${MAX_HTML_DEPTH} levels deep: not a report page`);
  return doc;
}

const dropTags = (doc: Document) => {
  for (const el of findAll((e) => DROP_TAGS.has(e.name), doc.children)) removeElement(el);
};

/** Elements whose class or id names them navigation, breadcrumbs, footers and the like. */
const dropChrome = (doc: Document) => {
  const chrome = (e: Element) =>
    e.name !== 'body' &&
    e.name !== 'html' &&
    (e.attribs.class !== undefined || e.attribs.id !== undefined) &&
    CHROME.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`);
  for (const el of findAll(chrome, doc.children)) removeElement(el);
};

/** The node a page's report is read from, chrome dropped (tests build fragments of its children). */
export function articleRoot(html: string): Document | Element {
  const doc = parsePage(html);
  dropTags(doc);
  dropChrome(doc);
  return contentRoot(doc);
}

export function readHtml(html: string, opts: ReadHtmlOptions = {}): HtmlContent {
  const doc = parsePage(html);
  const titleEl = first(doc, 'title');
  const title = (titleEl && normalizeText(textContent(titleEl)).replace(/\s+/g, ' ').trim()) || undefined;
  dropTags(doc);
  const body = first(doc, 'body');
  const pageText = normalizeText((body && textContent(body)) || textContent(doc)).replace(/[ \t]+/g, ' ');
  if (!opts.wholeDocument) dropChrome(doc);
  const root: Container = opts.wholeDocument ? (body ?? doc) : contentRoot(doc);

  const blocks: Block[] = [];
  let text = '';
  let line = '';
  const flush = () => {
    const t = normalizeText(line).replace(/\s+/g, ' ').trim();
    line = '';
    if (!t || BREADCRUMB_TEXT.test(t)) return;
    if (text) text += '\n';
    blocks.push({ kind: 'paragraph', text: t, offset: text.length });
    text += t;
  };
  const addTable = (el: Element) => {
    flush();
    const grid = expandGrid(tableRows(el)).filter((r) => r.some((c) => c.text));
    if (!grid.length) return;
    const table = gridText(text, grid);
    text = table.text;
    blocks.push(table.block);
  };
  // document order without recursion; an `exit` entry closes a block element's paragraph
  // a document (a fragment read whole) is walked from its top-level nodes
  const starts: AnyNode[] = isElement(root) ? [root] : [...root.children].reverse();
  const stack: Array<{ node: AnyNode; exit?: boolean }> = starts.map((node) => ({ node }));
  while (stack.length) {
    const { node: n, exit } = stack.pop()!;
    if (exit) {
      flush();
      continue;
    }
    if (n.type === 'text') {
      line += (n as unknown as { data: string }).data;
      continue;
    }
    if (!isElement(n)) continue;
    if (n.name === 'table' && isDataTable(n)) {
      addTable(n);
      continue;
    }
    if (n.name === 'br') {
      flush();
      continue;
    }
    if (BLOCK_TAGS.has(n.name) || n.name === 'table') {
      flush();
      stack.push({ node: n, exit: true });
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i]! });
  }
  flush();
  return { text, blocks, title, pageText };
}
