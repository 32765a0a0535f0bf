// `disclosure status`: the last runs and what needs attention, for a person at a terminal
// (or `--json` for a monitoring script). Read-only: it never takes the run lock.
import { existsSync } from 'node:fs';
import { openDatabase } from '../pipeline/load/db.js';
import { filesNeedingAttention, lastRuns, reportsNeedingAttention, type RunRow } from '../pipeline/load/status.js';
import { STATUS } from './commands.js';
import { UsageError } from './errors.js';
import { helpText, parseCommand } from './options.js';

const seconds = (r: RunRow) => (r.finished_at ? ((Date.parse(r.finished_at) - Date.parse(r.started_at)) / 1000).toFixed(1) + ' s' : '—');

function runLine(r: RunRow): string {
  return [
    `#${r.id} ${r.started_at} ${r.mode} ${r.status} in ${seconds(r)} (parser ${r.parser_version}, ${r.host}, ${r.workers ?? 0} workers)`,
    `     ${r.files_seen} seen: ${r.files_new} new, ${r.files_changed} changed, ${r.files_unchanged} unchanged; ${r.reports_loaded} loaded, ${r.files_failed - r.files_needs_ocr} failed, ${r.files_needs_ocr} need OCR, ${r.files_unsupported} unsupported, ${r.files_missing} missing`,
  ].join('\n');
}

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
