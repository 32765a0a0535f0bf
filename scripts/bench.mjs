#!/usr/bin/env node
// `npm run bench`: measures the nightly run on generated corpora (scripts/make-corpus.mjs)
// and writes the figures into BENCHMARKS.md between its RESULTS markers.
//   - per format (text, portal HTML, DOCX, DOC, PDF): reports/s with 1 and 2 parse workers
//     (the speed-up), PDF pages/s, and the floor: reading and decoding the same bytes
//     without parsing them, with the run's time as a multiple of it;
//   - scale (text): a full run over 1k, 10k and 100k files: reports/s, peak RSS (the whole
//     process, workers included), database size, and a second, no-op run over the same folder.
// Each measured run is its own process (scripts/bench-run.mjs), so its peak RSS is its own.
// This 2-core virtual machine is noisy (the same run varies by ±15 %): each per-format run
// is repeated (--reps, 3 by default) and its median time is kept, with the largest peak RSS.
// --compare DIR also runs another checkout's harness (built, e.g. a worktree of an earlier
// commit) on the same corpora, with 2 workers: a before/after on the same machine and day.
// --formats pdf (a comma list) measures only those formats, without the scale runs, and writes
// its figures into a section of their own (<!-- RESULTS-PDF:START --> …), added when missing.
// --search measures full-text search instead (its own section, <!-- RESULTS-SEARCH:START --> …):
// for each --scale (default 10000,100000) a text corpus is loaded without the full-text index,
// then bench-run.mjs --index builds the trigram and the bigram index apart (--reps times),
// sizes them and times `disclosure search` for words of 1, 2 and 3+ characters. --reuse keeps
// the databases of an earlier --search run in --work (a 100k load takes 8–15 minutes here).
//   node scripts/bench.mjs [--work DIR] [--scale 1000,10000,100000] [--reps 3] [--compare DIR] [--quick] [--formats pdf]
//   node scripts/bench.mjs --search [--scale 10000,100000] [--reps 2] [--reuse]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus } from './make-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    work: { type: 'string', default: path.join(os.tmpdir(), 'disclosure-bench') },
    scale: { type: 'string' },
    reps: { type: 'string' },
    compare: { type: 'string' },
    quick: { type: 'boolean' },
    formats: { type: 'string' },
    search: { type: 'boolean' },
    reuse: { type: 'boolean' },
  },
});
const REPS = Number(values.reps ?? (values.quick ? 1 : 3));
const work = values.work;
const only = values.formats?.split(',');
const scale = only ? [] : (values.scale ?? (values.quick ? '1000,5000' : '1000,10000,100000')).split(',').map(Number);
const ALL_FORMATS = values.quick ? { text: 500, html: 300, docx: 200, doc: 100, pdf: 60 } : { text: 3000, html: 1500, docx: 1000, doc: 500, pdf: 300 };
/** Formats also measured with worker processes. */
const PROCESS_FORMATS = ['text', 'html'];
const PER_FORMAT = Object.fromEntries(Object.entries(ALL_FORMATS).filter(([f]) => !only || only.includes(f)));

