// A database loaded from real reports in a temp folder, for the tests of what is written out
// (exports, workbook, Datasette metadata, example queries): the dev corpus (平潭 2011–2025)
// and, when asked, the sample reports of data/raw.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase, type DB } from '../pipeline/load/db.js';
import { runPipeline } from '../pipeline/run/index.js';
import { DEV, ROOT } from './helpers.js';

export const SAMPLE = path.join(ROOT, 'data', 'raw');
export const DEV_RAW = path.join(DEV, 'raw');

export interface Built {
  dir: string;
  dbFile: string;
  db: DB;
  dispose(): void;
}

export async function buildDatabase(sources: readonly string[]): Promise<Built> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-built-'));
  const input = path.join(dir, 'raw');
  mkdirSync(input);
  for (const src of sources) for (const f of readdirSync(src)) copyFileSync(path.join(src, f), path.join(input, f));
  const dbFile = path.join(dir, 'disclosure.sqlite');
  const db = openDatabase(dbFile);
  await runPipeline(db, { input, full: false, concurrency: 2, log: pino({ level: 'silent' }) });
  return { dir, dbFile, db, dispose: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}
