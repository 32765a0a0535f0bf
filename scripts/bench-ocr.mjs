#!/usr/bin/env node
// `npm run bench:ocr`: OCR of scanned reports, measured on the scans of the corpus's real reports
// (scripts/make-scans.mjs: rendered at 150 and 300 dpi, turned 1–2°, JPEG-worn, image-only PDFs
// with their gold) and written into BENCHMARKS.md between its RESULTS-OCR markers:
//   - accuracy at each --render dpi (the resolution scanned pages are rendered at for OCR):
//     ../shared/eval/score.mjs with `disclosure extract --ocr --ocr-dpi N`, the gold split in two
//     halves scored at once (one per core), their counts added;
//   - speed: `disclosure run --ocr` over the whole set with 1 and 2 workers: pages/s.
//   node scripts/bench-ocr.mjs [--scans DIR] [--render 200,300,400] [--workers 1,2] [--no-write]
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const { values } = parseArgs({
  options: {
    scans: { type: 'string', default: path.join(os.tmpdir(), 'disclosure-scans') },
    render: { type: 'string', default: '200,300,400' },
    workers: { type: 'string', default: '1,2' },
    'no-write': { type: 'boolean' },
  },
});
const run = promisify(execFile);
const bin = path.join(root, 'bin', 'disclosure.mjs');
const dir = values.scans;
if (!existsSync(path.join(dir, 'gold.jsonl'))) execFileSync(process.execPath, [path.join(root, 'scripts', 'make-scans.mjs'), dir], { stdio: 'inherit' });
const gold = readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean);
const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
const pages = pdfs.reduce((n, f) => n + Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path.join(dir, f)], { encoding: 'utf8' }))[1]), 0);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-ocr-'));

/** score.mjs on two halves of the gold at once; its counts added. */
async function score(dpi) {
  const halves = [gold.filter((_, i) => i % 2 === 0), gold.filter((_, i) => i % 2 === 1)].map((lines, i) => {
    const f = path.join(tmp, `gold-${dpi}-${i}.jsonl`);
    writeFileSync(f, lines.join('\n') + '\n');
    return f;
  });
  const outs = await Promise.all(
    halves.map((g) =>
      run(
        process.execPath,
        [path.join(shared, 'eval', 'score.mjs'), '--gold', g, '--raw', dir, '--cmd', `${process.execPath} ${bin} extract --ocr --ocr-dpi ${dpi}`],
        {
          maxBuffer: 1 << 26,
        },
      ).then((r) => r.stdout),
    ),
  );
  const sum = { correct: 0, wrong: 0, missing: 0, invented: 0, idOk: 0, idAll: 0 };
  for (const o of outs) {
    const m = /metrics: correct (\d+), wrong (\d+), missing (\d+), invented (\d+)/.exec(o);
    const id = /identity (\d+)\/(\d+)/.exec(o);
    sum.correct += Number(m[1]);
    sum.wrong += Number(m[2]);
    sum.missing += Number(m[3]);
    sum.invented += Number(m[4]);
    sum.idOk += Number(id[1]);
    sum.idAll += Number(id[2]);
  }
  return sum;
}

/** `disclosure run --ocr` over the set: seconds and pages/s. */
function speed(workers) {
  const db = path.join(tmp, `w${workers}.sqlite`);
  const t = performance.now();
  execFileSync(
    process.execPath,
    [
      bin,
      'run',
      '--input',
      dir,
      '--db',
      db,
      '--out',
      path.join(tmp, `out${workers}`),
      '--ocr',
      '--workers',
      String(workers),
      '--text-index',
      'none',
      '--fail-on',
      'none',
    ],
    {
      stdio: 'ignore',
    },
  );
  const s = (performance.now() - t) / 1000;
  return { workers, seconds: s, pagesPerSecond: pages / s };
}

const rows = [];
// --render '' or --workers '' skips that part (the two can be run apart, e.g. the timing on an idle machine)
for (const dpi of values.render.split(',').filter(Boolean).map(Number)) {
  const t = performance.now();
  const s = await score(dpi);
  const stated = s.correct + s.wrong + s.missing;
  rows.push({ dpi, ...s, stated, share: s.correct / stated, seconds: (performance.now() - t) / 1000 });
  console.log(
    `render ${dpi} dpi: ${((100 * s.correct) / stated).toFixed(1)}% of ${stated}, wrong ${s.wrong}, invented ${s.invented}, identity ${s.idOk}/${s.idAll}`,
  );
}
const speeds = values.workers.split(',').filter(Boolean).map(Number).map(speed);
for (const s of speeds) console.log(`${s.workers} worker(s): ${s.seconds.toFixed(0)} s, ${s.pagesPerSecond.toFixed(2)} pages/s`);
rmSync(tmp, { recursive: true, force: true });

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:ocr\` on ${os.cpus().length} cores: ${pdfs.length} scanned PDFs (${pages} pages) made by`,
  '`scripts/make-scans.mjs` from the real PDFs and DOCX of `../shared/corpus` (150 and 300 dpi, turned 1–2°, JPEG quality 75 with noise).',
  '',
  '| pages rendered for OCR at | stated figures found | wrong | invented | identity (body, year, template, region) |',
  '|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.dpi} dpi | ${(100 * r.share).toFixed(1)}% of ${r.stated} | ${r.wrong} | ${r.invented} | ${((100 * r.idOk) / r.idAll).toFixed(1)}% of ${r.idAll} |`,
  ),
  '',
  '| `disclosure run --ocr` | time | pages/s |',
  '|---|---:|---:|',
  ...speeds.map((s) => `| ${s.workers} worker${s.workers > 1 ? 's' : ''} | ${s.seconds.toFixed(0)} s | ${s.pagesPerSecond.toFixed(2)} |`),
].join('\n');
console.log(table);
if (!values['no-write']) {
  const file = path.join(root, 'BENCHMARKS.md');
  let md = readFileSync(file, 'utf8');
  const [a, b] = ['<!-- RESULTS-OCR:START -->', '<!-- RESULTS-OCR:END -->'];
  if (!md.includes(a)) md += `\n## OCR of scanned reports (issue 20)\n\n${a}\n${b}\n`;
  md = md.replace(new RegExp(`${a}[\\s\\S]*${b}`), `${a}\n${table}\n${b}`);
  writeFileSync(file, md);
}
