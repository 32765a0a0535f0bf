// `disclosure run`: the nightly job.
import os from 'node:os';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '../pipeline/load/db.js';
import { exportFiles, writeExports } from '../pipeline/load/export.js';
import { writeReport } from '../pipeline/load/report/index.js';
import { acquireLock, DatabaseLockedError } from '../pipeline/load/lock.js';
import { fileStatusCounts } from '../pipeline/load/runs.js';
import { LockedError, UsageError } from './errors.js';
import { createLogger } from './logger.js';
import { loadOverrides } from './overrides.js';
import { runPipeline } from './pipeline-run.js';
import { existsSync, statSync } from 'node:fs';

export const RUN_HELP = `Usage: disclosure run [--input data/raw] [--db data/out/disclosure.sqlite] [--out data/out] [--full]

The nightly job: finds report files under --input, extracts and loads every new or
changed one (each in its own transaction), records unreadable files with the reason,
marks files that disappeared, writes the CSV exports and prints a summary.

Options:
  --input DIR        folder of reports (default data/raw)
  --db FILE          SQLite database (default data/out/disclosure.sqlite)
  --out DIR          folder for CSV exports and logs (default data/out)
  --full             reprocess every file, changed or not (after a parser upgrade)
  --since-last       only new or changed files (the default)
  --workers N        parse threads (default: number of cores; 0 parses in the main thread)
  --concurrency N    files in flight, queued to the parse threads, which read, hash and
                     parse them (default: four per thread, at least 2)
  --max-file-mb N    files larger than this are recorded as failed, not read (default 100)
  --timeout-s N      parse time limit per file (default 60)
  --worker-memory-mb N  heap limit of each parse thread (default 512)
  --skip-text-index  leave the full-text index for a later run (the paragraphs are stored;
                     the next run without this flag indexes them)
  --verify           re-read and re-hash every file, also those whose size and mtime are
                     unchanged (a file replaced by another of the same size and mtime);
                     unchanged content is not parsed again (a weekly job)
  --follow-links     read files that symbolic links point to outside the input (default:
                     such links are recorded, not followed; links to folders never are)
  --max-missing-share X  stop, marking nothing missing, when more than this share of the
                     known files is gone at once (default 0.5: an unmounted folder)
  --allow-missing    mark any number of files missing (files removed on purpose)
  --overrides FILE   region override CSV (match,region_code,note); default
                     data/region-overrides.csv when it exists
  -h, --help         this help

Exit codes: 0 every file processed; 1 some files failed (recorded in source_files);
2 usage or configuration error, or another run holds the database lock; 3 the database
refused the run (busy, full, read-only, deleted, damaged); 4 the input folder looks
unmounted or emptied (nothing was marked missing).
`;

const RunConfig = z.object({
  input: z.string().min(1),
  db: z.string().min(1),
  out: z.string().min(1),
  full: z.boolean(),
  workers: z.number().int().min(0).max(64),
  concurrency: z.number().int().min(1).max(256),
  maxFileMb: z.number().positive(),
  timeoutS: z.number().positive(),
  workerMemoryMb: z.number().int().min(64),
  maxMissingShare: z.number().min(0).max(1),
});

/** Did the run change anything the exports show? */
const changedAnything = (res: { counts: { files_new: number; files_changed: number; files_missing: number } }) => res.counts.files_new + res.counts.files_changed + res.counts.files_missing;

