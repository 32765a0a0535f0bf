// A flate bomb PDF is refused before MuPDF inflates it (issue 15): MuPDF's WebAssembly memory
// is not bounded by the worker's heap limit, so the guard measures the streams first, with a
// ceiling on what it inflates. Real reports pass it untouched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInflatedSize, MAX_INFLATED_BYTES } from '../../pipeline/extract/readers/pdf/inflate-guard.js';
import { ExtractError } from '../../pipeline/extract/errors.js';
import { FORMATS, ROOT, SHARED } from '../helpers.js';

let dir: string;
let bomb: string;

/** A one-page PDF whose content is four streams of 96 MB of spaces each (384 MB inflated, under 400 KB on disk). */
function bombPdf(): Buffer {
  const chunk = deflateSync(Buffer.alloc(96 * 1024 * 1024, 0x20), { level: 9 });
  const objs: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 5 0 R 6 0 R 7 0 R] >>'),
    ...[0, 1, 2, 3].map(() => Buffer.concat([Buffer.from(`<< /Length ${chunk.length} /Filter /FlateDecode >>\nstream\n`), chunk, Buffer.from('\nendstream')])),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objs.forEach((o, i) => {
    offsets.push(at);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(b);
    at += b.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-bomb-'));
  bomb = path.join(dir, 'bomb.pdf');
  writeFileSync(bomb, bombPdf());
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the PDF inflate guard', () => {
  it('refuses a stream set that inflates past the budget, allocating no more than it', () => {
    const before = process.memoryUsage().arrayBuffers;
    expect(() => checkInflatedSize(readFileSync(bomb), bomb)).toThrow(ExtractError);
    expect(() => checkInflatedSize(readFileSync(bomb), bomb)).toThrow(/expands past 256 MB \(a flate bomb, or not a report\); not opened/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(MAX_INFLATED_BYTES + 64 * 1024 * 1024);
  });

  it('lets every real PDF of the corpus through', () => {
    const pdfs = [
      ...readdirSync(FORMATS)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => path.join(FORMATS, f)),
      ...readdirSync(path.join(SHARED, 'corpus', 'real'))
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => path.join(SHARED, 'corpus', 'real', f)),
    ];
    expect(pdfs.length).toBeGreaterThan(4);
    for (const p of pdfs) expect(() => checkInflatedSize(readFileSync(p), p), p).not.toThrow();
  });

  it('keeps the extract far under a worker limit on the bomb, and says why the file was not read', () => {
    const script = `import('${path.join(ROOT, 'dist', 'cli', 'main.js')}').then((m) => m.main(['extract', ${JSON.stringify(bomb)}, '--json'])).then(() => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'))`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    const line = JSON.parse(r.stdout.trim()) as { error: string; status: string };
    expect(line).toMatchObject({ status: 'failed' });
    expect(line.error).toMatch(/flate bomb/);
    const kb = Number(/maxrss (\d+)/.exec(r.stderr)![1]);
    expect(kb / 1024).toBeLessThan(512); // the worker limit the run uses by default
  }, 120_000);
});
