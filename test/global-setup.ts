// Builds dist/ when the source is newer (build-dist.ts), then the generated fixtures once per test run (scripts/make-fixtures.mjs), the fuzz
// set (scripts/make-fuzz.mjs) and the printed layouts (scripts/make-layouts.mjs: printed with
// LibreOffice and Chromium once per version of the script, then copied from a cache) inside them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from './build-dist.js';

export default async function setup(): Promise<void> {
  buildDist(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  // @ts-expect-error: a plain .mjs script without types
  const { makeFixtures } = await import('../scripts/make-fixtures.mjs');
  makeFixtures();
  // @ts-expect-error: a plain .mjs script without types
  const { makeFuzz } = await import('../scripts/make-fuzz.mjs');
  await makeFuzz();
  // @ts-expect-error: a plain .mjs script without types
  const { makeLayouts } = await import('../scripts/make-layouts.mjs');
  await makeLayouts();
}
