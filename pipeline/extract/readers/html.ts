// HTML page → document model. Portal pages wrap the report in navigation, breadcrumbs,
// share buttons and footers; none of that may become a paragraph of the report. We drop
// chrome by tag and by class/id, then keep the smallest element that holds most of the
// page's non-link text (the article), and walk it in document order.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, TableRow } from '../model.js';
import { normalizeText } from '../normalize.js';
import { expandGrid, type SourceCell } from './html-grid.js';

const DROP_TAGS = 'script,style,noscript,iframe,nav,header,footer,form,select,button,object,embed,svg,canvas,template';
const CHROME = /(^|[-_\s])(nav|navbar|menu|breadcrumb|crumbs?|footer|foot|header|head_?top|topbar|share|bdshare|related|relnews|sidebar|toolbar|copyright|position|location|weizhi|bottom|print|fontsize|search|login|QRcode|erweima)([-_\s\d]|$)/i;
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main', 'blockquote', 'center', 'dd', 'dt', 'dl', 'pre', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'body', 'font']);
const BREADCRUMB_TEXT = /^(您的位置|当前位置|您现在的位置|所在位置)/;

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Non-link text length: link text is chrome-like (menus, related lists). */
function textWeight($: cheerio.CheerioAPI, el: Element): number {
  const all = $(el).text().replace(/\s+/g, '').length;
  const links = $(el).find('a').text().replace(/\s+/g, '').length;
  return all - links;
}

/** Descend while one child holds nearly all of the text: that child is the article. */
function contentRoot($: cheerio.CheerioAPI): Element {
  let node = $('body').get(0) ?? ($.root().children().get(0) as Element);
  for (;;) {
    const total = textWeight($, node);
    const kids = $(node).children().toArray().filter((k) => k.name !== 'table' || $(k).find('table').length > 0);
    let best: Element | undefined;
    let bestW = 0;
    for (const k of kids) {
      const w = textWeight($, k);
      if (w > bestW) (best = k), (bestW = w);
    }
    if (!best || total === 0 || bestW < total * 0.8) return node;
    // an annexed table (附件：统计表) sitting beside the prose is part of the report
    if (kids.some((k) => k !== best && $(k).find('table').toArray().some((t) => isContentTable($, t)))) return node;
    node = best;
  }
}

/** Text of a cell with <br> and <p> kept as line breaks. */
function cellText($: cheerio.CheerioAPI, el: Element): string {
  const parts: string[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (isElement(n)) {
      if (n.name === 'br') parts.push('\n');
      const block = n.name === 'p' || n.name === 'div';
      if (block) parts.push('\n');
      n.children.forEach(walk);
      if (block) parts.push('\n');
    }
  };
  el.children.forEach(walk);
  return normalizeText(parts.join(''))
    .split('\n')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** A data table holds no tables and no long prose cells; other tables are page layout. */
function isDataTable($: cheerio.CheerioAPI, el: Element): boolean {
  if ($(el).find('table').length) return false;
  return $(el).find('td,th').toArray().every((td) => $(td).text().length < 400);
}

/** A data table of the report rather than of the page: real text, few links. */
function isContentTable($: cheerio.CheerioAPI, el: Element): boolean {
  const all = $(el).text().replace(/\s+/g, '').length;
  return isDataTable($, el) && $(el).find('tr').length >= 3 && all >= 50 && textWeight($, el) >= all * 0.7;
}

function tableRows($: cheerio.CheerioAPI, el: Element): SourceCell[][] {
  return $(el)
    .find('tr')
    .toArray()
    .map((tr) =>
      $(tr)
        .children('td,th')
        .toArray()
        .map((td) => ({
          text: cellText($, td),
          rowspan: Number.parseInt($(td).attr('rowspan') ?? '1', 10) || 1,
          colspan: Number.parseInt($(td).attr('colspan') ?? '1', 10) || 1,
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

export function readHtml(html: string, opts: ReadHtmlOptions = {}): HtmlContent {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const title = normalizeText($('title').first().text()).replace(/\s+/g, ' ').trim() || undefined;
  $(DROP_TAGS).remove();
  const pageText = normalizeText($('body').text() || $.root().text()).replace(/[ \t]+/g, ' ');
  if (!opts.wholeDocument) {
    $('[class],[id]').each((_, el) => {
      const tag = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
      if (CHROME.test(tag) && (el as Element).name !== 'body' && (el as Element).name !== 'html') $(el).remove();
    });
  }
  const root = opts.wholeDocument ? (($('body').get(0) ?? $.root().get(0)) as Element) : contentRoot($);

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
    const grid = expandGrid(tableRows($, el)).filter((r) => r.some((c) => c.text));
    if (!grid.length) return;
    const rows: TableRow[] = [];
    for (const cells of grid) {
      if (text) text += '\n';
      rows.push({ cells, offset: text.length });
      // the row's text, cell by cell, is what offsets and snippets point into
      text += cells.filter((c) => c.span !== 'col').map((c) => c.text.replace(/\n/g, ' ')).join('\t');
    }
    blocks.push({ kind: 'table', layout: 'grid', rows, offset: rows[0]!.offset });
  };
  const walk = (n: AnyNode) => {
    if (n.type === 'text') {
      line += (n as unknown as { data: string }).data;
      return;
    }
    if (!isElement(n)) return;
    if (n.name === 'table') {
      if (isDataTable($, n)) return addTable(n);
    }
    if (n.name === 'br') return flush();
    const block = BLOCK_TAGS.has(n.name) || n.name === 'table';
    if (block) flush();
    n.children.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return { text, blocks, title, pageText };
}
