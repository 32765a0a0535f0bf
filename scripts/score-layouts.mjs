#!/usr/bin/env node
// Scores the extractor on the generated layouts (scripts/make-layouts.mjs) with the shared
// scorer, ../shared/eval/score.mjs: per file, per layout, and over the whole set.
//   npm run build && node scripts/score-layouts.mjs [--verbose] [--sources]
// It makes the layouts if they are missing, runs `node bin/disclosure.mjs extract … --json` once
// over every file (the compiled dist/, hence the build), then hands the scorer that output
// through a replay command, one gold line at a time and all together. --sources scores the
// DOCX/HTML sources (sources.jsonl) instead of the prints (gold.jsonl).
// The same as the scorer's plain use, which prints the whole-set line only:
//   node ../shared/eval/score.mjs --gold test/fixtures/generated/layouts/gold.jsonl \
//        --raw test/fixtures/generated/layouts --cmd "node bin/disclosure.mjs extract"
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(SELF), '..');
const args = process.argv.slice(2);

// --replay FILE F1 F2 … --json: print the recorded lines of those files (the scorer's --cmd)
if (args[0] === '--replay') {
  const want = new Set(
    args
      .slice(2)
      .filter((a) => !a.startsWith('--'))
      .map((f) => path.resolve(f)),
  );
  for (const line of readFileSync(args[1], 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const o = JSON.parse(line);
    if (want.has(path.resolve(o.file))) process.stdout.write(`${line}\n`);
  }
  process.exit(0);
}

const scorer = path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
const dir = path.join(root, 'test', 'fixtures', 'generated', 'layouts');
const verbose = args.includes('--verbose');
const goldFile = path.join(dir, args.includes('--sources') ? 'sources.jsonl' : 'gold.jsonl');

if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('score-layouts: dist/ is missing: run `npm run build` first');
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`score-layouts: the shared scorer is not at ${scorer}`);
  process.exit(2);
}
const { makeLayouts } = await import('./make-layouts.mjs');
await makeLayouts();

const gold = readFileSync(goldFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const files = gold.map((l) => path.join(dir, JSON.parse(l).file));
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'disclosure.mjs'), 'extract', ...files, '--json'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
  cwd: root,
});
if (run.stdout == null || !run.stdout.trim()) {
  console.error(`score-layouts: the extractor printed nothing: ${run.error?.message ?? run.stderr}`);
  process.exit(2);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'score-layouts-'));
const recorded = path.join(tmp, 'extract.jsonl');
writeFileSync(recorded, run.stdout);
const replay = `${process.execPath} ${SELF} --replay ${recorded}`;

function score(lines) {
  const g = path.join(tmp, 'gold.jsonl');
  writeFileSync(g, `${lines.join('\n')}\n`);
  const r = spawnSync(process.execPath, [scorer, '--gold', g, '--raw', dir, '--cmd', replay, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  const out = r.stdout.trim().split('\n');
  const last = out.at(-1) ?? '';
  const m = /score ([\d.]+)% of (\d+) stated figures; wrong (\d+); invented (\d+); identity ([\d.]+)%/.exec(last);
  const missing = /missing (\d+)/.exec(out.find((l) => l.startsWith('metrics:')) ?? '')?.[1];
  return { m, missing, out, last };
}

try {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`${pad('file', 36)} ${pad('score', 7)} ${pad('of', 4)} ${pad('wrong', 5)} ${pad('miss', 5)} ${pad('inv', 4)} identity`);
  const byLayout = new Map();
  for (const line of gold) {
    const file = JSON.parse(line).file;
    const { m, missing, out } = score([line]);
    if (verbose) for (const l of out.slice(0, -4)) console.log(`    ${l}`);
    console.log(
      m
        ? `${pad(file, 36)} ${pad(`${m[1]}%`, 7)} ${pad(m[2], 4)} ${pad(m[3], 5)} ${pad(missing ?? '?', 5)} ${pad(m[4], 4)} ${m[5]}%`
        : `${pad(file, 36)} ${out.join(' ')}`,
    );
    const layout = file.replace(/(\.chrome)?\.(pdf|layout\.txt|docx|html)$/, '');
    byLayout.set(layout, [...(byLayout.get(layout) ?? []), line]);
  }
  console.log('\nper layout (all its prints together)');
  for (const [layout, lines] of byLayout) {
    const { m } = score(lines);
    console.log(`${pad(layout, 36)} ${m ? `${m[1]}% of ${m[2]}; wrong ${m[3]}; invented ${m[4]}; identity ${m[5]}%` : '?'}`);
  }
  console.log('\nall');
  console.log(score(gold).out.join('\n'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
