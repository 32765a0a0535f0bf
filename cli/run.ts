// `disclosure run`: the nightly job.
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DB } from '../pipeline/load/db.js';
import { exportFiles } from '../pipeline/load/export/files.js';
import { acquireLock, DatabaseLockedError } from '../pipeline/load/lock.js';
import { indexText, pendingParagraphs } from '../pipeline/load/text-index.js';
import { failuresThatCount, fileStatusCounts, markInterrupted } from '../pipeline/load/runs.js';
import { LockedError, UsageError } from './errors.js';
import { createLogger } from './logger.js';
import { loadOverrides } from './overrides.js';
import { runPipeline, RunInterruptedError } from '../pipeline/run/index.js';
import { RUN } from './commands.js';
import { helpText, parseCommand } from './options.js';
import { Progress } from './progress.js';
import { ocrChoice } from './ocr.js';

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

/** The shell's exit code for `signal`: 128 + its number (130 SIGINT, 143 SIGTERM); main.ts maps RunInterruptedError alike. */
const signalExitCode = (signal: NodeJS.Signals): number => 128 + os.constants.signals[signal];

/**
 * SIGINT and SIGTERM stop the run in order (the engine starts no new file and commits what
 * it recorded); a second one exits at once, as a SIGKILL would (the batch in hand is rolled
 * back by SQLite, the lock is taken over by the next run, which redoes what was lost).
 */
function trapSignals(): { stop: AbortController; untrap: () => void } {
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      process.stderr.write(`\ndisclosure run: ${signal} again: exiting now; the next run redoes what this one had in hand\n`);
      process.exit(signalExitCode(signal));
    }
    process.stderr.write(`\ndisclosure run: ${signal}: stopping after the files in hand (${signal} again exits at once)\n`);
    stop.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    stop,
    untrap: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** A run finished in the database but stopped before its exports were written: the next run writes them. */
function interruptedAfterEnd(db: DB, runId: number, signal: string, recorded: number): RunInterruptedError {
  const err = new RunInterruptedError(signal, runId, recorded);
  markInterrupted(db, runId, `${err.message}; stopped before the exports were written (the next run writes them)`);
  return err;
}

