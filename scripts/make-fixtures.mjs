#!/usr/bin/env node
// Makes the edge-case fixtures the tests need from the real seed reports in ../shared:
// re-encoded copies (GBK, GB18030, UTF-16LE/BE with BOM, UTF-8 with BOM, CRLF line ends)
// and broken files (empty, binary junk with a report extension, a fake PDF, an image).
// Output goes to test/fixtures/generated/ (not committed); the script is idempotent.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.resolve(root, '..', 'shared', 'seeds');
const out = path.join(root, 'test', 'fixtures', 'generated');

export function makeFixtures() {
  rmSync(out, { recursive: true, force: true });
  const enc = path.join(out, 'encodings');
  const bad = path.join(out, 'broken');
  mkdirSync(enc, { recursive: true });
  mkdirSync(bad, { recursive: true });
  for (const seed of ['000_889672adc75fe0f6', '002_bbda4c124945f80d', '004_f97d988c963e3b8a']) {
    const text = readFileSync(path.join(seeds, `${seed}.txt`), 'utf8');
    writeFileSync(path.join(enc, `${seed}.gbk.txt`), iconv.encode(text, 'gbk'));
    writeFileSync(path.join(enc, `${seed}.gb18030.txt`), iconv.encode(text, 'gb18030'));
    writeFileSync(path.join(enc, `${seed}.utf16le.txt`), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
    writeFileSync(path.join(enc, `${seed}.utf16be.txt`), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]));
    writeFileSync(path.join(enc, `${seed}.utf8bom.txt`), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(path.join(enc, `${seed}.crlf.txt`), text.replace(/\n/g, '\r\n'));
    // full-width digits and ideographic spaces, as some portals print them
    const wide = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
    writeFileSync(path.join(enc, `${seed}.fullwidth.txt`), wide);
  }
  writeFileSync(path.join(bad, 'empty.txt'), '');
  writeFileSync(path.join(bad, 'junk.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(path.join(bad, 'not-a-pdf.pdf'), 'this is plain text pretending to be a PDF');
  writeFileSync(path.join(bad, 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  writeFileSync(path.join(bad, 'sheet.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`fixtures written to ${makeFixtures()}`);
}
