// One run per database: the lock survives its own heartbeat, is released without a trace,
// and a lock left behind (a dead owner, or no owner at all) does not block the next run.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, DatabaseLockedError } from '../../pipeline/load/lock.js';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ds-lock-'));
  db = path.join(dir, 'db.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('acquireLock', () => {
  it('keeps the lock through its heartbeats and leaves nothing behind on release', async () => {
    const release = await acquireLock(db, { updateMs: 1000 });
    const first = statSync(`${db}.lock`).mtimeMs;
    await new Promise((r) => setTimeout(r, 2500));
    // the heartbeat still refreshes it: proper-lockfile did not find it compromised
    expect(statSync(`${db}.lock`).mtimeMs).toBeGreaterThan(first);
    await expect(acquireLock(db)).rejects.toBeInstanceOf(DatabaseLockedError);
    await release();
    expect(existsSync(`${db}.lock`)).toBe(false);
    await (
      await acquireLock(db)
    )();
  }, 10_000);

  it('takes over a lock whose owner process is gone', async () => {
    mkdirSync(`${db}.lock`);
    writeFileSync(path.join(`${db}.lock`, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    await (
      await acquireLock(db)
    )();
  });

  it('takes over a lock directory left without an owner for more than a minute, not a fresh one', async () => {
    mkdirSync(`${db}.lock`);
    await expect(acquireLock(db)).rejects.toBeInstanceOf(DatabaseLockedError);
    const old = new Date(Date.now() - 2 * 60_000);
    utimesSync(`${db}.lock`, old, old);
    await (
      await acquireLock(db)
    )();
    expect(existsSync(`${db}.lock`)).toBe(false);
  });
});
