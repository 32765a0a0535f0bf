// `disclosure status`: the last runs and what needs attention, for a person at a terminal
// (or `--json` for a monitoring script). Read-only: it never takes the run lock, and never
// writes a run row (a run whose process is gone is shown crashed, and closed by the next run).
import { existsSync } from 'node:fs';
import { openDatabase } from '../pipeline/load/db.js';
import { lockOwner } from '../pipeline/load/lock.js';
import { failuresThatCount, type FailOn } from '../pipeline/load/runs.js';
import { dictionaryLabels } from '../pipeline/load/dictionary.js';
import {
  DAMAGE_CODES,
  failuresOf,
  filesNeedingAttention,
  firstFinding,
  lastRuns,
  reportsNeedingAttention,
  runState,
  type Failure,
  type ShownRun,
} from '../pipeline/load/status.js';
import { findingZh } from '../pipeline/load/zh/index.js';
import { STATUS } from './commands.js';
import { UsageError } from './errors.js';
import { helpText, parseCommand } from './options.js';

const seconds = (r: ShownRun) => (r.finished_at ? ((Date.parse(r.finished_at) - Date.parse(r.started_at)) / 1000).toFixed(1) + ' s' : '—');

function runLine(r: ShownRun): string {
  const status = r.status_note ? `${r.status} (${r.status_note})` : r.status;
  return [
    `#${r.id} ${r.started_at} ${r.mode} ${status} in ${seconds(r)} (parser ${r.parser_version}, ${r.host}, ${r.workers ?? 0} workers)`,
    `     ${r.files_seen} seen: ${r.files_new} new, ${r.files_changed} changed, ${r.files_unchanged} unchanged; ${r.reports_loaded} loaded, ${r.files_failed - r.files_needs_ocr} failed, ${r.files_needs_ocr} need OCR, ${r.files_unsupported} unsupported, ${r.files_missing} missing; failures: ${r.files_failed_new} new, ${r.files_failed_known} known`,
    ...(r.error ? [`     ${r.status}: ${r.error}`] : []),
  ].join('\n');
}

/** 1 when the last run needs a person: new failures (as --fail-on counts them), or it did not finish. */
function exitCode(last: ShownRun | undefined, failOn: FailOn): number {
  if (!last) return 0;
  if (last.status === 'ok' || last.status === 'partial') return failuresThatCount(last, failOn) ? 1 : 0;
  // running, crashed (or its process gone), interrupted, refused
  return 1;
}

const failureLines = (rows: Failure[], known: boolean) =>
  rows.flatMap((f) => [
    `  ${f.status.padEnd(9)} ${f.path}`,
    `            ${f.reason}${known && f.failing_since_run !== null ? ` (failing since run #${f.failing_since_run}, ${f.failing_since ?? '?'})` : ''}`,
  ]);

/** A line of at most 160 characters: a long one keeps its head and its end (where a check's figures are). */
const shorten = (line: string) => (line.length <= 160 ? line : `${line.slice(0, 100)} … ${line.slice(-55)}`);

export async function statusCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand(STATUS, argv);
  if (parsed.help) {
    process.stdout.write(helpText(STATUS));
    return 0;
  }
  const { values } = parsed;
  const n = values.runs;
  const limit = values.limit;
  if (!existsSync(values.db)) throw new UsageError(`no database at ${values.db}; run 'disclosure run' first`);
  const db = openDatabase(values.db);
  try {
    const owner = lockOwner(values.db);
    const runs = lastRuns(db, n).map((r) => runState(r, owner));
    const files = filesNeedingAttention(db, limit);
    const last = runs[0];
    const failures = failuresOf(db, last?.id, limit);
    const reports = reportsNeedingAttention(db, limit);
    const code = exitCode(last, values['fail-on']);
    if (values.json) {
      process.stdout.write(JSON.stringify({ runs, files, failures, reports }) + '\n');
      return code;
    }
    const first = (part: { total: number; rows: unknown[] }) => (part.total > part.rows.length ? ` (first ${part.rows.length})` : '');
    const out = [`last ${runs.length} run(s) of ${values.db}:`, ...runs.map(runLine), ''];
    out.push(`files needing attention: ${files.total}`);
    const since = failures.since_run
      ? `not failing as they are at the end of run #${failures.since_run}, the last finished run before #${last!.id}`
      : 'no run finished before the last one';
    if (files.total) {
      out.push(`  new failures (${since}): ${failures.new.total}${first(failures.new)}`, ...failureLines(failures.new.rows, false));
      out.push(
        `  known failures (the same files failing as they were): ${failures.known.total}${first(failures.known)}`,
        ...failureLines(failures.known.rows, true),
      );
    }
    out.push('', `reports needing attention: ${reports.total}${first(reports)}`);
    const labels = values.lang === 'zh' ? dictionaryLabels(db) : undefined;
    for (const r of reports.rows) {
      const finding = labels && firstFinding(db, r.path, r.status);
      // a damaged file's notes come a line each; a check's long key expression keeps its head and its figures
      const lines = finding && !DAMAGE_CODES.includes(r.status as (typeof DAMAGE_CODES)[number]) ? [findingZh(finding, labels)] : r.reason.split('\n');
      out.push(`  ${r.status.padEnd(19)} ${r.path}`, ...lines.map((line) => `            ${shorten(line)}`));
    }
    process.stdout.write(out.join('\n') + '\n');
    return code;
  } finally {
    db.close();
  }
}
