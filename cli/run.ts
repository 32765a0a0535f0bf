// `disclosure run`: the nightly job.
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../pipeline/load/db.js';
import { exportFiles, writeExports } from '../pipeline/load/export/index.js';
import { writeReport } from '../pipeline/load/report/index.js';
import { writeDatasetteMetadata } from '../pipeline/load/datasette/index.js';
import { acquireLock, DatabaseLockedError } from '../pipeline/load/lock.js';
import { fileStatusCounts } from '../pipeline/load/runs.js';
import { LockedError, UsageError } from './errors.js';
import { createLogger } from './logger.js';
import { loadOverrides } from './overrides.js';
import { runPipeline } from '../pipeline/run/index.js';
import { RUN } from './commands.js';
import { helpText, parseCommand } from './options.js';
import { Progress } from './progress.js';

/** The language the CSVs were last written in (their first header): a run asked for another rewrites them. */
function csvLang(file: string): 'en' | 'zh' {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return /[\u4e00-\u9fff]/.test(head.toString('utf8')) ? 'zh' : 'en';
  } finally {
    closeSync(fd);
  }
}

/** Did the run change anything the exports show? */
const changedAnything = (res: { counts: { files_new: number; files_changed: number; files_missing: number } }) =>
  res.counts.files_new + res.counts.files_changed + res.counts.files_missing;

export async function runCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand(RUN, argv);
  if (parsed.help) {
    process.stdout.write(helpText(RUN));
    return 0;
  }
  const values = parsed.values;
  if (values.full && values['since-last']) throw new UsageError('--full and --since-last exclude each other');
  if (!existsSync(values.input) || !statSync(values.input).isDirectory()) throw new UsageError(`--input ${values.input} is not a folder`);
  const cfg = {
    ...values,
    concurrency: values.concurrency ?? Math.max(2, values.workers * 4),
    maxMissingShare: values['allow-missing'] ? 1 : values['max-missing-share'],
  };
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
      limits: { maxFileBytes: cfg['max-file-mb'] * 1024 * 1024, timeoutMs: cfg['timeout-s'] * 1000, workerMemoryMb: cfg['worker-memory-mb'] },
      log,
      progress: new Progress(tty),
      overrides: overrides.rules,
      textIndex: !cfg['skip-text-index'],
      followLinks: cfg['follow-links'],
      verify: cfg.verify,
      maxMissingShare: cfg.maxMissingShare,
      // the run's own files are never its input (a database inside --input read itself nightly)
      exclude: [cfg.db, `${cfg.db}-wal`, `${cfg.db}-shm`, `${cfg.db}-journal`, `${cfg.db}.lock`, cfg.out],
    });
    // an unchanged folder leaves the exports as they are (a national export takes a while)
    const outputs = [...exportFiles(cfg.out), path.join(cfg.out, 'report.html'), path.join(cfg.out, 'metadata.json')];
    const unchanged = !changedAnything(res) && outputs.every((f) => existsSync(f)) && csvLang(path.join(cfg.out, 'reports.csv')) === cfg.lang;
    const exports = unchanged
      ? outputs.map((f) => `${f} (unchanged)`)
      : [...writeExports(db, cfg.out, { lang: cfg.lang }), await writeReport(db, cfg.out), writeDatasetteMetadata(db, cfg.out, cfg.db)];
    const c = res.counts;
    process.stdout.write(
      [
        `disclosure run #${res.runId} (${cfg.full ? 'full' : 'incremental'}) on ${path.resolve(cfg.input)}`,
        `  files: ${c.files_seen} seen, ${c.files_new} new, ${c.files_changed} changed, ${c.files_unchanged} unchanged, ${c.files_failed - c.files_needs_ocr} failed, ${c.files_needs_ocr} need OCR, ${c.files_unsupported} unsupported, ${c.files_missing} missing`,
        `  by status: ${Object.entries(fileStatusCounts(db))
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')} (every file of the folder)`,
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