export async function runCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand(RUN, argv);
  if (parsed.help) {
    process.stdout.write(helpText(RUN));
    return 0;
  }
  const values = parsed.values;
  if (values.full && values['since-last']) throw new UsageError('--full and --since-last exclude each other');
  const textIndex = values['skip-text-index'] ? 'none' : values['text-index'];
  if (values['skip-text-index'] && values['text-index'] === 'now') throw new UsageError('--skip-text-index and --text-index now exclude each other');
  if (textIndex === 'now') return indexNow(values.db);
  if (!existsSync(values.input) || !statSync(values.input).isDirectory()) throw new UsageError(`--input ${values.input} is not a folder`);
  const cfg = {
    ...values,
    concurrency: values.concurrency ?? Math.max(2, values.workers * 4),
    maxMissingShare: values['allow-missing'] ? 1 : values['max-missing-share'],
  };
  const overrides = loadOverrides(values.overrides);
  const ocr = await ocrChoice(values);
  mkdirSync(path.dirname(path.resolve(cfg.db)), { recursive: true });

  const { stop, untrap } = trapSignals();
  let release;
  try {
    release = await lockDatabase(cfg.db);
    const tty = Boolean(process.stderr.isTTY);
    const { log, file: logFile } = createLogger(cfg.out, { toStderr: !tty });
    const db = openDatabase(cfg.db);
    try {
      const res = await runPipeline(db, {
        input: cfg.input,
        full: cfg.full,
        workers: cfg.workers,
        parseIn: cfg['parse-in'] as 'threads' | 'processes',
        concurrency: cfg.concurrency,
        limits: { maxFileBytes: cfg['max-file-mb'] * 1024 * 1024, timeoutMs: cfg['timeout-s'] * 1000, workerMemoryMb: cfg['worker-memory-mb'] },
        log,
        progress: new Progress(tty),
        overrides: overrides.rules,
        ocr: ocr.ocr,
        textIndex: textIndex === 'end',
        followLinks: cfg['follow-links'],
        verify: cfg.verify,
        maxMissingShare: cfg.maxMissingShare,
        signal: stop.signal,
        // the run's own files are never its input (a database inside --input read itself nightly)
        exclude: [cfg.db, `${cfg.db}-wal`, `${cfg.db}-shm`, `${cfg.db}-journal`, `${cfg.db}.lock`, cfg.out],
      });
      const c = res.counts;
      const recorded = c.files_new + c.files_changed;
      // a signal during the run's last steps: its files are recorded, its exports not written
      if (stop.signal.aborted) throw interruptedAfterEnd(db, res.runId, String(stop.signal.reason), recorded);
      // an unchanged folder leaves the exports as they are (a national export takes a while)
      const outputs = [...exportFiles(cfg.out), path.join(cfg.out, 'report.html'), path.join(cfg.out, 'metadata.json')];
      const unchanged = !res.changed && outputs.every((f) => existsSync(f)) && csvLang(path.join(cfg.out, 'reports.csv')) === cfg.lang;
      // a signal from here on lets the exports finish (seconds): the run then ends as usual
      const exports = unchanged ? outputs.map((f) => `${f} (unchanged)`) : await writeOutputs(db, cfg.out, cfg.db, cfg.lang);
      process.stdout.write(
        [
          `disclosure run #${res.runId} (${cfg.full ? 'full' : 'incremental'}) on ${path.resolve(cfg.input)}`,
          `  files: ${c.files_seen} seen, ${c.files_new} new, ${c.files_changed} changed, ${c.files_unchanged} unchanged, ${c.files_failed - c.files_needs_ocr} failed, ${c.files_needs_ocr} need OCR, ${c.files_unsupported} unsupported, ${c.files_missing} missing`,
          `  failures: ${c.files_failed_new} new, ${c.files_failed_known} known (failing as they were at the end of the last finished run); 'disclosure status' lists them`,
          ...(c.files_needs_ocr && ocr.why ? [`  ${c.files_needs_ocr} need OCR: ${ocr.why}`] : []),
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
      // known failures (the same files failing as before) do not fail the night, by default
      return failuresThatCount(c, cfg['fail-on']) ? 1 : 0;
    } finally {
      db.close();
    }
  } finally {
    await release?.();
    untrap();
  }
}

/** The CSVs, report.html and Datasette's metadata; their writers are loaded only when they write (a no-op night starts faster). */
async function writeOutputs(db: DB, out: string, dbFile: string, lang: 'en' | 'zh'): Promise<string[]> {
  const [{ writeExports }, { writeReport }, { writeDatasetteMetadata }] = await Promise.all([
    import('../pipeline/load/export/index.js'),
    import('../pipeline/load/report/index.js'),
    import('../pipeline/load/datasette/index.js'),
  ]);
  return [...writeExports(db, out, { lang }), await writeReport(db, out), writeDatasetteMetadata(db, out, dbFile)];
}

/** `--text-index now`: the paragraphs stored and not indexed, into the full-text index in one pass; no input is read. */
async function indexNow(dbFile: string): Promise<number> {
  if (!existsSync(dbFile)) throw new UsageError(`--db ${dbFile} does not exist: nothing to index`);
  const release = await lockDatabase(dbFile);
  const db = openDatabase(dbFile);
  try {
    const pending = pendingParagraphs(db);
    const t = performance.now();
    const indexed = indexText(db);
    const s = ((performance.now() - t) / 1000).toFixed(1);
    process.stdout.write(
      pending
        ? `disclosure run --text-index now: ${indexed} paragraphs indexed in ${s} s; the full-text index is up to date\n`
        : `disclosure run --text-index now: the full-text index was already up to date\n`,
    );
    return 0;
  } finally {
    db.close();
    await release();
  }
}

/** The database's lock, or the CLI's LockedError (exit code) when another run holds it. */
async function lockDatabase(dbFile: string): Promise<() => Promise<void>> {
  try {
    return await acquireLock(dbFile);
  } catch (err) {
    if (err instanceof DatabaseLockedError) throw new LockedError(err.message);
    throw err;
  }
}
