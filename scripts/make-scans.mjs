#!/usr/bin/env node
// Makes a test set of *scanned* reports for the OCR reader: image-only PDFs of the real reports of
// ../shared (never copied into the repo), with their gold figures carried over.
//
// Sources: every .pdf and .docx of shared/corpus/formats (the DOCX printed to PDF by LibreOffice)
// and shared/corpus/real/huaian_2024.pdf. For each source and resolution, every page is rendered
// to 8-bit grey by `pdftoppm -gray`, turned by 1°–2° either way (bilinear, white background, same
// canvas), given Gaussian noise (sigma 8) and a few specks, and encoded as JPEG at quality 75;
// the pages are then wrapped in a PDF of images only (MediaBox: the page's size in points, one
// DCTDecode image over the whole page, no text):
//   <stem>-<ext>-<dpi>.pdf     e.g. seed000-pdf-300.pdf, seed000-docx-150.pdf, huaian_2024-pdf-300.pdf
//   seed000-page1.jpg          page 1 of seed000-pdf-300.pdf as a plain image (when selected)
//   gold.jsonl                 the source's gold line for each PDF, `file` set to the PDF's name
// The bytes are the same on every run: each file's randomness is seeded from its name.
//   node scripts/make-scans.mjs OUTDIR [--shared DIR] [--dpi 150,300] [--only seed000,huaian_2024]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addNoise, encodeJpeg, parsePgm, rotate } from './lib/image.mjs';
import { pdf } from './lib/pdf.mjs';
import { rng } from './lib/rng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONCURRENCY = 2;
const JPEG_QUALITY = 75;
const NOISE_SIGMA = 8;
// the plain image written beside the PDFs: [stem, ext, dpi, its name]
const IMAGE = ['seed000', 'pdf', 300, 'seed000-page1.jpg'];

function usage(msg) {
  console.error(`make-scans: ${msg}\nusage: node scripts/make-scans.mjs OUTDIR [--shared DIR] [--dpi 150,300] [--only seed000,huaian_2024]`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { out: undefined, shared: path.resolve(ROOT, '..', 'shared'), dpis: [150, 300], only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--shared') opts.shared = path.resolve(value());
    else if (a === '--dpi') opts.dpis = value().split(',').map(Number);
    else if (a === '--only') opts.only = value().split(',').filter(Boolean);
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (opts.out === undefined) opts.out = path.resolve(a);
    else usage(`unexpected argument ${a}`);
  }
  if (!opts.out) usage('OUTDIR is required');
  if (!opts.dpis.length || opts.dpis.some((d) => !Number.isInteger(d) || d < 36 || d > 1200)) usage('--dpi takes whole numbers from 36 to 1200');
  return opts;
}

/** The tool's path on PATH, or a clear error naming it and its Debian package. */
function tool(name, pkg) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  throw new Error(`make-scans: ${name} not found on PATH (Debian package ${pkg}: apt-get install -y ${pkg})`);
}

