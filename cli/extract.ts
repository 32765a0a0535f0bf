// `disclosure extract FILE... [--json]`: extract + transform, no database.
// With --json, exactly the contract of METRICS.md ("The extract contract"), one line a file.
import { processFile, type FileOutcome } from '../pipeline/run/process-file.js';
import { EXTRACT } from './commands.js';
import { helpText, parseCommand } from './options.js';
import { UsageError } from './errors.js';
import { loadOverrides } from './overrides.js';
import { ocrChoice } from './ocr.js';

export function contractLine(o: FileOutcome): Record<string, unknown> {
  if (!o.ok) return { file: o.file, error: o.error, status: o.status };
  const r = o.report;
  return {
    file: o.file,
    template: r.template,
    body_name: r.identity.body_name,
    body_name_printed: r.identity.body_name_printed,
    body_full_name: r.identity.body_full_name,
    body_id: r.identity.body_id,
    body_kind: r.identity.body_kind,
    report_year: r.identity.report_year,
    region_code: r.region.code,
    region_code_current: r.region.code_current,
    region_confidence: r.region.confidence,
    region_clues: r.region.clues,
    region_candidates: r.region.candidates,
    body_level: r.identity.body_level,
    scope: r.identity.scope,
    period_start: r.identity.period_start,
    period_end: r.identity.period_end,
    published_on: r.identity.published_on,
    metrics: Object.fromEntries(r.metrics.map((m) => [m.key, m.value])),
    tables: r.tables,
    issues: r.issues.map((i) => ({ code: i.code, message: i.message })),
  };
}

function human(o: FileOutcome): string {
  if (!o.ok) return `${o.file}: ${o.status}: ${o.error}\n`;
  const r = o.report;
  const id = r.identity;
  const lines = [
    `${o.file}`,
    `  template ${r.template}; body ${id.body_full_name ?? id.body_name ?? '?'}${id.body_name_printed && id.body_name_printed !== (id.body_full_name ?? id.body_name) ? ` (printed ${id.body_name_printed})` : ''} (${id.body_level ?? '?'}, ${id.body_kind ?? '?'}, ${id.scope}; ${id.body_id ?? 'no body id'}); year ${id.report_year ?? '?'}; region ${r.region.code ?? '—'} ${[r.region.province, r.region.prefecture, r.region.county, r.region.township].filter(Boolean).join(' ')}${r.region.code_current !== r.region.code ? ` (today ${r.region.code_current ?? '—'})` : ''}`,
    `  region ${r.region.confidence}: ${r.region.clues.join('; ')}${r.region.candidates.length > 1 ? `; candidates ${r.region.candidates.join(', ')}` : ''}`,
    `  period ${id.period_start ?? '?'} – ${id.period_end ?? '?'}; published ${id.published_on ?? '?'}`,
    ...(r.tables ?? []).map(
      (t) =>
        `  ${t.table} ${t.status === 'whole' ? 'read whole' : t.status === 'partial' ? 'read in part' : 'NOT READ'}: ${t.cells_read} of ${t.cells_expected} cells${t.via.length ? ` (from ${t.via.join(' and ')})` : ''}`,
    ),
    ...r.metrics.map(
      (m) =>
        `  ${m.key} = ${m.value} ${m.unit}${m.flags.length ? ` [${m.flags.join(',')}${m.confidence !== undefined ? ` ${m.confidence}%` : ''}]` : ''}  ← ${m.rule} @${m.offset}: ${m.snippet.slice(0, 60).replace(/\s+/g, ' ')}`,
    ),
    ...r.issues.map((i) => `  ! ${i.severity} ${i.code}: ${i.message}`),
  ];
  return lines.join('\n') + '\n';
}

export async function extractCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand(EXTRACT, argv);
  if (parsed.help) {
    process.stdout.write(helpText(EXTRACT));
    return 0;
  }
  const { values, positionals } = parsed;
  if (!positionals.length) throw new UsageError('extract needs at least one FILE');
  const { rules } = loadOverrides(values.overrides);
  const ocr = await ocrChoice(values);
  let failed = 0;
  let told = false;
  for (const file of positionals) {
    const o = await processFile(file, { overrides: rules }, ocr.ocr ? { ocr: ocr.ocr } : {});
    if (!o.ok) failed++;
    // once, on stderr: stdout keeps the contract
    if (!o.ok && o.status === 'needs_ocr' && ocr.why && !told) {
      told = true;
      process.stderr.write(`disclosure extract: ${ocr.why}\n`);
    }
    process.stdout.write(values.json ? JSON.stringify(contractLine(o)) + '\n' : human(o));
  }
  return failed ? 1 : 0;
}
