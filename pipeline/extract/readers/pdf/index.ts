// PDF with a text layer → paragraphs and tables, each with its page number. Tables come from
// ruling lines (grid.ts); text outside them becomes lines and paragraphs (lines.ts), where a
// table without rulings is read as layout text (layout.ts, ../layout-text.ts) and other
// aligned columns become tab-separated rows. Page numbers and running
// headers/footers are dropped; a table cut by a page break is joined to its continuation.
// A PDF whose pages carry images but (almost) no text is a scan: status needs_ocr.
// Damage MuPDF saw on the way (a rebuilt xref, broken objects or fonts, a page it could not
// read, characters it could not map) is returned as `damage` notes (damage.ts); a damaged
// file that gives no text at all is corrupt.
import { ExtractError } from '../../errors.js';
import type { Block, Cell, TableRow } from '../../model.js';
import { normalizeText } from '../../normalize.js';
import type { Reader } from '../index.js';
import { continuation, joinedColumns, refit, withoutRepeatedHeader } from './continue.js';
import { findTables, type PdfTable } from './grid.js';
import { pageContent, type PageContent } from './items.js';
import { columnWidth, layoutLine } from './layout.js';
import { charConfOf, confChars, confOf, joinLine, paragraphs, toLines, type TextLine } from './lines.js';
import { findLayoutTables } from '../layout-text.js';
import { damageNotes } from './damage.js';
import { MAX_PAGES, openPdf, pageCount, wasRepaired, withMuPdfLog, type PdfDocument } from './load.js';

type Flow = { kind: 'line'; line: TextLine } | { kind: 'table'; table: PdfTable } | { kind: 'columns'; rows: Cell[][] };
export interface Page {
  number: number;
  height: number;
  flow: Flow[];
}

const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4})?(\s*共\s*\d{1,4}\s*页)?[-—–\s]*$/;
const margin = (p: Page, y: number) => y > p.height * 0.92 || y < p.height * 0.08;
const shape = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, '');
/** Two or more figures and nothing else. */
const FIGURES = /^\s*[-+]?\d[\d,.]*(?:\s+[-+]?\d[\d,.]*)+\s*$/;

function readPage(doc: PdfDocument, n: number): Page & { chars: number; images: number } {
  const page = doc.loadPage(n - 1);
  let content;
  try {
    content = pageContent(page);
  } finally {
    page.destroy();
  }
  return { ...pageFlow(content, n), chars: content.chars, images: content.images };
}

