// The .doc row patch wraps private methods of word-extractor, pinned exactly in package.json.
// Moving the pin means this file (and formats.test.ts's DOC cases) must still pass.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATCHED_INTERNALS, patchWordExtractor } from '../../../pipeline/extract/readers/doc-rows.js';
import { ROOT } from '../../helpers.js';

const require = createRequire(import.meta.url);

describe('the word-extractor patch', () => {
  it('is pinned to an exact version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['word-extractor']).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(require.resolve('word-extractor/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.dependencies['word-extractor']);
  });

  it('finds the private methods it wraps, and wraps them', () => {
    const proto = (require('word-extractor/lib/word-ole-extractor.js') as { prototype: Record<string, unknown> }).prototype;
    for (const name of PATCHED_INTERNALS) expect(typeof proto[name], name).toBe('function');
    patchWordExtractor();
    // patched once per process: either now or by an earlier test in this worker
    expect(String(proto.writeParagraphProperties)).toMatch(/hugeRowEnds/);
    expect(proto.extractWordDocument).toBeTypeOf('function');
  });
});