const compareRev = values.compare && execFileSync('git', ['-C', values.compare, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

function measure(args, checkout = root, env = {}) {
  const out = execFileSync(process.execPath, [path.join(checkout, 'scripts', 'bench-run.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env },
  });
  return JSON.parse(out.trim().split('\n').pop());
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const machine = () =>
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${fmt(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}.`;

/** Writes `lines` into BENCHMARKS.md between the markers of `tag` (a section of its own, added when missing). */
function writeSection(tag, title, lines) {
  const file = path.join(root, 'BENCHMARKS.md');
  const start = `<!-- ${tag}:START -->`;
  const end = `<!-- ${tag}:END -->`;
  let doc = readFileSync(file, 'utf8');
  if (!doc.includes(start)) doc += `\n## ${title}\n\n${start}\n${end}\n`;
  writeFileSync(file, `${doc.slice(0, doc.indexOf(start) + start.length)}\n${lines.join('\n')}\n${doc.slice(doc.indexOf(end))}`);
  console.log(lines.join('\n'));
}

if (values.search) {
  await benchSearch();
  process.exit(0);
}

/** Full-text search: index build times and sizes, search latency, per scale. */
async function benchSearch() {
  const sizes = (values.scale ?? '10000,100000').split(',').map(Number);
  const reps = Number(values.reps ?? 2);
  mkdirSync(work, { recursive: true });
  const rows = [];
  for (const n of sizes) {
    const db = path.join(work, `search-${n}.sqlite`);
    if (!values.reuse || !existsSync(db)) {
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
      const corpus = path.join(work, `search-${n}`);
      makeCorpus(corpus, n, ['text']);
      measure(['--input', corpus, '--db', db, '--workers', '2'], root, { BENCH_TEXT_INDEX: '0' });
      rmSync(corpus, { recursive: true, force: true });
    }
    const r = measure(['--index', '--db', db, '--reps', String(reps)]);
    rows.push({ n, ...r });
    console.error(`search ${n}: trigram ${r.runs.map((x) => x.trigram.toFixed(1)).join('/')} s, bigram ${r.runs.map((x) => x.bigram.toFixed(1)).join('/')} s`);
  }
  const range = (xs, d = 1) => {
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    return lo.toFixed(d) === hi.toFixed(d) ? lo.toFixed(d) : `${lo.toFixed(d)}–${hi.toFixed(d)}`;
  };
  const mb = (x) => `${fmt(x)} MB`;
  writeSection('RESULTS-SEARCH', 'Full-text search', [
    machine(),
    `Command: \`npm run bench -- --search --scale ${sizes.join(',')} --reps ${reps}${values.reuse ? ' --reuse' : ''}\` (text corpora of scripts/make-corpus.mjs loaded with \`BENCH_TEXT_INDEX=0\`; each index emptied and built again ${reps} time${reps > 1 ? 's' : ''}, the range is given).`,
    '',
    '| reports | paragraphs | trigram index build | bigram index build | both (`indexText` at the end of a run) | trigram index | bigram index | database without the bigram index → with it |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const base = r.mb.other + r.mb.trigram;
      return `| ${fmt(r.n)} | ${fmt(r.paragraphs)} | ${range(r.runs.map((x) => x.trigram))} s | ${range(r.runs.map((x) => x.bigram))} s | ${range(r.runs.map((x) => x.trigram + x.bigram))} s | ${mb(r.mb.trigram)} | ${mb(r.mb.bigram)} | ${mb(base)} → ${mb(base + r.mb.bigram)} (+${((100 * r.mb.bigram) / base).toFixed(1)} %) |`;
    }),
    '',
    '| reports | word | looked up in | paragraphs found | in reports | search, --limit 20, on a connection of its own (min–max of 5) |',
    '|---:|---|---|---:|---:|---:|',
    ...rows.flatMap((r) =>
      r.queries.map(
        (q) =>
          `| ${fmt(r.n)} | ${q.term} | ${{ bigram: 'bigram index', trigram: 'trigram index', like: 'LIKE over every paragraph' }[q.route]} | ${fmt(q.paragraphs)} | ${fmt(q.reports)} | ${range([q.min, q.max], 2)} s |`,
      ),
    ),
    ...rows
      .filter((r) => r.migrateSeconds > 0.5)
      .map(
        (r) => `\nUpgrading the ${fmt(r.n)}-report database to migration 015 (paragraphs copied, indexes recreated empty): ${r.migrateSeconds.toFixed(1)} s.`,
      ),
  ]);
}

async function pdfPages(dir) {
  const mupdf = await import('mupdf');
  let pages = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.pdf')) {
        const doc = mupdf.Document.openDocument(readFileSync(p), 'application/pdf');
        pages += doc.countPages();
        doc.destroy();
      }
    }
  };
  walk(dir);
  return pages;
}

