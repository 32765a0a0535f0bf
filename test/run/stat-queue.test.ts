// The listed files stat-ed while the listing goes on (stat-queue.ts): a thread takes chunks
// from the counter this thread takes from when the listing ends; the arrays come back in the
// order the files were added, and a thread that dies is not trusted with any chunk.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statInto } from '../../pipeline/run/stat-files.js';
import { StatQueue } from '../../pipeline/run/stat-queue.js';

let dir: string;
let paths: Array<string | Buffer>;
/** The same paths stat-ed in this thread, one by one. */
const oneByOne = () => {
  const out = { size: new Float64Array(paths.length), mtime: new Float64Array(paths.length) };
  statInto(paths, out);
  return out;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-stat-'));
  // files of different sizes, one gone, one whose name is not UTF-8 (stat-ed by its bytes)
  const files = Array.from({ length: 7 }, (_, i) => path.join(dir, `f${i}.txt`));
  files.forEach((f, i) => writeFileSync(f, '报'.repeat(i + 1)));
  const gbk = Buffer.concat([Buffer.from(dir + path.sep), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74])]);
  writeFileSync(gbk, '报告');
  paths = Array.from({ length: 300 }, (_, i) => (i % 50 === 7 ? gbk : i % 50 === 9 ? path.join(dir, 'gone.txt') : files[i % 7]!));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('StatQueue', () => {
  it('gives every file its size and mtime in the order added, whichever thread stat-ed it', async () => {
    const q = new StatQueue({ splitFrom: 1, chunk: 3 });
    for (const p of paths) q.add(p);
    // the thread has taken chunks before this one takes any: both kinds of chunk are in the result
    await vi.waitFor(() => expect(q.chunksDone).toBeGreaterThan(0));
    const got = await q.done();
    expect(got).toEqual(oneByOne());
    expect(got.size[0]).toBe(statSync(paths[0]!).size);
    expect(got.size[7]).toBe(6);
    expect(got.size[9]).toBe(-1);
    expect(got.mtime[9]).toBe(0);
  });

  it('stats a small listing in this thread alone', async () => {
    const q = new StatQueue({ splitFrom: 1000, chunk: 3 });
    for (const p of paths.slice(0, 20)) q.add(p);
    expect(q.chunksDone).toBe(0);
    const got = await q.done();
    expect([...got.size]).toEqual([...oneByOne().size.slice(0, 20)]);
  });

  it('stats every chunk again when the thread dies with a chunk taken and not done', async () => {
    // a thread that takes the first chunk from the counter and dies
    const worker = path.join(dir, 'dies.mjs');
    const marker = path.join(dir, 'took-one');
    writeFileSync(
      worker,
      `import { workerData } from 'node:worker_threads';
       import { writeFileSync } from 'node:fs';
       Atomics.compareExchange(new Int32Array(workerData), 0, 0, 1);
       writeFileSync(${JSON.stringify(marker)}, '');
       process.exit(1);`,
    );
    const q = new StatQueue({ splitFrom: 1, chunk: 10, workerFile: worker });
    for (const p of paths) q.add(p);
    await vi.waitFor(() => expect(existsSync(marker)).toBe(true));
    expect(await q.done()).toEqual(oneByOne());
  });
});
