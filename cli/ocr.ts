// --ocr for run and extract: the options as the readers take them, and the one sentence the
// command says when scans stay needs_ocr for a reason the user can fix: no --ocr, or no
// Tesseract (or its Chinese model) installed, where the readers record that reason on each scan.
import { ocrAvailability, type OcrOptions } from '../pipeline/extract/index.js';

export interface OcrChoice {
  ocr?: OcrOptions;
  /** Said once by the command when scans stay needs_ocr for a reason the user can fix. */
  why?: string;
}

export function ocrChoice(values: { ocr?: boolean; 'ocr-dpi': number; 'ocr-page-seconds': number }): OcrChoice {
  if (!values.ocr) return { why: 'scanned files are recorded as needs_ocr: run with --ocr to read them (Tesseract, see the README)' };
  const ocr = { dpi: values['ocr-dpi'], pageSeconds: values['ocr-page-seconds'] };
  const status = ocrAvailability();
  // the readers record the same reason on each scan (needs_ocr)
  return status.ok ? { ocr } : { ocr, why: `--ocr: ${status.reason}; scanned files stay needs_ocr` };
}
