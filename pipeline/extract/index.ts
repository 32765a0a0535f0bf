// Extract stage entry: a file's bytes → a validated Document. Knows nothing of metrics.
import { Document } from './model.js';
import { ExtractError } from './errors.js';
import { extractFields } from './fields.js';
import { READERS, type ReaderOptions } from './readers/index.js';
import { sniffFormat } from './sniff.js';

export { ExtractError } from './errors.js';
export type { Document, Block, Table, Paragraph, TableRow, Cell } from './model.js';

export type { ReaderOptions as ExtractOptions } from './readers/index.js';
export type { OcrOptions } from './readers/ocr/index.js';
export { tesseractStatus as ocrAvailability } from './readers/ocr/tesseract.js';

export async function extractBytes(file: string, bytes: Uint8Array, opts: ReaderOptions = {}): Promise<Document> {
  if (bytes.length === 0) throw new ExtractError('failed', file, 'empty file (0 bytes)');
  const sniffed = sniffFormat(file, bytes);
  if (sniffed.kind === 'unsupported') throw new ExtractError('unsupported', file, sniffed.reason);
  if (sniffed.kind === 'mismatch') throw new ExtractError('failed', file, sniffed.reason);
  const reader = READERS[sniffed.format];
  if (!reader) throw new ExtractError('unsupported', file, `${sniffed.format.toUpperCase()} files are not read yet by this version`);
  let out;
  try {
    out = await reader(bytes, file, opts);
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('failed', file, `could not read as ${sniffed.format}: ${(err as Error).message}`);
  }
  if (!out.text.trim()) throw new ExtractError('failed', file, `no text in the ${sniffed.format} file`);
  return Document.parse({
    format: sniffed.format,
    encoding: out.encoding,
    replacementChars: out.replacementChars,
    text: out.text,
    blocks: out.blocks,
    fields: extractFields(out.fieldText ?? out.text),
    title: out.title,
    damage: out.damage,
    ocr: out.ocr,
  });
}
