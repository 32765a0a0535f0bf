// Scanned reports → the document model, through OCR (page.ts) and then the very same page
// assembly as a PDF with a text layer (../pdf/index.ts: lines, paragraphs, ruled tables, a
// table cut by a page break). MuPDF renders the pages at the resolution asked for: a scanned
// PDF's, and an image file's (PNG, JPEG, TIFF), whose own resolution is read from its header,
// or from its width taken as an A4 page's when the header states none believable. Each page has a time limit; a
// page that runs over it, or that Tesseract cannot read, is a damage note, not a lost file.
import '../pdf/wasm.js';
import * as mupdf from 'mupdf';
import { ExtractError } from '../../errors.js';
import type { ReaderOutput } from '../index.js';
import { assemble, pageFlow, type Page } from '../pdf/index.js';
import { MAX_PAGES, openPdf, pageCount } from '../pdf/load.js';
import type { Gray } from './image.js';
import { ocrPage } from './page.js';
import { OcrFailed, OcrTimeout, tesseractStatus } from './tesseract.js';

export interface OcrOptions {
  /** Resolution scanned PDF pages are rendered at. */
  dpi: number;
  /** Seconds one page may take (all its Tesseract calls). */
  pageSeconds: number;
}

export const DEFAULT_OCR: OcrOptions = { dpi: 300, pageSeconds: 120 };

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' };

/** A report page is about A4 wide: the resolution of an image that does not state a believable one. */
const A4_WIDTH_INCHES = 8.27;

function toGray(pix: mupdf.Pixmap): Gray {
  const width = pix.getWidth();
  const height = pix.getHeight();
  const stride = pix.getStride();
  const n = pix.getNumberOfComponents() + pix.getAlpha();
  const px = pix.getPixels();
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = px[y * stride + x * n]!;
  return { width, height, data };
}

export function readScan(bytes: Uint8Array, file: string, kind: 'pdf' | keyof typeof IMAGE_TYPES, opts: OcrOptions = DEFAULT_OCR): ReaderOutput {
  const status = tesseractStatus();
  if (!status.ok) throw new ExtractError('needs_ocr', file, `scanned ${kind === 'pdf' ? 'PDF' : 'image'}: it needs OCR, and ${status.reason}`);
  let doc: mupdf.Document;
  let scale: (page: mupdf.Page) => { factor: number; dpi: number };
  if (kind === 'pdf') {
    doc = openPdf(bytes, file);
    scale = () => ({ factor: opts.dpi / 72, dpi: opts.dpi });
  } else {
    try {
      doc = mupdf.Document.openDocument(bytes, IMAGE_TYPES[kind]!);
    } catch (err) {
      throw new ExtractError('failed', file, `corrupt ${kind.toUpperCase()} image: ${(err as Error).message}`);
    }
    const image = new mupdf.Image(bytes);
    const native = { w: image.getWidth(), res: image.getXResolution() };
    image.destroy();
    // resampled to the resolution asked for, as a PDF page is: OCR is best at one size of text
    // (BENCHMARKS.md: 300 dpi read more than 200 or 400)
    scale = (page) => {
      const [x0, , x1] = page.getBounds();
      const stated = native.res >= 100 && native.res <= 1200 ? native.res : native.w / A4_WIDTH_INCHES;
      return { factor: (native.w / (x1 - x0)) * (opts.dpi / stated), dpi: opts.dpi };
    };
  }
  try {
    const n = pageCount(doc, file);
    if (n > MAX_PAGES) throw new ExtractError('failed', file, `${n} pages, more than the ${MAX_PAGES} a report can have; not read`);
    const pages: Page[] = [];
    const damage: string[] = [];
    const skew: number[] = [];
    let dpiUsed = 0;
    for (let i = 1; i <= n; i++) {
      const page = doc.loadPage(i - 1);
      let img: Gray;
      let dpi: number;
      try {
        const s = scale(page);
        dpi = dpiUsed = s.dpi;
        const pix = page.toPixmap(mupdf.Matrix.scale(s.factor, s.factor), mupdf.ColorSpace.DeviceGray, false);
        img = toGray(pix);
        pix.destroy();
      } finally {
        page.destroy();
      }
      try {
        const read = ocrPage(img, { dpi, deadline: Date.now() + opts.pageSeconds * 1000 });
        skew.push(read.skew);
        pages.push(pageFlow(read.content, i));
      } catch (err) {
        if (!(err instanceof OcrTimeout || err instanceof OcrFailed)) throw err;
        damage.push(`page ${i} could not be read by OCR: ${err.message}`);
        skew.push(0);
        pages.push({ number: i, height: 0, flow: [] });
      }
    }
    const { text, blocks } = assemble(pages);
    return { text, blocks, encoding: 'ocr', replacementChars: 0, ocr: { pages: n, dpi: dpiUsed, skew }, ...(damage.length ? { damage } : {}) };
  } finally {
    doc.destroy();
  }
}
