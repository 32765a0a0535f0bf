// What load receives for one file: where it is, what it was, and its report or failure.
// Load stores these fields; it never looks inside the file.
import { z } from 'zod';
import { Report } from '../transform/report.js';

export const FileFacts = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  mtimeMs: z.number().int(),
  sha256: z.string().nullable(),
});
export type FileFacts = z.infer<typeof FileFacts>;

/** A paragraph of the report, for full-text search. */
export const StoredParagraph = z.object({ block: z.number().int(), page: z.number().int().optional(), text: z.string() });
export type StoredParagraph = z.infer<typeof StoredParagraph>;

export const LoadItem = z.discriminatedUnion('ok', [
  FileFacts.extend({ ok: z.literal(true), encoding: z.string(), format: z.string(), report: Report, paragraphs: z.array(StoredParagraph).default([]) }),
  FileFacts.extend({ ok: z.literal(false), status: z.enum(['unsupported', 'failed', 'needs_ocr']), error: z.string(), format: z.string().nullable() }),
]);
export type LoadItem = z.infer<typeof LoadItem>;
