// HTML pieces shared by the report's sections: escaping, numbers, tables.

export const esc = (s: unknown) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

export const attr = (s: unknown) => esc(s).replace(/"/g, '&quot;');

const NUM = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A figure as a table shows it: 10,407; an absent figure is a dash. */
export const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : NUM.format(v));

export interface Cell {
  html: string;
  /** Right-aligned (a figure). */
  num?: boolean;
}

/** A table in a box that scrolls sideways on a narrow window instead of widening the page. */
export function tableHtml(head: string[], rows: Cell[][], cls = ''): string {
  const td = (c: Cell) => (c.num ? `<td class="n">${c.html}</td>` : `<td>${c.html}</td>`);
  return `<div class="scroll"><table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map(td).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

export const text = (v: unknown): Cell => ({ html: esc(v) });
export const figure = (v: number | null | undefined): Cell => ({ html: num(v), num: true });
