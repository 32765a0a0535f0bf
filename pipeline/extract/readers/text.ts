// Plain text → blocks. Recognises the table layouts real text carries:
// tab-separated rows (seed 002), Markdown pipe rows, and one cell per line ending in " |"
// with "||" padding lines (seed 004), and columns aligned by spaces (`pdftotext -layout`,
// layout-text.ts). Everything else is a paragraph per line.
import type { Block, TableRow } from '../model.js';
import { groupCellLines, type CellLine } from './cell-lines.js';
import { findLayoutTables } from './layout-text.js';

interface Line {
  text: string;
  offset: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    lines.push({ text: text.slice(start, end < 0 ? text.length : end), offset: start });
    if (end < 0) return lines;
    start = end + 1;
  }
}

const isTsv = (s: string) => s.includes('\t') && s.trim().length > 0;
const isMarkdownRow = (s: string) => /^\s*\|.*\|\s*$/.test(s) && !/^\s*\|+\s*$/.test(s);
const isMarkdownRule = (s: string) => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(s);
const isPadding = (s: string) => /^\s*\|+\s*$/.test(s);
// "规章 | 0 | 0 | 0 | |", "第二十条第(一)项 | ||||": a pipe table whose rows lost their
// leading pipe (a page's table copied as text); one cell per line ("规章 |") is another layout
const isOpenPipeRow = (s: string) => /^\s*[^|\s][^|]*\|.*\|\s*$/.test(s) && (s.match(/\|/g)?.length ?? 0) >= 2 && !(s.length > 80 && /[。；]/.test(s));
// a cell is short: a line of prose that a scraper ended with " |" (a whole report on one line)
// stays prose
const isCellLine = (s: string) => /\S\s*\|\s*$/.test(s) && !isMarkdownRow(s) && !(s.length > 80 && /[。；]/.test(s));
// "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0" / "行政许可 146" (text pulled from PDFs):
// a label with Chinese in it, then space-separated figures; or figures alone (表四's row)
const NUM = '[-+]?\\d[\\d.,]*(?:元|万元)?';
const SPACE_ROW = new RegExp(`^(.*?[\\u4e00-\\u9fa5)].*?)\\s+((?:${NUM}\\s+)*${NUM})\\s*$`);
const NUMBERS_ROW = new RegExp(`^\\s*(?:${NUM}\\s+)+${NUM}\\s*$`);
// a table row is short and ends in a figure; the cheap tests first keep the regexes off
// the 50 KB one-line crawler dumps, where their backtracking is quadratic
const isSpaceRow = (s: string) => s.length <= 400 && /[\d元]\s*$/.test(s) && !s.includes('\t') && (SPACE_ROW.test(s) || NUMBERS_ROW.test(s));
const isBareValue = (s: string) => /^\s*[-+]?[\d.,]+\s*(元|万元|%)?\s*$/.test(s);
/** A table's row label on a line of its own: short, with Chinese, no sentence in it. */
// (a unit in brackets may hold a colon: "本年收费金额(单位:万元)")
const isCellLabel = (s: string) =>
  s.trim().length <= 60 && /[\u4e00-\u9fa5]/.test(s) && !/[。；;，,：:]/.test(s.replace(/[（(][^（()）]*[)）]/g, '')) && !isBareValue(s);
/** A heading of the report ("三、收到和处理…", "（二）…"): without figures it ends a table written one cell per line. */
const isHeadingLine = (s: string) => /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/.test(s);

/** Offset of the first non-space character of a line. */
const lead = (l: Line) => l.offset + (l.text.length - l.text.trimStart().length);

function tsvRow(l: Line): TableRow {
  // trim spaces only: a trailing tab is a blank last cell (a stated 0 in a template table),
  // and a leading tab a blank first cell, so the row starts at the tab
  return {
    offset: l.offset + (l.text.length - l.text.replace(/^ +/, '').length),
    cells: l.text
      .replace(/^ +| +$/g, '')
      .split('\t')
      .map((t) => ({ text: t.trim() })),
  };
}

function spaceRow(l: Line): TableRow {
  const m = SPACE_ROW.exec(l.text);
  const label = m ? [m[1]!.trim()] : [];
  const figures = (m ? m[2]! : l.text).trim().split(/\s+/);
  return { offset: lead(l), cells: [...label, ...figures].map((text) => ({ text })) };
}

function markdownRow(l: Line): TableRow {
  const open = !l.text.trim().startsWith('|');
  const inner = l.text.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells = inner.split('|').map((t) => ({ text: t.trim() }));
  // a row that lost its leading pipe ends in the empty cells of the page's border ("规章 | 0 |
  // 0 | 0 | |"): they are no columns (a short row then fails the column count, never shifts)
  if (open) while (cells.length > 1 && !cells[cells.length - 1]!.text) cells.pop();
  return { offset: lead(l), cells };
}

