// Tesseract, the OCR engine (Debian `tesseract-ocr` with `tesseract-ocr-chi-sim`, Apache-2.0),
// run as a program: the image goes in on stdin as PGM, the characters come back as hOCR with
// their boxes and confidences. Synchronous, like the other readers: a parse worker reads one file
// at a time, and a per-call time limit stops a page that would take too long.
import { spawnSync } from 'node:child_process';
import { toPgm, type Gray } from './image.js';

/** One character as Tesseract read it, with its box (pixels, y down) and its confidence. */
export interface Word {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's confidence in this character, 0–100. */
  conf: number;
  /** The line it stands in: characters of one line share it. */
  line: string;
  /** Joined characters (chars.ts): the confidence of each character of `text` (spaces aside). */
  charConf?: number[];
  /** The line's text size in pixels (hOCR x_size) and its baseline (y). */
  size: number;
  baseline: number;
}

export interface OcrCall {
  /** Tesseract's language models, e.g. `chi_sim` or `eng`. */
  lang: string;
  /** Page segmentation mode: 6 a block of text, 7 one line, 11 sparse text. */
  psm: number;
  /** Characters allowed (`tessedit_char_whitelist`): digits for a figure cell. */
  whitelist?: string;
  dpi: number;
  timeoutMs: number;
}

export class OcrTimeout extends Error {}
export class OcrFailed extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!);
const numbers = (title: string, name: string) => new RegExp(`${name} ([-\\d. ]+)`).exec(title)?.[1]!.trim().split(/\s+/).map(Number);

/**
 * Tesseract's hOCR with a box and a confidence for each character (hocr_char_boxes): a figure's
 * confidence is its digits', not that of a "word" Tesseract made of Chinese text around them.
 */
export function parseHocr(hocr: string): Word[] {
  const out: Word[] = [];
  let line = { id: '', size: 0, baseline: 0 };
  // Tesseract quotes a line's title with ", a character's with '
  const SPAN = /<span class='(ocr_line|ocr_header|ocr_textfloat|ocr_caption|ocrx_cinfo)'[^>]*?title=(?:'([^']*)'|"([^"]*)")[^>]*>([^<]*)/g;
  for (const m of hocr.matchAll(SPAN)) {
    const [, kind, single, double, content] = m;
    const title = single ?? double;
    const box = numbers(title!, 'bbox') ?? numbers(title!, 'x_bboxes');
    if (kind !== 'ocrx_cinfo') {
      const [, , , bottom] = box ?? [0, 0, 0, 0];
      const [, offset] = numbers(title!, 'baseline') ?? [0, 0];
      line = { id: `${m.index}`, size: numbers(title!, 'x_size')?.[0] ?? 0, baseline: bottom! + offset! };
      continue;
    }
    const text = unescape(content!).trim();
    const b = numbers(title!, 'x_bboxes');
    if (!text || !b) continue;
    out.push({
      text,
      left: b[0]!,
      top: b[1]!,
      width: b[2]! - b[0]!,
      height: b[3]! - b[1]!,
      conf: numbers(title!, 'x_conf')?.[0] ?? 0,
      line: line.id,
      size: line.size || b[3]! - b[1]!,
      baseline: line.baseline || b[3]!,
    });
  }
  return out;
}

export function recognize(img: Gray, call: OcrCall): Word[] {
  const args = ['stdin', 'stdout', '-l', call.lang, '--psm', String(call.psm), '--dpi', String(call.dpi)];
  if (call.whitelist) args.push('-c', `tessedit_char_whitelist=${call.whitelist}`);
  args.push('-c', 'hocr_char_boxes=1', 'hocr');
  const res = spawnSync('tesseract', args, {
    input: toPgm(img),
    encoding: 'utf8',
    timeout: call.timeoutMs,
    maxBuffer: 64 << 20,
    // one thread per call: the run already keeps one parse worker per core busy
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  if (res.error && (res.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new OcrTimeout(`OCR took longer than ${call.timeoutMs / 1000} s`);
  if (res.error) throw new OcrFailed(`tesseract could not be run: ${res.error.message}`);
  if (res.status !== 0) throw new OcrFailed(`tesseract failed (exit ${res.status}): ${res.stderr.trim().split('\n').pop() ?? ''}`);
  return parseHocr(res.stdout);
}

let available: { ok: boolean; reason: string } | undefined;
/** Whether Tesseract and its Chinese model are installed; the reason when not (asked once per process). */
export function tesseractStatus(): { ok: boolean; reason: string } {
  if (available) return available;
  const res = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
  if (res.error || res.status !== 0)
    available = { ok: false, reason: 'Tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim)' };
  else if (!/^chi_sim$/m.test(res.stdout))
    available = { ok: false, reason: "Tesseract's simplified-Chinese model is not installed (Debian: apt-get install tesseract-ocr-chi-sim)" };
  else available = { ok: true, reason: '' };
  return available;
}
