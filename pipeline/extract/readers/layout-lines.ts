// One line of `pdftotext -layout` text cut into fragments: runs of text that a gap of two or
// more spaces separates. pdftotext pads with one space per character whatever its width (a
// CJK character counts as one column, as a digit does), so `x` is a character index, and
// only lines laid out in the same pdftotext block share a grid (layout-grid.ts checks that).
// Figures at the end of a line are the row's value cells; what is before them are labels.

export interface Frag {
  /** Character column where the fragment starts (form feed not counted) and ends (exclusive). */
  x: number;
  end: number;
  text: string;
  /** Offset of the fragment's first character in the decoded text. */
  offset: number;
}

export type LineKind = 'blank' | 'furniture' | 'text' | 'row' | 'other';

export interface LayoutLine {
  /** Index of the line in the text. */
  index: number;
  /** The line opens a page (pdftotext writes a form feed before a page's first line). */
  ff: boolean;
  kind: LineKind;
  /** Two or more fragments: the line has a column gap. */
  gap: boolean;
  labels: Frag[];
  values: Frag[];
}

// a figure cell: a count, a signed change, money, a percentage, or "/" "—" (not applicable)
const FIGURE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?(?:%| ?元| ?万元)?|\/|—+|－)$/;
// "- 5 -", "—5—", "第 5 页", "第5页 共6页", "5 / 6": page furniture, never a table row
const FURNITURE = /^(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

// the unit column of the old statistics table (统计指标 | 单位 | 统计数)
const UNIT = '(?:条|件|次|篇|个|人次|人|项|份|万元|元)';
const UNIT_CELL = new RegExp(`^${UNIT}$`);
// "件0": pdftotext glues a unit cell to the figure cell beside it
const UNIT_FIGURE = new RegExp(`^(${UNIT})([-+]?\\d[\\d,]*(?:\\.\\d+)?)$`);

/** An item number that starts a label cell: "1." "1、" "(1)" "(三" "(三)" "四、", or a "("
 * alone (the top of "(三)不予公开" written one character a line). */
export const MARKER = /^(?:\d{1,2}\s*[.、]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)?|[一二三四五六七八九十]{1,3}、|\($)/;
// "三、本年 (一)予以公开": two label cells one space apart; "1. 政府公报…" is one cell
const CELL_START = /^(?:\d{1,2}[.、]\S|\(\d{1,2}\)\S|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、\S)/;

/** Splits a label fragment before each token that starts a new numbered cell. */
function splitCells(f: Frag): Frag[] {
  const out: Frag[] = [f];
  for (const m of f.text.matchAll(/ (?=\S)/g)) {
    if (!CELL_START.test(f.text.slice(m.index! + 1))) continue;
    const cur = out.pop()!;
    const cut = f.x + m.index! - cur.x;
    out.push({ ...cur, end: cur.x + cut, text: cur.text.slice(0, cut) });
    out.push({ x: f.x + m.index! + 1, end: f.end, text: f.text.slice(m.index! + 1), offset: f.offset + m.index! + 1 });
  }
  return out;
}

function splitUnitFigure(f: Frag): Frag[] {
  const m = UNIT_FIGURE.exec(f.text);
  if (!m) return [f];
  const n = m[1]!.length;
  return [
    { x: f.x, end: f.x + n, text: m[1]!, offset: f.offset },
    { x: f.x + n, end: f.end, text: m[2]!, offset: f.offset + n },
  ];
}

/** Splits "行政规范性文件 0" (a single space before the figure) into label and figure. */
function splitTrailingFigures(f: Frag): Frag[] {
  // "18015616.90 元": the unit stays with its figure
  const toks = f.text.split(' ').reduce<string[]>((out, t) => {
    if (/^万?元$/.test(t) && out.length && /\d$/.test(out[out.length - 1]!)) out[out.length - 1] += ` ${t}`;
    else out.push(t);
    return out;
  }, []);
  let k = toks.length;
  while (k > 0 && FIGURE.test(toks[k - 1]!)) k--;
  if (k === toks.length) return [f];
  const out: Frag[] = [];
  let pos = 0;
  if (k > 0) {
    const head = toks.slice(0, k).join(' ');
    out.push({ x: f.x, end: f.x + head.length, text: head, offset: f.offset });
    pos = head.length + 1;
  }
  for (const t of toks.slice(k)) {
    out.push({ x: f.x + pos, end: f.x + pos + t.length, text: t, offset: f.offset + pos });
    pos += t.length + 1;
  }
  return out;
}

export function parseLine(raw: string, offset: number, index: number): LayoutLine {
  const ff = raw.startsWith('\f');
  const text = ff ? raw.slice(1) : raw;
  const base = ff ? offset + 1 : offset;
  const line: LayoutLine = { index, ff, kind: 'other', gap: false, labels: [], values: [] };
  // a long line is prose or a crawler dump, never a table row: no regex runs over it
  if (text.length > 300 || text.includes('\t') || text.includes('\f')) return line;
  const trimmed = text.trim();
  if (!trimmed) return { ...line, kind: 'blank' };
  if (FURNITURE.test(trimmed)) return { ...line, kind: 'furniture' };
  const frags: Frag[] = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) frags.push({ x: m.index!, end: m.index! + m[0].length, text: m[0], offset: base + m.index! });
  line.gap = frags.length > 1;
  if (line.gap) frags.push(...splitUnitFigure(frags.pop()!));
  // the trailing figures, right to left: a fragment may hold several ("1147 148": one space
  // between two cells), or a label and a figure ("行政规范性文件 0")
  const head = frags;
  const tail: Frag[] = [];
  while (head.length) {
    const split = splitTrailingFigures(head.pop()!);
    while (split.length && FIGURE.test(split[split.length - 1]!.text)) tail.unshift(split.pop()!);
    if (split.length) {
      head.push(...split);
      break;
    }
  }
  line.labels = head.flatMap(splitCells);
  line.values = tail;
  // "3. 政务微博公开政府信息数      条": a label and its unit, the figure cell left blank
  const unitRow = head.length > 1 && UNIT_CELL.test(head[head.length - 1]!.text);
  line.kind = tail.length || unitRow ? 'row' : 'text';
  return line;
}

/**
 * Section headings ("四、政府信息公开行政复议、行政诉讼情况") end a table; 表三's own 一、…四、
 * labels do not, though a row left all blank has no figure to tell it from a heading.
 */
export function isHeading(l: LayoutLine): boolean {
  if (l.kind !== 'text' || l.labels.length !== 1) return false;
  const t = l.labels[0]!.text.replace(/\s+/g, '');
  return /^[一二三四五六七八九十]+、\S{5,}$/.test(t) && !/本年度办理结果|本年新收|上年结转|结转下年度/.test(t);
}

/** A label-only line short enough to be a table cell's text (prose lines run the page width). */
export const isShortText = (l: LayoutLine, max = 24) => l.kind === 'text' && l.labels.reduce((n, f) => n + f.text.length, 0) <= max;
