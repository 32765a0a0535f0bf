// The document model every reader produces and transform consumes (kysely-style:
// immutable nodes tagged by `kind`). Offsets are character offsets into `text`,
// the decoded and normalised text of the whole document.
import { z } from 'zod';

/** One grid cell. `span` marks a copy made when a rowspan/colspan was expanded. */
export const Cell = z.object({
  text: z.string(),
  span: z.enum(['row', 'col']).optional(),
  /** Read by OCR: the lowest confidence (0–100) of the cell's words. */
  conf: z.number().min(0).max(100).optional(),
});
export type Cell = z.infer<typeof Cell>;

export const TableRow = z.object({
  cells: z.array(Cell),
  offset: z.number().int().nonnegative(),
});
export type TableRow = z.infer<typeof TableRow>;

export const Paragraph = z.object({
  kind: z.literal('paragraph'),
  text: z.string(),
  offset: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  /** Read by OCR: the lowest confidence (0–100) of its words with digits, or of all its words when none has one. */
  conf: z.number().min(0).max(100).optional(),
  /** Read by OCR: the confidence of each character of `text` (spaces aside), in order: a figure's own words', not its paragraph's. */
  charConf: z.array(z.number().min(0).max(100)).optional(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Table = z.object({
  kind: z.literal('table'),
  /** How the table was written: real markup, tab-separated, pipe cells, one cell per line,
   * label and figures split by spaces, columns aligned by spaces (`pdftotext -layout`). */
  layout: z.enum(['grid', 'tsv', 'pipe', 'cell-lines', 'space', 'columns']),
  rows: z.array(TableRow),
  offset: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
});
export type Table = z.infer<typeof Table>;

export const Block = z.discriminatedUnion('kind', [Paragraph, Table]);
export type Block = z.infer<typeof Block>;

export const SourceFormat = z.enum(['text', 'html', 'docx', 'doc', 'pdf', 'image']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Document = z.object({
  format: SourceFormat,
  encoding: z.string(),
  /** U+FFFD characters left after decoding: a sign of a wrong or mixed encoding. */
  replacementChars: z.number().int().nonnegative(),
  text: z.string(),
  blocks: z.array(Block),
  /** Metadata the page states as fields (索引号, 发布机构, 发文日期, 标题 …), label → value. */
  fields: z.record(z.string(), z.string()),
  /** The page or document title where the format has one (<title>, <h1>). */
  title: z.string().optional(),
  /**
   * Damage the reader saw in a file it could still read, one sentence each ("page 3 could not
   * be read", "412 characters could not be mapped to text"): the text may be incomplete.
   */
  damage: z.array(z.string()).optional(),
  /** The text was read by OCR from page images: at what resolution, and how far each page was turned. */
  ocr: z
    .object({
      pages: z.number().int().nonnegative(),
      dpi: z.number().int().positive(),
      /** Degrees each page was straightened by. */
      skew: z.array(z.number()),
    })
    .optional(),
});
export type Document = z.infer<typeof Document>;
