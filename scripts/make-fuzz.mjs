#!/usr/bin/env node
// Makes the fuzz set: every kind of bad input a nightly run over a national folder meets.
// Deterministic (a seeded generator), small enough for CI except where noted:
//   empty files and binary junk under every report extension; truncated and bit-flipped
//   copies of real reports in every format; a 1 GB text file (sparse: no disk used); deeply
//   nested HTML; a DOCX zip bomb (300 MB of zeros in 300 KB); a PDF of 3,000 pages; invalid
//   UTF-8 inside a UTF-8 file; a file half UTF-8, half GBK; a report with 10,000 table rows;
//   file names with spaces, quotes, Chinese and a leading dash.
//   node scripts/make-fuzz.mjs [DIR]   (default test/fixtures/generated/fuzz)
import { mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, createDeflateRaw } from 'node:zlib';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { rng } from './lib/rng.mjs';
import { pdf } from './lib/pdf.mjs';
import { zipRaw } from './lib/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');

const SOURCES = [
  ['seeds/002_bbda4c124945f80d.txt', 'txt'],
  ['corpus/formats/seed004.html', 'html'],
  ['corpus/dev/raw/pt2023_syq.html', 'html'],
  ['corpus/formats/seed001.docx', 'docx'],
  ['corpus/formats/seed004.docx', 'docx'],
  ['corpus/formats/seed002.doc', 'doc'],
  ['corpus/formats/seed004.doc', 'doc'],
  ['corpus/formats/seed002.pdf', 'pdf'],
  ['corpus/formats/seed004.pdf', 'pdf'],
];

/** A zip whose one entry inflates to `mb` MB of zeros: deflate streams it without holding it. */
async function zipBomb(file, mb) {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const parts = [];
  deflate.on('data', (d) => parts.push(d));
  let crc = 0;
  for (let i = 0; i < mb; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  writeFileSync(file, zipRaw([{ name: 'word/document.xml', raw: Buffer.concat(parts), crc, size: mb * 1024 * 1024 }]));
}

/** A PDF of `n` pages sharing one content stream. */
function manyPages(n) {
  const content = 'BT /F1 12 Tf 72 720 Td (page) Tj ET';
  const kids = Array.from({ length: n }, (_, i) => `${i + 5} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...Array.from({ length: n }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>'),
  ];
  return pdf(objects);
}

export async function makeFuzz(out = path.join(root, 'test', 'fixtures', 'generated', 'fuzz')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const put = (name, data) => writeFileSync(path.join(out, name), data);
  const random = rng(20261201);
  const junk = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));

  for (const ext of ['txt', 'html', 'pdf', 'docx', 'doc']) {
    put(`empty.${ext}`, '');
    put(`junk.${ext}`, junk(8192));
  }
  for (const [src, ext] of SOURCES) {
    const bytes = readFileSync(path.join(shared, src));
    const stem = path.basename(src).replace(/\.[^.]+$/, '');
    for (const frac of [0.1, 0.5, 0.9]) put(`truncated-${Math.round(frac * 100)}-${stem}.${ext}`, bytes.subarray(0, Math.floor(bytes.length * frac)));
    for (const flips of [8, 64]) {
      const copy = Buffer.from(bytes);
      for (let i = 0; i < flips; i++) copy[Math.floor(random() * copy.length)] ^= 1 << Math.floor(random() * 8);
      put(`flipped-${flips}-${stem}.${ext}`, copy);
    }
  }
  // 1 GB of text, sparse: the size is real, the disk blocks are not
  const huge = path.join(out, 'huge-1gb.txt');
  closeSync(openSync(huge, 'w'));
  truncateSync(huge, 1024 * 1024 * 1024);
  put('nested.html', `<html><body>${'<div>'.repeat(100_000)}主动公开政府信息12条${'</div>'.repeat(100_000)}</body></html>`);
  await zipBomb(path.join(out, 'bomb.docx'), 300);
  put('pages-3000.pdf', manyPages(3000));
  const seed = readFileSync(path.join(shared, 'seeds', '000_889672adc75fe0f6.txt'));
  const damaged = Buffer.from(seed);
  for (const at of [100, 900, 2000, 4000]) damaged[at] = 0xff;
  put('invalid-utf8.txt', damaged);
  const text = seed.toString('utf8');
  put('mixed-encodings.txt', Buffer.concat([Buffer.from(text.slice(0, text.length / 2)), iconv.encode(text.slice(text.length / 2), 'gbk')]));
  const rows = Array.from({ length: 10_000 }, (_, i) => `第${i + 1}项指标\t件\t${i}`).join('\n');
  put('rows-10000.txt', `某某镇2017年政府信息公开工作年度报告\n统计指标\t单位\t统计数\n${rows}\n`);
  put(`-rf 报告 "quoted" 's.txt`, seed);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = await makeFuzz(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`fuzz set written to ${dir}`);
}
