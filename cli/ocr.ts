// --ocr for run and extract: the options as the readers take them, and the one sentence the
// command says when scans stay needs_ocr for a reason the user can fix: no --ocr, or no
// Tesseract (or its Chinese model) installed, where the readers record that reason on each scan.
import type { OcrOptions } from '../pipeline/extract/index.js';

export interface OcrChoice {
  ocr?: OcrOptions;
  /** Said once by the command when scans stay needs_ocr for a reason the user can fix. */
  why?: string;
}

export async function ocrChoice(values: { ocr?: boolean; 'ocr-dpi': number; 'ocr-page-seconds': number }): Promise<OcrChoice> {
  if (!values.ocr) return { why: 'scanned files are recorded as needs_ocr: run with --ocr to read them (Tesseract, see the README)' };
  const ocr = { dpi: values['ocr-dpi'], pageSeconds: values['ocr-page-seconds'] };
  // the readers are loaded only to ask: run's main thread does not otherwise load them
  const { ocrAvailability } = await import('../pipeline/extract/index.js');
  const status = ocrAvailability();
  // the readers record the same reason on each scan (needs_ocr)
  return status.ok ? { ocr } : { ocr, why: `--ocr: ${status.reason}; scanned files stay needs_ocr` };
}
