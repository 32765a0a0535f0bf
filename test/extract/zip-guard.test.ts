// A DOCX is a zip, and a zip may lie about its sizes (issue 15): the guard inflates each entry
// as a stream before the DOCX reader inflates its main part, and stops at the first byte past
// the size the entry declares, so nothing past the limit is ever allocated.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkZip } from '../../pipeline/extract/readers/zip-guard.js';
// @ts-expect-error: a plain ESM script of the repository (the fixture writer), no types
import { zipRaw } from '../../scripts/lib/zip.mjs';
import { FORMATS } from '../helpers.js';

const entry = (name: string, data: Buffer, declared = data.length) => ({ name, raw: deflateRawSync(data), crc: crc32(data), size: declared });

describe('checkZip', () => {
  it('lets the real DOCX files through', async () => {
    const docx = readdirSync(FORMATS).filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(3);
    for (const f of docx) await expect(checkZip(readFileSync(path.join(FORMATS, f)), f)).resolves.toBeUndefined();
  });

  it('refuses an entry that inflates past the size it declares, without inflating it whole', async () => {
    const bomb = zipRaw([
      entry('[Content_Types].xml', Buffer.from('<Types/>')),
      entry('word/document.xml', Buffer.alloc(300 * 1024 * 1024, 0x20), 4096),
    ]) as Buffer;
    expect(bomb.length).toBeLessThan(1024 * 1024);
    global.gc?.();
    const before = process.memoryUsage().arrayBuffers;
    await expect(checkZip(bomb, 'bomb.docx')).rejects.toThrow(/a zip entry expands past the size it declares \(a zip bomb or not a report\)/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a zip that declares more than the limit', async () => {
    const big = zipRaw([entry('word/document.xml', Buffer.from('<w:document/>'), 300 * 1024 * 1024)]) as Buffer;
    await expect(checkZip(big, 'big.docx')).rejects.toThrow(/zip expands to more than 200 MB/);
  });
});
