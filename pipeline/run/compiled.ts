// Where a worker's compiled module is: beside the calling module once built (dist/), or in
// dist/ when the caller runs from source (tests: threads get no TypeScript loader, so
// test/global-setup.ts builds dist first).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function compiledBeside(moduleUrl: string, file: string): string {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const beside = path.join(here, file);
  if (existsSync(beside)) return beside;
  return path.resolve(here, '..', '..', 'dist', 'pipeline', path.basename(here), file);
}