const rows = [];
rmSync(work, { recursive: true, force: true });

for (const [format, n] of Object.entries(PER_FORMAT)) {
  const corpus = path.join(work, format);
  makeCorpus(corpus, n, [format]);
  const floor = measure(['--floor', '--input', corpus]);
  const runs = {};
  /** The median time of REPS runs (this machine is noisy), with the largest peak RSS. */
  const median = (w, checkout, parseIn) => {
    const db = path.join(work, `${format}-w${w}.sqlite`);
    const reps = [];
    for (let i = 0; i < REPS; i++) {
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
      // the earlier checkout's harness knows neither option (it parses strictly)
      reps.push(measure(['--input', corpus, '--db', db, '--workers', String(w), ...(parseIn ? ['--parse-in', parseIn] : [])], checkout));
    }
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    const sorted = reps.map((r) => r.seconds).sort((a, b) => a - b);
    return { ...reps[0], seconds: sorted[Math.floor(sorted.length / 2)], maxRssMb: Math.max(...reps.map((r) => r.maxRssMb)) };
  };
  for (const w of [1, 2]) runs[w] = median(w);
  // worker processes instead of threads (issue 19, point 4), for the formats the target names
  if (PROCESS_FORMATS.includes(format)) for (const w of [1, 2]) runs[`p${w}`] = median(w, root, 'processes');
  if (values.compare) {
    runs.compare = median(2, values.compare);
    // the earlier checkout with one worker too, when one format is measured: before/after per worker count
    if (only) runs.compare1 = median(1, values.compare);
  }
  const pages = format === 'pdf' ? await pdfPages(corpus) : undefined;
  rows.push({ format, n, floor, runs, pages });
  console.error(`${format}: ${n} files, ${fmt(n / runs[2].seconds)} /s with 2 workers`);
  rmSync(corpus, { recursive: true, force: true });
}

const scaleRows = [];
for (const n of scale) {
  const corpus = path.join(work, `scale-${n}`);
  makeCorpus(corpus, n, ['text']);
  const db = path.join(work, `scale-${n}.sqlite`);
  // a bulk load leaves the full-text index to one pass after it, timed apart (--text-index after)
  const full = measure(['--input', corpus, '--db', db, '--workers', '2', '--text-index', 'after', '--sizes']);
  const noop = measure(['--input', corpus, '--db', db, '--workers', '2']);
  // the nightly command as cron runs it: first with the CSV exports to write, then unchanged
  const out = path.join(work, `scale-${n}-out`);
  const cli = () => {
    const t = performance.now();
    execFileSync(process.execPath, [path.join(root, 'bin', 'disclosure.mjs'), 'run', '--input', corpus, '--db', db, '--out', out], { stdio: 'ignore' });
    return (performance.now() - t) / 1000;
  };
  const exportsRun = cli();
  const nightlyNoop = cli();
  rmSync(out, { recursive: true, force: true });
  // the earlier checkout on the same corpus: its full run (index at the end) and its no-op
  let before;
  if (values.compare) {
    const bdb = path.join(work, `scale-${n}-before.sqlite`);
    before = { full: measure(['--input', corpus, '--db', bdb, '--workers', '2'], values.compare) };
    before.noop = measure(['--input', corpus, '--db', bdb, '--workers', '2'], values.compare);
    for (const f of [bdb, `${bdb}-wal`, `${bdb}-shm`]) rmSync(f, { force: true });
  }
  scaleRows.push({ n, full, noop, exportsRun, nightlyNoop, before });
  console.error(`scale ${n}: ${fmt(n / full.seconds)} /s, peak ${fmt(full.maxRssMb)} MB, no-op ${noop.seconds.toFixed(2)} s`);
  rmSync(corpus, { recursive: true, force: true });
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
}

