// An unexpected error (a bug, not a bad file) keeps its stack and cause on its way from a
// parse worker to the log: the file's row gets the message, pino's line gets `err` with the
// stack where it was thrown.
import { Writable } from 'node:stream';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { recordOf, revive } from '../../pipeline/run/errors.js';
import { ParsePool } from '../../pipeline/run/pool.js';
import { Tally } from '../../pipeline/run/tally.js';
import type { BatchWriter } from '../../pipeline/load/batch.js';
import type { RegionOverride } from '../../pipeline/transform/region/overrides.js';
import { SEEDS } from '../helpers.js';

/** A logger whose lines are kept, parsed. */
function captured() {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
  return { log: pino(sink), lines };
}

describe('ErrorRecord', () => {
  it('carries name, message, stack and cause through a structured clone and back to pino', () => {
    const inner = new RangeError('offset past the end');
    const outer = new Error('table could not be read', { cause: inner });
    const back = revive(structuredClone(recordOf(outer)));
    expect(back.stack).toBe(outer.stack);
    expect((back.cause as Error).stack).toBe(inner.stack);
    const { log, lines } = captured();
    log.error({ err: back }, 'boom');
    const err = lines[0]!.err as { message: string; stack: string };
    expect(err.message).toMatch(/table could not be read: offset past the end/);
    expect(err.stack).toContain('errors.test.ts');
    expect(err.stack).toMatch(/caused by: RangeError: offset past the end/);
  });
});

describe('the parse pool', () => {
  it('brings back an internal error from a worker with the stack it had there', async () => {
    // override rules of the wrong shape make transform throw a TypeError: a stand-in for a bug
    const broken = [{ match: 42 }] as unknown as RegionOverride[];
    const pool = new ParsePool({ workers: 1, timeoutMs: 30_000, memoryMb: 256, overrides: broken });
    try {
      const r = await pool.run({ file: path.join(SEEDS, '000_889672adc75fe0f6.txt') });
      expect(r.kind).toBe('parsed');
      if (r.kind !== 'parsed' || r.parsed.ok) throw new Error('expected an internal error');
      expect(r.parsed.error).toMatch(/^internal error: /);
      // the stack comes from the worker thread's compiled code
      expect(r.parsed.internal?.stack).toMatch(/dist\/pipeline\//);
    } finally {
      await pool.close();
    }
  });
});

describe('the tally', () => {
  it('writes the message to the file row and logs the error with its stack', () => {
    const saved: unknown[] = [];
    const writer = { save: (item: unknown) => saved.push(item) } as unknown as BatchWriter;
    const { log, lines } = captured();
    const bug = new TypeError("Cannot read properties of undefined (reading 'cells')");
    new Tally(writer, log, 1, 0).record(
      { path: '/in/a.pdf', bytes: 1, mtimeMs: 0, sha256: 'x', ok: false, status: 'failed', format: null, error: `internal error: ${bug.message}` },
      undefined,
      'now',
      recordOf(bug),
    );
    expect(saved).toMatchObject([{ error: "internal error: Cannot read properties of undefined (reading 'cells')" }]);
    expect(lines[0]).toMatchObject({ level: 50, file: '/in/a.pdf', err: { type: 'Error', stack: bug.stack } });
  });
});
