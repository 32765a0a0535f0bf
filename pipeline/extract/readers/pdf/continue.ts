// A table cut by a page break, put back together: the continuation's columns re-cut to the
// finer of the two pages' boundaries, a label row split across the break mended, and merged
// label cells that go on over the break given their whole text.
import type { Cell } from '../../model.js';

const near = (a: number, b: number) => Math.abs(a - b) <= 3;
const within = (xs: number[], of: number[]) => xs.every((x) => of.some((y) => near(x, y)));

/**
 * The column boundaries of a table and its continuation on the next page, when they are one
 * table: the same outer edges, and one page's boundaries a subset of the other's (a page of
 * 表三 without the 不予公开 sub-rows lacks a boundary the next page has).
 */
export function joinedColumns(a: number[], b: number[]): number[] | undefined {
  if (!near(a[0]!, b[0]!) || !near(a[a.length - 1]!, b[b.length - 1]!)) return undefined;
  if (within(a, b)) return b;
  if (within(b, a)) return a;
  return undefined;
}

/** Rows re-cut to finer column boundaries: a cell over several new columns spans them. */
export function refit(rows: Cell[][], from: number[], to: number[]): Cell[][] {
  if (from.length === to.length) return rows;
  return rows.map((row) =>
    row.flatMap((cell, j) => {
      const inside = to.filter((x) => x >= from[j]! - 3 && x < from[j + 1]! - 3).length;
      return [cell, ...Array.from({ length: Math.max(0, inside - 1) }, (): Cell => ({ text: cell.text, span: cell.span === 'row' ? 'row' : 'col' }))];
    }),
  );
}

/** A label that opens a new item: 三、 (四) 1. */
const ENUMERATED = /^\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]/;
const hasNumber = (cells: Cell[]) => cells.some((c) => /^\s*[-+]?\d[\d,.]*\s*$/.test(c.text));

const rowKey = (cells: Cell[]) => [...new Set(cells.map((c) => c.text.replace(/\s+/g, '')).filter(Boolean))].join('|');

/**
 * A continuation's leading rows that repeat the table's header (Word's 标题行重复, a
 * browser's <thead>): the header rows are the table's rows before its first figure.
 */
export function withoutRepeatedHeader(before: Cell[][], rows: Cell[][]): Cell[][] {
  const firstData = before.findIndex(hasNumber);
  const header = new Set(before.slice(0, firstData < 0 ? 0 : firstData).map(rowKey));
  let k = 0;
  while (k < rows.length && !hasNumber(rows[k]!) && header.has(rowKey(rows[k]!))) k++;
  return k ? rows.slice(k) : rows;
}

/**
 * The rows of a table's continuation on the next page, mended where the page break cut:
 * a row holding only the rest of a wrapped label is the previous row's text, and a merged
 * label cell that goes on from the previous page (an empty cell spanning rows at the top)
 * carries the label it continues.
 */
export function continuation(before: Cell[][], rows: Cell[][]): Cell[][] {
  const last = before[before.length - 1];
  const out = rows.map((r) => r.map((c) => ({ ...c })));
  const done = new Set<number>();
  if (last && out.length && !hasNumber(out[0]!) && hasNumber(last)) {
    out[0]!.forEach((c, k) => {
      const target = last[k];
      if (!c.text || !target || c.span) return;
      const part = target.text;
      const whole = part + c.text;
      // the cell may be merged over rows on both pages: every copy takes the whole text
      for (let r = before.length - 1; r >= 0 && before[r]![k]!.text === part; r--) before[r]![k]!.text = whole;
      for (let r = 1; r < out.length && out[r]![k]!.span === 'row' && out[r]![k]!.text === c.text; r++) out[r]![k]!.text = whole;
      for (let j = k + 1; last[j]?.span === 'col' && last[j]!.text === part; j++) last[j]!.text = whole;
      done.add(k);
    });
    out.shift();
  }
  if (!last || !out.length) return out;
  out[0]!.forEach((c, k) => {
    const above = last[k];
    if (done.has(k)) return;
    // a merged label cut by the page break ("三、本年度办理结" | "果"): the tail starts no
    // new item, so it is the same cell; both halves take the whole label
    if (c.text && above?.text && above.span === 'row' && out[1]?.[k]?.span === 'row' && !ENUMERATED.test(c.text) && !/^\s*[-+]?\d/.test(c.text)) {
      const part = above.text;
      const whole = `${part}${c.text}`;
      for (let r = before.length - 1; r >= 0 && before[r]![k]!.text === part; r--) before[r]![k]!.text = whole;
      for (let r = 0; r < out.length && (r === 0 || out[r]![k]!.span === 'row'); r++) out[r]![k]!.text = whole;
      return;
    }
    // an empty region that spans rows at the top of the page: the label cell goes on
    if (c.text || !above?.text || (c.span !== 'row' && out[1]?.[k]?.span !== 'row')) return;
    for (let r = 0; r < out.length && (r === 0 || out[r]![k]!.span === 'row') && !out[r]![k]!.text; r++) out[r]![k] = { text: above.text, span: 'row' };
  });
  return out;
}