function run(cmd, args, timeout = 300_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${signal ?? `exit ${code}`}): ${err.slice(-2000)}`));
    });
  });
}

/**
 * DOCX to PDF in one LibreOffice call (its start is slow), with a private profile so that another
 * soffice on the machine (a parallel run, a test) is neither used nor disturbed. soffice now and
 * then crashes on its way out: what it did not print is tried once more.
 */
async function docxToPdf(soffice, files, outdir, tries = 2) {
  const todo = files.filter((f) => !existsSync(path.join(outdir, `${path.basename(f, '.docx')}.pdf`)));
  if (!todo.length) return;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'make-scans-lo-'));
  try {
    await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, ...todo]);
  } catch (err) {
    if (tries <= 1) throw err;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (tries <= 1) {
    const missed = todo.filter((f) => !existsSync(path.join(outdir, `${path.basename(f, '.docx')}.pdf`)));
    if (missed.length) throw new Error(`make-scans: soffice did not print ${missed.join(', ')}`);
    return;
  }
  await docxToPdf(soffice, todo, outdir, tries - 1);
}

const readGold = (file) =>
  new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .map((g) => [g.file, g]),
  );

/** The sources in a fixed order, each with its gold line: { stem, ext, file, gold }. */
function listSources(shared, only) {
  const formats = path.join(shared, 'corpus', 'formats');
  const real = path.join(shared, 'corpus', 'real');
  for (const f of [path.join(formats, 'gold.jsonl'), path.join(real, 'gold.jsonl'), path.join(real, 'huaian_2024.pdf')]) {
    if (!existsSync(f)) throw new Error(`make-scans: ${f} not found (is --shared the shared folder?)`);
  }
  const formatsGold = readGold(path.join(formats, 'gold.jsonl'));
  const realGold = readGold(path.join(real, 'gold.jsonl'));
  const all = [
    ...readdirSync(formats)
      .filter((f) => /\.(pdf|docx)$/.test(f))
      .sort()
      .map((f) => ({ dir: formats, name: f, gold: formatsGold.get(f) })),
    { dir: real, name: 'huaian_2024.pdf', gold: realGold.get('huaian_2024.pdf') },
  ].map(({ dir, name, gold }) => {
    if (!gold) throw new Error(`make-scans: no gold line for ${name} in ${dir}/gold.jsonl`);
    const ext = path.extname(name).slice(1);
    return { stem: path.basename(name, `.${ext}`), ext, file: path.join(dir, name), gold };
  });
  if (!only) return all;
  const unknown = only.filter((s) => !all.some((src) => src.stem === s));
  if (unknown.length) throw new Error(`make-scans: --only names no source: ${unknown.join(', ')}`);
  return all.filter((src) => only.includes(src.stem));
}

/** 32-bit FNV-1a of a file name: the seed of that file's random angles and noise. */
function seedOf(name) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(name, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

/** Every page of a PDF as a grey PGM buffer, in page order. */
async function renderPages(pdftoppm, file, dpi, dir) {
  mkdirSync(dir, { recursive: true });
  await run(pdftoppm, ['-r', String(dpi), '-gray', file, path.join(dir, 'p')]);
  // pdftoppm names pages p-1.pgm or p-01.pgm (padded to the page count's digits)
  const pages = readdirSync(dir)
    .map((f) => [f, /^p-(\d+)\.pgm$/.exec(f)])
    .filter(([, m]) => m)
    .sort(([, a], [, b]) => Number(a[1]) - Number(b[1]))
    .map(([f]) => path.join(dir, f));
  if (!pages.length) throw new Error(`make-scans: pdftoppm rendered no page of ${file}`);
  return pages;
}

/** One page as a scanner would give it: turned, noisy, JPEG. */
function scanPage(pgm, rand, dpi) {
  const degrees = (1 + rand()) * (rand() < 0.5 ? -1 : 1);
  const img = rotate(parsePgm(pgm), degrees);
  addNoise(img, rand, { sigma: NOISE_SIGMA, speckles: 10 + Math.floor(rand() * 30), maxRadius: Math.max(1, Math.round((2 * dpi) / 150)) });
  return { width: img.width, height: img.height, jpeg: encodeJpeg(img, JPEG_QUALITY, dpi) };
}

const pt = (px, dpi) => String(Number(((px * 72) / dpi).toFixed(3)));

/** A PDF of images only: each page its JPEG drawn over the whole MediaBox. */
function imagePdf(pages, dpi) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + 3 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  ];
  for (const [i, p] of pages.entries()) {
    const [w, h] = [pt(p.width, dpi), pt(p.height, dpi)];
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${5 + 3 * i} 0 R >> >> /Contents ${4 + 3 * i} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      {
        dict: `/Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`,
        stream: p.jpeg,
      },
    );
  }
  return pdf(objects);
}

/** Runs the jobs, at most `n` at a time; their results in job order. */
async function pool(jobs, n) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, worker));
  return results;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const sources = listSources(opts.shared, opts.only);
  const pdftoppm = tool('pdftoppm', 'poppler-utils');
  const docxs = sources.filter((s) => s.ext === 'docx');
  const soffice = docxs.length ? tool('soffice', 'libreoffice-writer-nogui') : undefined;
  mkdirSync(opts.out, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'make-scans-'));
  try {
    // the DOCX print runs as the first job, beside the first PDF's rendering; a DOCX job waits for it
    const printed = path.join(tmp, 'docx');
    const docxFiles = docxs.map((s) => s.file);
    let printing;
    const print = () => (printing ??= docxToPdf(soffice, docxFiles, printed));
    const jobs = [];
    if (docxs.length) jobs.push(print);
    const ordered = [...sources.filter((s) => s.ext !== 'docx'), ...docxs];
    for (const src of ordered) {
      for (const dpi of opts.dpis) {
        jobs.push(async () => {
          const name = `${src.stem}-${src.ext}-${dpi}.pdf`;
          let input = src.file;
          if (src.ext === 'docx') {
            await print();
            input = path.join(printed, `${src.stem}.pdf`);
          }
          const dir = path.join(tmp, name);
          const rand = rng(seedOf(name));
          const pages = [];
          for (const pgm of await renderPages(pdftoppm, input, dpi, dir)) pages.push(scanPage(readFileSync(pgm), rand, dpi));
          rmSync(dir, { recursive: true, force: true });
          const bytes = imagePdf(pages, dpi);
          writeFileSync(path.join(opts.out, name), bytes);
          console.log(`${name}  ${pages.length} page(s), ${(bytes.length / 1024).toFixed(0)} KiB`);
          if (src.stem === IMAGE[0] && src.ext === IMAGE[1] && dpi === IMAGE[2]) {
            writeFileSync(path.join(opts.out, IMAGE[3]), pages[0].jpeg);
            console.log(`${IMAGE[3]}  page 1 of ${name}`);
          }
          return { name, src, pages: pages.length };
        });
      }
    }
    const done = (await pool(jobs, CONCURRENCY)).filter((r) => r?.name);
    // gold in source order, then resolution: the same file on every run
    const byName = new Map(done.map((d) => [d.name, d]));
    const gold = sources.flatMap((src) =>
      opts.dpis.map((dpi) => {
        const d = byName.get(`${src.stem}-${src.ext}-${dpi}.pdf`);
        return JSON.stringify({ ...src.gold, file: d.name });
      }),
    );
    writeFileSync(path.join(opts.out, 'gold.jsonl'), `${gold.join('\n')}\n`);
    console.log(`gold.jsonl  ${gold.length} line(s)`);
    const pageCount = done.reduce((n, d) => n + d.pages, 0);
    const images = done.some((d) => d.name === `${IMAGE[0]}-${IMAGE[1]}-${IMAGE[2]}.pdf`) ? 1 : 0;
    console.log(
      `make-scans: ${done.length} PDF(s) of ${pageCount} page(s), ${images} image(s) and gold.jsonl in ${opts.out} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
