// Transform stage entry: Document → Report (template, identity, region, figures with
// provenance, validation). Knows nothing of SQLite.
import type { Document } from '../extract/model.js';
import { bodyLevel, findBody, fullName, shortName } from './identity/body.js';
import { parseDate, parsePeriod } from './identity/dates.js';
import { findScope } from './identity/scope.js';
import { findReportYear, paragraphTitle } from './identity/year.js';
import { deriveHeadline } from './headline.js';
import { MetricSet } from './metric-set.js';
import { readGluedTables } from './readers/glued-tables.js';
import { readGovTables } from './readers/gov-tables.js';
import { readSentences } from './readers/sentences.js';
import { flatStatRows } from './readers/flat-stat-table.js';
import { readStatTable } from './readers/stat-table.js';
import type { RegionOverride } from './region/overrides.js';
import { resolveRegion } from './region/resolve.js';
import { Report, type Identity } from './report.js';
import { rowViews } from './rows.js';
import { detectTemplate } from './template.js';
import { runChecks } from './validate.js';
import { tableCoverage } from './table-coverage.js';
import { PARSER_VERSION } from './version.js';

export { PARSER_VERSION } from './version.js';
export { parseOverrides, ruleMatches, OverrideFileError, type RegionOverride } from './region/overrides.js';
export type { Report, MetricValue, ValidationIssue, Template } from './report.js';

function publishedOn(doc: Document): string | null {
  // the signature date at the end of the report, else the page's date fields
  const paras = doc.blocks.filter((b) => b.kind === 'paragraph').slice(-12).reverse();
  for (const p of paras) {
    const t = p.text.replace(/\s+/g, '');
    if (t.length <= 16) {
      const d = parseDate(t);
      if (d) return d;
    }
  }
  for (const f of ['发文日期', '成文日期', '发布日期', '发布时间', '时间']) {
    const d = doc.fields[f] && parseDate(doc.fields[f]!);
    if (d) return d;
  }
  return null;
}

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
  const isGov = template === 'gov2019' || template === 'gov2021';
  const set = isGov ? new MetricSet() : statSet;
  // tables first: where a table and the prose disagree, the table is kept
  if (isGov) {
    readGovTables(rows, template, set);
    readGluedTables(doc, template, set);
  }
  readSentences(doc, template, set, year);
  if (isGov) deriveHeadline(set);

  const body = findBody(doc);
  const name = body ? fullName(body.name) : null;
  const period = parsePeriod(doc.text);
  const scope = findScope(doc);
  const identity: Identity = {
    body_name: name,
    body_short_name: name ? shortName(name) : null,
    body_level: name ? bodyLevel(name) ?? null : null,
    report_year: year ?? null,
    period_start: period?.start ?? null,
    period_end: period?.end ?? null,
    published_on: publishedOn(doc),
    scope: scope.scope,
    // a Word or PDF file has no <title>: its first short line naming the report is one
    title: doc.fields['标题'] ?? doc.title ?? paragraphTitle(doc) ?? null,
  };
  const region = resolveRegion({ bodyName: name ?? undefined, context: `${doc.title ?? ''}\n${Object.values(doc.fields).join('\n')}\n${doc.text}`, filePath, overrides: opts.overrides });
  if (identity.body_level === null && region.code) {
    identity.body_level = region.township ? 'township' : region.county ? 'county' : region.prefecture ? 'prefecture' : 'province';
  }

  const coverage = isGov ? tableCoverage(set, template) : undefined;
  const issues = [...set.issues, ...runChecks(set, template), ...(coverage?.issues ?? [])];
  if (doc.replacementChars > 0) {
    issues.push({ code: 'decoding_damage', severity: 'warning', message: `${doc.replacementChars} character(s) could not be decoded as ${doc.encoding}; figures near them may be missing` });
  }
  if (!name) issues.push({ code: 'body_unknown', severity: 'warning', message: 'no reporting body found in title, signature or text' });
  if (year === undefined) issues.push({ code: 'year_unknown', severity: 'warning', message: 'no statistics year found' });
  if (!region.code) {
    issues.push({
      code: region.candidates.length ? 'region_ambiguous' : 'region_unknown',
      severity: 'warning',
      message: `${region.clues.join('; ')}${region.candidates.length ? `; candidates ${region.candidates.join(', ')}` : ''}`,
    });
  }
  return Report.parse({ template, identity, region, metrics: set.values(), issues, tables: coverage?.tables, parser_version: PARSER_VERSION });
}
