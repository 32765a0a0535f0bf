// scripts/make-scans.mjs: image-only "scanned" PDFs of the real reports of ../shared, with their
// gold carried over. Two runs at once into two folders: they must not clash (each its own
// LibreOffice profile) and must give the same bytes.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, ROOT, SHARED, readGold, type Gold } from '../helpers.js';

const run = promisify(execFile);
const SCRIPT = path.join(ROOT, 'scripts', 'make-scans.mjs');
const REAL = path.join(SHARED, 'corpus', 'real');
const OUTPUTS = ['seed000-pdf-150.pdf', 'seed000-docx-150.pdf', 'huaian_2024-pdf-150.pdf'];

let tmp: string;
let out: string;
let again: string;
// the page count of each output's source (the DOCX printed by LibreOffice here, as the script does)
const sourcePages: Record<string, number> = {};

const pages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'make-scans-test-'));
  out = path.join(tmp, 'a');
  again = path.join(tmp, 'b');
  const args = ['--only', 'seed000,huaian_2024', '--dpi', '150', '--shared', SHARED];
  const profile = path.join(tmp, 'lo');
  await Promise.all([
    run(process.execPath, [SCRIPT, out, ...args]),
    run(process.execPath, [SCRIPT, again, ...args]),
    run('soffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      tmp,
      path.join(FORMATS, 'seed000.docx'),
    ]),
  ]);
  sourcePages['seed000-pdf-150.pdf'] = pages(path.join(FORMATS, 'seed000.pdf'));
  sourcePages['seed000-docx-150.pdf'] = pages(path.join(tmp, 'seed000.pdf'));
  sourcePages['huaian_2024-pdf-150.pdf'] = pages(path.join(REAL, 'huaian_2024.pdf'));
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('make-scans', () => {
  it('writes the PDFs and gold.jsonl (no page image at 150 dpi)', () => {
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS, 'gold.jsonl'].sort());
  });

  it.each(OUTPUTS)('%s: the pages of its source, one image each and no text', (name) => {
    const file = path.join(out, name);
    const n = pages(file);
    expect(n).toBe(sourcePages[name]);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s/g, '').length).toBeLessThan(20);
    // pdfimages -list: two header lines, then one line per image: page num type width height color comp bpc enc ...
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/));
    expect(images.map((c) => Number(c[0]))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    for (const c of images) expect([c[2], c[5], c[6], c[7], c[8]]).toEqual(['image', 'gray', '1', '8', 'jpeg']);
  });

  it('gives each PDF the gold of its source, figures unchanged', () => {
    const gold = readGold(path.join(out, 'gold.jsonl'));
    expect(gold.map((g) => g.file).sort()).toEqual([...OUTPUTS].sort());
    const formats = new Map(readGold(path.join(FORMATS, 'gold.jsonl')).map((g) => [g.file, g]));
    const real = new Map(readGold(path.join(REAL, 'gold.jsonl')).map((g) => [g.file, g]));
    const source: Record<string, Gold | undefined> = {
      'seed000-pdf-150.pdf': formats.get('seed000.pdf'),
      'seed000-docx-150.pdf': formats.get('seed000.docx'),
      'huaian_2024-pdf-150.pdf': real.get('huaian_2024.pdf'),
    };
    for (const g of gold) {
      const src = source[g.file]!;
      expect(src).toBeDefined();
      expect(g).toEqual({ ...src, file: g.file });
    }
    // a few figures spelled out, so a gold that lost its figures on both sides still fails
    const huaian = gold.find((g) => g.file === 'huaian_2024-pdf-150.pdf')!;
    expect(huaian.metrics['rules.in_force']).toBe(11);
    expect(huaian.metrics['licensing.decisions']).toBe(447228);
    expect(gold.find((g) => g.file === 'seed000-docx-150.pdf')!.metrics['proactive.total']).toBe(224);
  });

  it('gives the same bytes on every run', () => {
    for (const f of readdirSync(out)) expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f))), f).toBe(true);
  });
});
