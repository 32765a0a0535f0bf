// One contract every format reader passes (unstorage-style): whatever the file type, the
// Document validates, every block's offset points at its own text in `text`, no decoding
// damage, and the report's body is there. Each reader runs it on real reports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../../pipeline/extract/index.js';
import { Document } from '../../../pipeline/extract/model.js';
import { DEV, FORMATS, SEEDS } from '../../helpers.js';

const CASES: Array<[format: string, file: string, phrase: string]> = [
  ['text', path.join(SEEDS, '002_bbda4c124945f80d.txt'), '依申请公开情况'],
  ['html', path.join(DEV, 'raw', 'pt2023_syq.html'), '主动公开政府信息情况'],
  ['html', path.join(FORMATS, 'seed004.html'), '本年新收政府信息公开申请数量'],
  ...['seed001', 'seed002', 'seed004'].flatMap((stem) =>
    (['docx', 'doc', 'pdf'] as const).map((ext): [string, string, string] => [
      ext,
      path.join(FORMATS, `${stem}.${ext}`),
      stem === 'seed004' ? '本年新收政府信息公开申请数量' : '政府信息公开',
    ]),
  ),
];

const cellsText = (cells: Array<{ text: string; span?: string }>) =>
  cells
    .filter((c) => c.span !== 'col')
    .map((c) => c.text.replace(/\n/g, ' '))
    .join('\t');

describe.each(CASES)('%s reader: %s', (format, file, phrase) => {
  it('produces a valid document of its format with the report in it', async () => {
    const doc = await extractBytes(file, readFileSync(file));
    expect(Document.parse(doc)).toBeTruthy();
    expect(doc.format).toBe(format);
    expect(doc.replacementChars).toBe(0);
    expect(doc.text.replace(/\s/g, '')).toContain(phrase);
    expect(doc.blocks.length).toBeGreaterThan(3);
  });

  it('points every block offset at its own text', async () => {
    const doc = await extractBytes(file, readFileSync(file));
    for (const b of doc.blocks) {
      if (b.kind === 'paragraph') expect(doc.text.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
      else for (const r of b.rows) expect(doc.text.slice(r.offset, r.offset + cellsText(r.cells).length)).toBe(cellsText(r.cells));
    }
  });

  it('gives PDF blocks their page and keeps page numbers out', async () => {
    const doc = await extractBytes(file, readFileSync(file));
    if (format !== 'pdf') return;
    expect(doc.blocks.every((b) => typeof b.page === 'number' && b.page >= 1)).toBe(true);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && /^[-—\s]*(第\s*)?\d{1,3}(\s*页)?[-—\s]*$/.test(b.text))).toBe(false);
  });
});
