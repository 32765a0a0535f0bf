// Transform stage entry: Document → Report (template, identity, region, figures with
// provenance, validation). Knows nothing of SQLite.
import type { Document } from '../extract/model.js';
import { identify } from './identity/identify.js';
import { findReportYear } from './identity/year.js';
import { fingerprint } from './fingerprint.js';
import { deriveFallbacks, deriveHeadline } from './headline.js';
import { MetricSet } from './metric-set.js';
import { readGluedTables } from './figures/glued-tables.js';
import { readGovTables } from './figures/gov-tables.js';
import { readSentences } from './figures/sentences.js';
import { flatStatRows } from './figures/flat-stat-table.js';
import { readStatTable } from './figures/stat-table.js';
import type { RegionOverride } from './region/overrides.js';
import { Report, isGovTemplate, type ValidationIssue } from './report.js';
import { rowViews } from './rows.js';
import { detectTemplate } from './template.js';
import { runChecks } from './checks/run.js';
import { checksFor } from './checks/instances.js';
import { gateOcr, keepTableRows } from './ocr-gate.js';
import { STAT_ROWS } from './metrics/index.js';
import { tableCoverage } from './table-coverage.js';
import { PARSER_VERSION } from './version.js';

export { PARSER_VERSION } from './version.js';
export { parseOverrides, ruleMatches, OverrideFileError, type RegionOverride } from './region/overrides.js';
export type { Report, MetricValue, ValidationIssue, Template } from './report.js';

/** The keys a 2008–2018 statistics table has rows for. */
const STAT_KEYS: ReadonlySet<string> = new Set(STAT_ROWS.map((r) => r.key));

export interface TransformOptions {
  /** The analyst's region override rules, already parsed (region/overrides.ts). */
  overrides?: readonly RegionOverride[];
}

export function transform(doc: Document, filePath: string, opts: TransformOptions = {}): Report {
  const year = findReportYear(doc);
  // the statistics table is read once: its rows also tell whether the report has one.
  // A table flattened into the prose is rebuilt first; the prose's own figures break ties
  // between the readings of glued digits.
  const statSet = new MetricSet();
  let prose: MetricSet | undefined;
  // read only if a glued row needs a tie-breaker
  const hint = (key: string) => {
    if (!prose) readSentences(doc, 'stat2008', (prose = new MetricSet()), year);
    return prose.get(key);
  };
  const rows = [...rowViews(doc.blocks), ...flatStatRows(doc, hint, statSet.issues)];
  const template = detectTemplate(doc, readStatTable(rows, statSet), year);
  const isGov = isGovTemplate(template);
  const set = isGov ? new MetricSet() : statSet;
  // tables first: where a table and the prose disagree, the table is kept
  const ocrIssues: ValidationIssue[] = [];
  if (isGov) {
    readGovTables(rows, template, set);
    readGluedTables(doc, template, set);
    // a scan's table figures stand only where its identities (or OCR's confidence) vouch for them
    if (doc.ocr) ocrIssues.push(...gateOcr(doc, set, set.keys(), checksFor(template)));
    // the headline keys of the tables before the prose: a sentence never overrides a table
    deriveHeadline(set);
  }
  const before = new Set(set.keys());
  readSentences(doc, template, set, year);
  if (doc.ocr) {
    const fromProse = set.keys().filter((k) => !before.has(k));
    if (template === 'stat2008') ocrIssues.push(...keepTableRows(set, fromProse, STAT_KEYS));
    // a gov template's tables were judged above; an old report's table and prose are judged here
    ocrIssues.push(...gateOcr(doc, set, isGov ? fromProse : set.keys(), checksFor(template)));
    // what was derived from kept figures is OCR's reading too
    for (const k of set.keys()) set.mark(k);
  }

  const who = identify(doc, filePath, year, opts.overrides);

  const coverage = isGov ? tableCoverage(set, template) : undefined;
  const issues = [...set.issues, ...ocrIssues, ...runChecks(set, template), ...(coverage?.issues ?? [])];
  // after the checks: 申请办结数 standing in for 答复数 is not checked against the answers (P-ANS)
  if (!isGov) deriveFallbacks(set);
  if (doc.replacementChars > 0) {
    issues.push({
      code: 'decoding_damage',
      severity: 'warning',
      message: `${doc.replacementChars} character(s) could not be decoded as ${doc.encoding}; figures near them may be missing`,
    });
  }
  // a file that parsed but is damaged (broken objects or fonts, unreadable pages): never a clean report
  for (const note of doc.damage ?? [])
    issues.push({ code: 'document_damaged', severity: 'warning', message: `the ${doc.format.toUpperCase()} file is damaged: ${note}` });
  issues.push(...who.issues);
  return Report.parse({
    template,
    identity: who.identity,
    region: who.region,
    metrics: set.values(),
    issues,
    tables: coverage?.tables,
    fingerprint: fingerprint(doc),
    parser_version: PARSER_VERSION,
  });
}