const lines = [
  machine(),
  `Command: \`npm run bench${values.compare || only ? ' --' : ''}${only ? ` --formats ${only.join(',')}` : ''}${values.compare ? ` --compare <worktree of ${compareRev}>` : ''}\` (${values.quick ? 'quick sizes' : 'full sizes'}; per-format times are the median of ${REPS} run${REPS > 1 ? 's' : ''}).`,
  '',
  `| format | files | reports/s, 1 worker | reports/s, 2 workers | speed-up | worker processes: reports/s, 1 → 2 (speed-up) | floor: read + decode, files/s | run time ÷ floor | peak RSS (2 workers) |${compareRev ? ` ${compareRev}: reports/s, peak RSS (2 workers) |` : ''}`,
  `|---|---:|---:|---:|---:|---:|---:|---:|---:|${compareRev ? '---:|' : ''}`,
  ...rows.map((r) => {
    const one = r.n / r.runs[1].seconds;
    const two = r.n / r.runs[2].seconds;
    const pages = r.pages ? ` (${fmt(r.pages / r.runs[2].seconds)} pages/s; ${r.pages} pages)` : '';
    const pages1 = r.pages ? ` (${fmt(r.pages / r.runs[1].seconds)} pages/s)` : '';
    const one1 = r.runs.compare1
      ? `${fmt(r.n / r.runs.compare1.seconds)}${r.pages ? ` (${fmt(r.pages / r.runs.compare1.seconds)} pages/s)` : ''} with 1 worker; `
      : '';
    const before = r.runs.compare
      ? ` ${one1}${fmt(r.n / r.runs.compare.seconds)}${r.pages ? ` (${fmt(r.pages / r.runs.compare.seconds)} pages/s)` : ''}${one1 ? ' with 2' : ''}, ${fmt(r.runs.compare.maxRssMb)} MB |`
      : '';
    const procs = r.runs.p1
      ? `${fmt(r.n / r.runs.p1.seconds)} → ${fmt(r.n / r.runs.p2.seconds)} (${(r.runs.p1.seconds / r.runs.p2.seconds).toFixed(2)}×), ${fmt(r.runs.p2.maxRssMb)} MB`
      : '';
    return `| ${r.format} | ${fmt(r.n)} | ${fmt(one)}${pages1} | ${fmt(two)}${pages} | ${(two / one).toFixed(2)}× | ${procs} | ${fmt(r.n / r.floor.seconds)} | ${(r.runs[2].seconds / r.floor.seconds).toFixed(0)}× | ${fmt(r.runs[2].maxRssMb)} MB |${before}`;
  }),
  ...(scaleRows.length
    ? [
        '',
        '| text files | load (index left to after), reports/s | full-text index, one pass after | load + index, reports/s | peak RSS | database per report: whole, without the full-text index | no-op second run | no-op peak RSS | `disclosure run` writing the CSVs and report.html | nightly `disclosure run`, nothing changed |' +
          (compareRev ? ` ${compareRev}: reports/s (index at the end), peak RSS, database per report, no-op |` : ''),
        `|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${compareRev ? '---:|' : ''}`,
        ...scaleRows.map((s) => {
          const kb = (mb) => `${((mb * 1024) / s.n).toFixed(1)} KB`;
          const before = s.before
            ? ` ${fmt(s.n / s.before.full.seconds)}, ${fmt(s.before.full.maxRssMb)} MB, ${kb(s.before.full.dbMb)}, ${s.before.noop.seconds.toFixed(2)} s |`
            : '';
          return `| ${fmt(s.n)} | ${fmt(s.n / s.full.loadSeconds)} | ${s.full.indexSeconds.toFixed(1)} s (${((1000 * s.full.indexSeconds) / s.n).toFixed(2)} ms a report) | ${fmt(s.n / s.full.seconds)} | ${fmt(s.full.maxRssMb)} MB | ${kb(s.full.pagesMb)}, ${kb(s.full.pagesMb - s.full.ftsMb)} | ${s.noop.seconds.toFixed(2)} s | ${fmt(s.noop.maxRssMb)} MB | ${s.exportsRun.toFixed(1)} s | ${s.nightlyNoop.toFixed(2)} s |${before}`;
        }),
      ]
    : []),
];

