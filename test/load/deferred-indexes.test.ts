// Bulk loads build figures(key_id), the index behind metric_values' key, at the end; a run killed in between leaves its
// definition behind and the next run builds it again.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { deferIndexes, restoreIndexes, shouldDefer } from '../../pipeline/load/deferred-indexes.js';
import { SEEDS } from '../helpers.js';

let dir: string;
let db: DB;
const indexes = () =>
  (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'figures' AND sql IS NOT NULL`).all() as Array<{ name: string }>).map(
    (r) => r.name,
  );
const deferredRows = () => db.prepare('SELECT name FROM deferred_indexes').all();
const keyPlan = () =>
  (db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM metric_values WHERE key = 'proactive.total'`).all() as Array<{ detail: string }>)
    .map((r) => r.detail)
    .join(' ');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ds-defer-'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('deferred indexes', () => {
  it.each([
    [999, 0, false],
    [1000, 0, true],
    [1000, 4000, true],
    [1000, 4001, false],
    [30_000, 100_000, true],
  ])('defers for %i files to write over %i reports: %s', (files, reports, expected) => {
    expect(shouldDefer(files, reports)).toBe(expected);
  });

  it('drops the key index keeping its definition, and builds it again', () => {
    expect(keyPlan()).toContain('figures_key');
    expect(deferIndexes(db)).toEqual(['figures_key']);
    expect(indexes()).toEqual([]);
    expect(keyPlan()).not.toContain('figures_key');
    expect(deferredRows()).toEqual([{ name: 'figures_key' }]);
    expect(restoreIndexes(db)).toEqual(['figures_key']);
    expect(indexes()).toEqual(['figures_key']);
    expect(deferredRows()).toEqual([]);
    expect(keyPlan()).toContain('figures_key');
  });

  it('is healed by the next run after a run was killed with its indexes away', async () => {
    const input = path.join(dir, 'raw');
    mkdirSync(input);
    copyFileSync(path.join(SEEDS, '000_889672adc75fe0f6.txt'), path.join(input, 'a.txt'));
    deferIndexes(db);
    await runPipeline(db, { input, full: false, concurrency: 1, log: pino({ level: 'silent' }) });
    expect(indexes()).toEqual(['figures_key']);
    expect(deferredRows()).toEqual([]);
    expect(db.prepare(`SELECT value FROM metric_values WHERE key = 'proactive.total'`).get()).toEqual({ value: 224 });
  });
});
