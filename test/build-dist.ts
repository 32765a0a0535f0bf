// The tests run the CLI as a user does (bin/disclosure.mjs → dist/) and the parse pool's
// worker threads run dist/pipeline/run/worker.js (a worker gets no TypeScript loader): so
// dist/ must be today's source, or a test passes or fails on stale code. Built here once per
// test run when any source file is newer than its compiled file; `npm test` builds first,
// and then this costs a stat per file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) yield p;
  }
}

export function staleSources(root: string): string[] {
  const stale: string[] = [];
  for (const dir of ['cli', 'pipeline'])
    for (const src of sources(path.join(root, dir))) {
      const out = path.join(root, 'dist', path.relative(root, src)).replace(/\.ts$/, '.js');
      if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs) stale.push(src);
    }
  return stale;
}

export function buildDist(root: string): void {
  if (!staleSources(root).length) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')], {
    cwd: root,
    stdio: 'inherit',
  });
}