/** Issue 19's targets against this run's figures: after, and before when --compare ran. */
function targetLines() {
  const by = Object.fromEntries(rows.map((r) => [r.format, r]));
  const rate = (f, k) => (by[f]?.runs[k] ? by[f].n / by[f].runs[k].seconds : undefined);
  const big = scaleRows[scaleRows.length - 1];
  const out = ['', '| target (issue 19) | before' + (compareRev ? ` (${compareRev})` : '') + ' | after | met? |', '|---|---:|---:|---|'];
  const row = (what, before, after, met) => out.push(`| ${what} | ${before ?? '–'} | ${after ?? '–'} | ${met === undefined ? '–' : met ? 'yes' : 'no'} |`);
  const perS = (x) => (x === undefined ? undefined : `${fmt(x)}/s`);
  for (const [f, target] of [
    ['text', 1000],
    ['html', 400],
    ['docx', 300],
    ['doc', 300],
  ]) {
    const a = rate(f, 2);
    if (a !== undefined) row(`${f}: ≥ ${fmt(target)} reports/s (2 workers, index included)`, perS(rate(f, 'compare')), perS(a), a >= target ? true : false);
  }
  if (by.docx)
    row('DOCX faster with 2 workers than with 1', undefined, `${fmt(rate('docx', 1))} → ${fmt(rate('docx', 2))}/s`, rate('docx', 2) > rate('docx', 1));
  for (const f of PROCESS_FORMATS.filter((x) => by[x])) {
    const t = rate(f, 2) / rate(f, 1);
    const pr = by[f].runs.p1 ? rate(f, 'p2') / rate(f, 'p1') : undefined;
    row(`${f}: 1 → 2 workers ≥ 1.7×`, undefined, `threads ${t.toFixed(2)}×${pr ? `, processes ${pr.toFixed(2)}×` : ''}`, Math.max(t, pr ?? 0) >= 1.7);
  }
  if (big) {
    const kb = (mb) => (mb * 1024) / big.n;
    row(
      `database ≤ 15 KB a report (${fmt(big.n)} text reports)`,
      big.before ? `${kb(big.before.full.dbMb).toFixed(1)} KB` : undefined,
      `${kb(big.full.pagesMb).toFixed(1)} KB; ${kb(big.full.pagesMb - big.full.ftsMb).toFixed(1)} KB without the full-text index`,
      kb(big.full.pagesMb) <= 15,
    );
    row(
      `no-op over ${fmt(big.n)} unchanged files ≤ 1 s`,
      big.before ? `${big.before.noop.seconds.toFixed(2)} s` : undefined,
      `${big.noop.seconds.toFixed(2)} s (\`disclosure run\`: ${big.nightlyNoop.toFixed(2)} s)`,
      big.noop.seconds <= 1,
    );
    const peaks = scaleRows.map((s) => s.full.maxRssMb);
    const bpeaks = scaleRows.filter((s) => s.before).map((s) => s.before.full.maxRssMb);
    row(
      `peak RSS ≤ 300 MB, flat from ${fmt(scaleRows[0].n)} to ${fmt(big.n)} (full runs)`,
      bpeaks.length ? bpeaks.map((x) => `${fmt(x)}`).join(' → ') + ' MB' : undefined,
      peaks.map((x) => `${fmt(x)}`).join(' → ') + ' MB',
      Math.max(...peaks) <= 300,
    );
  }
  return out;
}
if (!only) lines.push(...targetLines());

const tag = only ? `RESULTS-${only.join('-').toUpperCase()}` : 'RESULTS';
writeSection(tag, `${only?.join(', ')} only`, lines);
