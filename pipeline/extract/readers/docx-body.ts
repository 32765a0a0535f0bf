// The tree docx-xml.ts builds as it streams: paragraphs (their text, `null` for a line break)
// and tables (rows of cells with their spans). Where each element's content lands follows
// Word's structure, with mammoth's handling of the odd cases kept, since the model must not
// change: a paragraph whose mark is deleted joins the next one; a text box's paragraphs
// (w:pict) come after the paragraph that anchors them; a deleted row is dropped; and a
// table holding anything but rows of cells (a bookmark between rows) gets no row spans.
import { rowSpans } from './docx-spans.js';

export interface DocxPara {
  kind: 'p';
  parts: Array<string | null>;
}
export interface DocxCell {
  colSpan: number;
  /** vMerge continue (true), restart (false), none (null); rowSpan counts the cells it absorbed. */
  vMerge: boolean | null;
  rowSpan: number;
  body: DocxNode[];
}
export interface DocxTable {
  kind: 'tbl';
  rows: DocxCell[][];
  irregular: boolean;
}
export type DocxNode = DocxPara | DocxTable;

interface OpenPara extends DocxPara {
  extras: DocxNode[];
  deleted: boolean;
}
interface OpenRow {
  cells: DocxCell[];
  deleted: boolean;
}
type Frame =
  | { kind: 'blocks'; nodes: DocxNode[] }
  | { kind: 'para'; para: OpenPara }
  | { kind: 'table'; table: DocxTable }
  | { kind: 'row'; row: OpenRow; table: DocxTable }
  | { kind: 'cell'; cell: DocxCell; nodes: DocxNode[] };

/** Where nothing is kept (content mammoth read but never wrote). */
const nowhere = (): Frame => ({ kind: 'blocks', nodes: [] });

export class Body {
  readonly nodes: DocxNode[] = [];
  private frames: Frame[] = [{ kind: 'blocks', nodes: this.nodes }];
  /** Content of paragraphs whose mark was deleted, waiting for the next paragraph. */
  private pending: { parts: Array<string | null>; extras: DocxNode[] } = { parts: [], extras: [] };

  private get top(): Frame {
    return this.frames.at(-1)!;
  }

  /** Where a paragraph or table that ends now goes. */
  private place(nodes: DocxNode[]) {
    const f = this.top;
    if (f.kind === 'blocks' || f.kind === 'cell') f.nodes.push(...nodes);
    else if (f.kind === 'para') f.para.extras.push(...nodes);
    else f.table.irregular = true;
  }

  /** An element with no text where a row or a cell was expected breaks the row spans. */
  inlineElement() {
    const f = this.top;
    if (f.kind === 'table' || f.kind === 'row') f.table.irregular = true;
  }

  openParagraph(): boolean {
    this.inlineElement();
    // claimed now, so that a text box paragraph inside this one does not take it
    const para: OpenPara = { kind: 'p', parts: this.pending.parts, extras: this.pending.extras, deleted: false };
    this.pending = { parts: [], extras: [] };
    this.frames.push({ kind: 'para', para });
    return true;
  }
  deleteParagraphMark() {
    const f = this.top;
    if (f.kind === 'para') f.para.deleted = true;
  }
  closeParagraph() {
    const f = this.frames.pop()!;
    if (f.kind !== 'para') return;
    const { parts, extras, deleted } = f.para;
    if (deleted) this.pending = { parts: parts.concat(this.pending.parts), extras: extras.concat(this.pending.extras) };
    else this.place([{ kind: 'p', parts }, ...extras]);
  }
  text(t: string) {
    const f = this.top;
    if (f.kind === 'para') f.para.parts.push(t);
    else this.inlineElement();
  }
  lineBreak() {
    const f = this.top;
    if (f.kind === 'para') f.para.parts.push(null);
  }

  openPicture(): boolean {
    const f = this.top;
    this.frames.push(f.kind === 'para' ? { kind: 'blocks', nodes: f.para.extras } : nowhere());
    return true;
  }
  closePicture() {
    this.frames.pop();
  }

  openTable(): boolean {
    this.inlineElement();
    this.frames.push({ kind: 'table', table: { kind: 'tbl', rows: [], irregular: false } });
    return true;
  }
  closeTable() {
    const f = this.frames.pop()!;
    if (f.kind !== 'table') return;
    if (!f.table.irregular) rowSpans(f.table.rows);
    this.place([f.table]);
  }

  openRow(): boolean {
    const f = this.top;
    if (f.kind !== 'table') {
      this.inlineElement();
      this.frames.push(nowhere());
    } else this.frames.push({ kind: 'row', row: { cells: [], deleted: false }, table: f.table });
    return true;
  }
  deleteRow() {
    const f = this.top;
    if (f.kind === 'row') f.row.deleted = true;
  }
  closeRow() {
    const f = this.frames.pop()!;
    if (f.kind === 'row' && !f.row.deleted) f.table.rows.push(f.row.cells);
  }

  openCell(): boolean {
    const f = this.top;
    if (f.kind !== 'row') {
      this.inlineElement();
      this.frames.push(nowhere());
      return true;
    }
    const cell: DocxCell = { colSpan: 1, vMerge: null, rowSpan: 1, body: [] };
    f.row.cells.push(cell);
    this.frames.push({ kind: 'cell', cell, nodes: cell.body });
    return true;
  }
  gridSpan(val: string | undefined) {
    const f = this.top;
    if (f.kind === 'cell' && val) f.cell.colSpan = Number.parseInt(val, 10);
  }
  vMerge(val: string | undefined) {
    const f = this.top;
    if (f.kind === 'cell') f.cell.vMerge = val === 'continue' || !val;
  }
  closeCell() {
    this.frames.pop();
  }
}