export function textToBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  // the layout tables first; the other readings run on the lines between them
  let from = 0;
  for (const t of findLayoutTables(lines)) {
    readLines(lines.slice(from, t.start), blocks);
    blocks.push(t.table);
    from = t.end;
  }
  readLines(from ? lines.slice(from) : lines, blocks);
  return blocks;
}

function readLines(lines: Line[], blocks: Block[]): void {
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (isTsv(l.text)) {
      const rows: TableRow[] = [];
      // blank lines inside a tab-separated table do not end it when tabs follow
      while (i < lines.length && (isTsv(lines[i]!.text) || (!lines[i]!.text.trim() && isTsv(lines[i + 1]?.text ?? '')))) {
        if (lines[i]!.text.trim()) rows.push(tsvRow(lines[i]!));
        i++;
      }
      blocks.push({ kind: 'table', layout: 'tsv', rows, offset: rows[0]!.offset });
      continue;
    }
    if (isMarkdownRow(l.text) || (isOpenPipeRow(l.text) && isOpenPipeRow(lines[i + 1]?.text ?? ''))) {
      const rows: TableRow[] = [];
      const row = (t: string) => isMarkdownRow(t) || isMarkdownRule(t) || isOpenPipeRow(t);
      while (i < lines.length && row(lines[i]!.text)) {
        if (!isMarkdownRule(lines[i]!.text)) rows.push(markdownRow(lines[i]!));
        i++;
      }
      blocks.push({ kind: 'table', layout: 'pipe', rows, offset: rows[0]!.offset });
      continue;
    }
    // two or more such lines in a row make a table; a lone one stays a sentence
    if (isSpaceRow(l.text) && isSpaceRow(lines[i + 1]?.text ?? '')) {
      const rows: TableRow[] = [];
      while (i < lines.length && isSpaceRow(lines[i]!.text)) {
        rows.push(spaceRow(lines[i]!));
        i++;
      }
      blocks.push({ kind: 'table', layout: 'space', rows, offset: rows[0]!.offset });
      continue;
    }
    if (isCellLine(l.text) || isPadding(l.text)) {
      const cells: CellLine[] = [];
      while (i < lines.length) {
        const t = lines[i]!.text;
        if (isPadding(t)) cells.push({ kind: 'pad', offset: lead(lines[i]!) });
        else if (isCellLine(t)) cells.push({ kind: 'cell', text: t.replace(/\|\s*$/, '').trim(), offset: lead(lines[i]!) });
        // the last cell of such a table has no trailing " |"
        else if (isBareValue(t)) cells.push({ kind: 'cell', text: t.trim(), offset: lead(lines[i]!) });
        else break;
        i++;
      }
      const rows = groupCellLines(cells);
      if (rows.length) blocks.push({ kind: 'table', layout: 'cell-lines', rows, offset: rows[0]!.offset });
      continue;
    }
    // one cell per line without pipes ("一、本年新收政府信息公开申请数量" / "0" / "0" …, blank
    // lines between): a short label followed by two or more lines of a figure each is a row
    const figures = (k: number) => {
      const got: Line[] = [];
      for (let j = k + 1; j < lines.length; j++) {
        const t = lines[j]!.text;
        if (!t.trim()) continue;
        if (!isBareValue(t)) break;
        got.push(lines[j]!);
      }
      return got;
    };
    if (isCellLabel(l.text) && figures(i).length >= 2) {
      const rows: TableRow[] = [];
      // once the table has begun, header cells ("第二十条第(五)项", "信息内容") and rows of
      // one figure ("行政许可" / "0") belong to it too: 表二 is written so
      let headers: Line[] = [];
      while (i < lines.length) {
        while (i < lines.length && !lines[i]!.text.trim()) i++;
        const label = lines[i];
        if (!label || !isCellLabel(label.text)) break;
        const vals = figures(i);
        if (!vals.length) {
          // a report's heading, or a run of labels without figures, is prose again
          if (isHeadingLine(label.text) || headers.length >= 4) break;
          headers.push(label);
          i++;
          continue;
        }
        for (const h of headers) rows.push({ offset: lead(h), cells: [{ text: h.text.trim() }] });
        headers = [];
        rows.push({ offset: lead(label), cells: [label, ...vals].map((x) => ({ text: x.text.trim() })) });
        i = lines.indexOf(vals[vals.length - 1]!) + 1;
      }
      // labels after the last figures are not the table's: they are read again as paragraphs
      if (headers.length) i = lines.indexOf(headers[0]!);
      blocks.push({ kind: 'table', layout: 'cell-lines', rows, offset: rows[0]!.offset });
      continue;
    }
    if (l.text.trim()) blocks.push({ kind: 'paragraph', text: l.text.trim(), offset: lead(l) });
    i++;
  }
}
