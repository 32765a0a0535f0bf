// A file's job in the worker: read once, hashed, parsed unless its content is already
// loaded; a file that disappears, grows past the limit or changes while being read is a
// failure with its reason, never a half-read report.
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJob } from '../../pipeline/run/file-job.js';
import { SEEDS } from '../helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ds-job-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = path.join(SEEDS, '000_889672adc75fe0f6.txt');

describe('runJob', () => {
  it('reads, hashes and parses a report', async () => {
    const r = await runJob({ file: seed }, []);
    expect(r.kind).toBe('parsed');
    if (r.kind !== 'parsed' || !r.parsed.ok) throw new Error('not parsed');
    expect(r.facts.bytes).toBe(statSync(seed).size);
    expect(r.parsed.report.metrics.find((m) => m.key === 'proactive.total')?.value).toBe(224);
  });

  it('does not parse content that is already loaded', async () => {
    const { facts } = (await runJob({ file: seed }, [])) as { facts: { sha256: string } };
    expect(await runJob({ file: seed, loadedSha256: facts.sha256 }, [])).toEqual({ kind: 'same', facts: expect.objectContaining({ sha256: facts.sha256 }) });
  });

  it('fails a file that disappeared before it was read', async () => {
    expect(await runJob({ file: path.join(dir, 'gone.txt') }, [])).toEqual({ kind: 'failed', error: 'disappeared before it could be read' });
  });

  it('fails a file that grew past the limit after the listing', async () => {
    expect(await runJob({ file: seed, maxBytes: 1024 }, [])).toEqual({ kind: 'failed', error: expect.stringMatching(/over the 0 MB limit; not read/) });
  });

  it('fails a file that changes while it is being read, and keeps no hash of it', async () => {
    const file = path.join(dir, 'growing.txt');
    copyFileSync(seed, file);
    // the read is where a writer lands mid-read: append just before it
    const ops = { ...fs, readFileSync: ((fd: number) => (appendFileSync(file, '\n追加的一行'), fs.readFileSync(fd))) as typeof fs.readFileSync };
    expect(await runJob({ file }, [], ops)).toEqual({ kind: 'failed', error: 'changed while being read; it will be read again on the next run' });
    // settled: the next read takes it whole
    const again = await runJob({ file }, []);
    expect(again).toMatchObject({ kind: 'parsed', facts: { bytes: statSync(file).size } });
    expect((again as { facts: { sha256: string } }).facts.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });
});
