// `disclosure status`: the last runs and what needs attention, for a person at a terminal
// (or `--json` for a monitoring script). Read-only: it never takes the run lock.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../pipeline/load/db.js';
import { filesNeedingAttention, lastRuns, reportsNeedingAttention, type RunRow } from '../pipeline/load/status.js';
import { UsageError } from './errors.js';

export const STATUS_HELP = `Usage: disclosure status [--db data/out/disclosure.sqlite] [--runs 5] [--limit 20] [--json]

Prints the last runs (when, how long, counts by status, parser version, host) and the
files and reports that need attention: files that failed or need OCR, with the reason;
reports whose region is ambiguous or unknown, or whose tables break their own arithmetic;
reports read from a damaged file (document_damaged: a PDF with a rebuilt structure, broken
objects, fonts or pages, unmapped characters; decoding_damage: text that could not be
decoded), whose figures may be incomplete.

Options:
  --db FILE     SQLite database (default data/out/disclosure.sqlite)
  --runs N      how many runs to list (default 5)
  --limit N     how many files and reports to list (default 20)
  --json        one JSON object instead of text
  -h, --help    this help

Exit codes: 0 the last run processed every file; 1 it had failures, or it crashed or is
still running; 2 usage error (no database).
`;

const seconds = (r: RunRow) => (r.finished_at ? ((Date.parse(r.finished_at) - Date.parse(r.started_at)) / 1000).toFixed(1) + ' s' : '—');

function runLine(r: RunRow): string {
  return [
    `#${r.id} ${r.started_at} ${r.mode} ${r.status} in ${seconds(r)} (parser ${r.parser_version}, ${r.host}, ${r.workers ?? 0} workers)`,
    `     ${r.files_seen} seen: ${r.files_new} new, ${r.files_changed} changed, ${r.files_unchanged} unchanged; ${r.reports_loaded} loaded, ${r.files_failed - r.files_needs_ocr} failed, ${r.files_needs_ocr} need OCR, ${r.files_unsupported} unsupported, ${r.files_missing} missing`,
  ].join('\n');
}

export async function statusCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'data/out/disclosure.sqlite' },
      runs: { type: 'string', default: '5' },
      limit: { type: 'string', default: '20' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(STATUS_HELP);
    return 0;
  }
  const n = Number(values.runs);
  const limit = Number(values.limit);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(limit) || limit < 0) throw new UsageError('--runs and --limit take whole numbers');
  if (!existsSync(values.db!)) throw new UsageError(`no database at ${values.db}; run 'disclosure run' first`);
  const db = openDatabase(values.db!);
  try {
    const runs = lastRuns(db, n);
    const files = filesNeedingAttention(db, limit);
    const reports = reportsNeedingAttention(db, limit);
    const last = runs[0];
    const code = !last || last.status === 'ok' ? 0 : 1;
    if (values.json) {
      process.stdout.write(JSON.stringify({ runs, files, reports }) + '\n');
      return code;
    }
    const out = [`last ${runs.length} run(s) of ${values.db}:`, ...runs.map(runLine), ''];
    out.push(`files needing attention: ${files.total}${files.total > files.rows.length ? ` (first ${files.rows.length})` : ''}`);
    for (const f of files.rows) out.push(`  ${f.status.padEnd(9)} ${f.path}\n            ${f.reason}`);
    out.push('', `reports needing attention: ${reports.total}${reports.total > reports.rows.length ? ` (first ${reports.rows.length})` : ''}`);
    // a damaged file's notes come a line each
    for (const r of reports.rows) out.push(`  ${r.status.padEnd(19)} ${r.path}`, ...r.reason.split('\n').map((line) => `            ${line.slice(0, 160)}`));
    process.stdout.write(out.join('\n') + '\n');
    return code;
  } finally {
    db.close();
  }
}