/** A page's characters and rulings (from the text layer, or from OCR) as lines and tables in reading order. */
export function pageFlow(content: PageContent, n: number): Page {
  const { tables, used } = findTables(content.horizontal, content.vertical, content.items);
  // space glyphs LibreOffice puts around Latin digits ("224 条") are layout, not text
  const free = content.items.filter((it) => !used.has(it) && it.text.trim());
  const raw = toLines(free);
  const lines = raw
    .map((l) => {
      const conf = confOf(l.items);
      const text = normalizeText(joinLine(l, true));
      const charConf = charConfOf(l.items, text);
      return { text, y: l.y, x: l.x, right: l.right, size: l.size, raw: l, ...(conf !== undefined ? { conf } : {}), ...(charConf ? { charConf } : {}) };
    })
    .filter((l) => l.text);
  // the text's margins; OCR's from most lines, not the outermost (a speck, a character set
  // apart by a slanted scan)
  const ocr = lines.some((l) => l.conf !== undefined);
  const left = ocr
    ? quantile(
        lines.map((l) => l.x),
        0.1,
      )
    : Math.min(...lines.map((l) => l.x));
  const right = ocr
    ? quantile(
        lines.map((l) => l.right),
        0.9,
      )
    : Math.max(...lines.map((l) => l.right));
  const unit = columnWidth(raw);
  // lines and tables interleave by height on the page; paragraphs form between tables
  const flow: Flow[] = [];
  let pending: typeof lines = [];
  const flush = () => {
    // a table without ruling lines: its lines, written out as layout text, line up in columns
    let from = 0;
    const asText = pending.map((l) => ({ text: normalizeText(layoutLine(l.raw, left, unit)), offset: 0 }));
    for (const t of findLayoutTables(asText)) {
      for (const line of paragraphs(pending.slice(from, t.start), left, right)) flow.push({ kind: 'line', line });
      flow.push({ kind: 'columns', rows: t.table.rows.map((r) => r.cells) });
      from = t.end;
    }
    for (const line of paragraphs(pending.slice(from), left, right)) flow.push({ kind: 'line', line });
    pending = [];
  };
  const sortedTables = [...tables].sort((a, b) => b.top - a.top);
  for (const l of lines) {
    while (sortedTables.length && sortedTables[0]!.top > l.y) {
      flush();
      flow.push({ kind: 'table', table: sortedTables.shift()! });
    }
    pending.push(l);
  }
  flush();
  for (const t of sortedTables) flow.push({ kind: 'table', table: t });
  return { number: n, height: content.height, flow };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

/** Page numbers, and header/footer lines that repeat across pages in the margins. */
function dropFurniture(pages: Page[]): void {
  const seen = new Map<string, number>();
  for (const p of pages)
    for (const f of p.flow) if (f.kind === 'line' && margin(p, f.line.y)) seen.set(shape(f.line.text), (seen.get(shape(f.line.text)) ?? 0) + 1);
  for (const p of pages) {
    p.flow = p.flow.filter((f) => {
      if (f.kind !== 'line' || !margin(p, f.line.y)) return true;
      if (PAGE_NUMBER.test(f.line.text)) return false;
      // a running header or footer: the same line (page numbers aside) in the margin of several pages
      return pages.length < 2 || (seen.get(shape(f.line.text)) ?? 0) < 2;
    });
  }
}

/** The pages' lines and tables as the document's parts: running headers dropped, a table cut by a page break joined. */
export function assemble(pages: Page[]): { text: string; blocks: Block[] } {
  dropFurniture(pages);
  // first the report's parts in order, tables joined across pages; then the text and offsets
  type Part =
    | { kind: 'para'; text: string; page: number; conf?: number; charConf?: number[] }
    | { kind: 'table'; layout: 'grid' | 'tsv' | 'columns'; rows: Cell[][]; page: number; xs?: number[] };
  const parts: Part[] = [];
  let open: Extract<Part, { kind: 'table' }> | undefined;
  for (const p of pages) {
    p.flow.forEach((f, i) => {
      if (f.kind === 'columns') {
        open = undefined;
        parts.push({ kind: 'table', layout: 'columns', rows: f.rows, page: p.number });
        return;
      }
      if (f.kind === 'table') {
        // a table that ends one page and opens the next with the same columns is one table
        const xs = open?.xs && i === 0 ? joinedColumns(open.xs, f.table.xs) : undefined;
        if (open?.xs && xs) {
          open.rows = refit(open.rows, open.xs, xs);
          open.rows.push(...continuation(open.rows, withoutRepeatedHeader(open.rows, refit(f.table.rows, f.table.xs, xs))));
          open.xs = xs;
          return;
        }
        open = { kind: 'table', layout: 'grid', rows: f.table.rows.map((r) => r.map((c) => ({ ...c }))), page: p.number, xs: f.table.xs };
        parts.push(open);
        return;
      }
      open = undefined;
      if (f.line.text.includes('\t')) {
        // figures a narrow gap apart inside one tab cell ("313 0") are cells of their own: the
        // readers take a row only when it has as many figures as the template has columns
        const conf = f.line.conf !== undefined ? { conf: f.line.conf } : {};
        const cells = f.line.text
          .split('\t')
          .flatMap((t) => (FIGURES.test(t) ? t.trim().split(/\s+/) : [t.trim()]))
          .map((text) => ({ text, ...conf }));
        const prev = parts[parts.length - 1];
        // consecutive aligned lines form one table
        if (prev?.kind === 'table' && prev.layout === 'tsv') prev.rows.push(cells);
        else parts.push({ kind: 'table', layout: 'tsv', rows: [cells], page: p.number });
      } else {
        const { conf, charConf } = f.line;
        parts.push({ kind: 'para', text: f.line.text, page: p.number, ...(conf !== undefined ? { conf } : {}), ...(charConf ? { charConf } : {}) });
      }
    });
    // a page that ends in prose closes any table
    if (p.flow.length && p.flow[p.flow.length - 1]!.kind !== 'table') open = undefined;
  }
  const blocks: Block[] = [];
  let text = '';
  for (const part of parts) {
    if (part.kind === 'para') {
      if (text) text += '\n';
      const { conf, charConf } = part;
      // each character's confidence, only where it still lines up with the paragraph's characters
      const aligned = charConf && confChars(part.text) === charConf.length ? { charConf } : {};
      blocks.push({ kind: 'paragraph', text: part.text, offset: text.length, page: part.page, ...(conf !== undefined ? { conf } : {}), ...aligned });
      text += part.text;
      continue;
    }
    const rows: TableRow[] = part.rows.map((cells) => {
      if (text) text += '\n';
      const offset = text.length;
      text += cells
        .filter((c) => c.span !== 'col')
        .map((c) => c.text.replace(/\n/g, ' '))
        .join('\t');
      return { cells, offset };
    });
    blocks.push({ kind: 'table', layout: part.layout, rows, offset: rows[0]!.offset, page: part.page });
  }
  return { text, blocks };
}

export const readPdf: Reader = (bytes, file) =>
  withMuPdfLog((log) => {
    const doc = openPdf(bytes, file);
    try {
      const numPages = pageCount(doc, file);
      if (numPages > MAX_PAGES) throw new ExtractError('failed', file, `PDF has ${numPages} pages, more than the ${MAX_PAGES} a report can have; not read`);
      const pages: Page[] = [];
      const pageChars: number[] = [];
      const failedPages: Array<{ page: number; reason: string }> = [];
      let chars = 0;
      let images = 0;
      for (let n = 1; n <= numPages; n++) {
        log.page = n;
        let p;
        try {
          p = readPage(doc, n);
        } catch (err) {
          // a page MuPDF cannot read is a damage note; the other pages are still read. MuPDF throws
          // plain Errors (or strings); a TypeError or a WebAssembly crash is no page's damage
          if (err instanceof Error && err.constructor !== Error) throw err;
          failedPages.push({ page: n, reason: (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim() });
          p = { number: n, height: 0, flow: [], chars: 0, images: 0 };
        }
        chars += p.chars;
        images += p.images;
        pageChars.push(p.chars);
        pages.push(p);
      }
      log.page = undefined;
      // a scan first: scanners' files often need MuPDF's repair too, and they are scans, not damage
      if (chars < 20 * numPages && images > 0) {
        throw new ExtractError('needs_ocr', file, `scanned PDF: ${numPages} page(s) of images with ${chars} characters of text; it needs OCR (run with --ocr)`);
      }
      if (chars === 0 && wasRepaired(doc)) {
        throw new ExtractError('failed', file, 'corrupt or truncated PDF: its structure is damaged (it had to be repaired) and no text could be read from it');
      }
      if (chars === 0 && failedPages.length) {
        const which =
          failedPages.length === numPages
            ? `none of its ${numPages} page(s) could be read`
            : `${failedPages.length} of its ${numPages} pages could not be read and the others have no text`;
        throw new ExtractError('failed', file, `corrupt PDF: ${which} (MuPDF: ${failedPages[0]!.reason})`);
      }
      const { text, blocks } = assemble(pages);
      log.flush();
      const damage = damageNotes({ log: log.entries, repaired: wasRepaired(doc), failedPages, pageChars, text });
      return { text, blocks, encoding: 'pdf', replacementChars: (text.match(/\uFFFD/g) ?? []).length, ...(damage.length ? { damage } : {}) };
    } finally {
      doc.destroy();
    }
  });