export async function runCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string', default: 'data/raw' },
      db: { type: 'string', default: 'data/out/disclosure.sqlite' },
      out: { type: 'string', default: 'data/out' },
      full: { type: 'boolean', default: false },
      'since-last': { type: 'boolean', default: false },
      workers: { type: 'string', default: String(os.availableParallelism()) },
      concurrency: { type: 'string' },
      'max-file-mb': { type: 'string', default: '100' },
      'timeout-s': { type: 'string', default: '60' },
      'worker-memory-mb': { type: 'string', default: '512' },
      overrides: { type: 'string' },
      'skip-text-index': { type: 'boolean', default: false },
      'follow-links': { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
      'allow-missing': { type: 'boolean', default: false },
      'max-missing-share': { type: 'string', default: '0.5' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(RUN_HELP);
    return 0;
  }
  const workers = Number(values.workers);
  const parsed = RunConfig.safeParse({
    ...values,
    workers,
    concurrency: values.concurrency === undefined ? Math.max(2, workers * 4) : Number(values.concurrency),
    maxFileMb: Number(values['max-file-mb']),
    timeoutS: Number(values['timeout-s']),
    workerMemoryMb: Number(values['worker-memory-mb']),
    maxMissingShare: values['allow-missing'] ? 1 : Number(values['max-missing-share']),
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const cfg = parsed.data;
  if (cfg.full && values['since-last']) throw new UsageError('--full and --since-last exclude each other');
  if (!existsSync(cfg.input) || !statSync(cfg.input).isDirectory()) throw new UsageError(`--input ${cfg.input} is not a folder`);
  const overrides = loadOverrides(values.overrides);
  mkdirSync(path.dirname(path.resolve(cfg.db)), { recursive: true });

  let release;
  try {
    release = await acquireLock(cfg.db);
  } catch (err) {
    if (err instanceof DatabaseLockedError) throw new LockedError(err.message);
    throw err;
  }
  const tty = Boolean(process.stderr.isTTY);
  const { log, file: logFile } = createLogger(cfg.out, { toStderr: !tty });
  const db = openDatabase(cfg.db);
  try {
    const res = await runPipeline(db, {
      input: cfg.input,
      full: cfg.full,
      workers: cfg.workers,
      concurrency: cfg.concurrency,
      limits: { maxFileBytes: cfg.maxFileMb * 1024 * 1024, timeoutMs: cfg.timeoutS * 1000, workerMemoryMb: cfg.workerMemoryMb },
      log,
      progress: tty,
      overrides: overrides.rules,
      textIndex: !values['skip-text-index'],
      followLinks: values['follow-links'],
      verify: values.verify,
      maxMissingShare: cfg.maxMissingShare,
      // the run's own files are never its input (a database inside --input read itself nightly)
      exclude: [cfg.db, `${cfg.db}-wal`, `${cfg.db}-shm`, `${cfg.db}-journal`, `${cfg.db}.lock`, cfg.out],
    });
    // an unchanged folder leaves the exports as they are (a national export takes a while)
    const outputs = [...exportFiles(cfg.out), path.join(cfg.out, 'report.html')];
    const unchanged = !changedAnything(res) && outputs.every((f) => existsSync(f));
    const exports = unchanged ? outputs.map((f) => `${f} (unchanged)`) : [...writeExports(db, cfg.out), await writeReport(db, cfg.out)];
    const c = res.counts;
    process.stdout.write(
      [
        `disclosure run #${res.runId} (${cfg.full ? 'full' : 'incremental'}) on ${path.resolve(cfg.input)}`,
        `  files: ${c.files_seen} seen, ${c.files_new} new, ${c.files_changed} changed, ${c.files_unchanged} unchanged, ${c.files_failed - c.files_needs_ocr} failed, ${c.files_needs_ocr} need OCR, ${c.files_unsupported} unsupported, ${c.files_missing} missing`,
        `  by status: ${Object.entries(fileStatusCounts(db)).map(([k, n]) => `${n} ${k}`).join(', ')} (every file of the folder)`,
        `  reports: ${c.reports_loaded} loaded; ${res.passedAllChecks} passed all identity checks, ${c.reports_failing_checks} with failing checks`,
        `  in the database: ${res.reports.distinct} reports of ${res.reports.bodies} bodies (${res.reports.copies} files are copies of another report${res.reports.conflicts ? `; ${res.reports.conflicts} second reports of a body and year, flagged same_body_year` : ''})`,
        `  database: ${cfg.db}`,
        `  exports: ${exports.join(', ')}`,
        `  log: ${logFile}`,
        '',
      ].join('\n'),
    );
    return c.files_failed ? 1 : 0;
  } finally {
    db.close();
    await release();
  }
}
