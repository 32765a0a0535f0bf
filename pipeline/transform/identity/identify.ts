// Who reports, when and where: the body as printed, its region (on the map of the report year
// and today's), the name completed from the region when the print leaves places out, and the
// body's id across years and copies: today's region code + the canonical organ.
import type { Document } from '../../extract/model.js';
import type { RegionOverride } from '../region/overrides.js';
import { resolveRegion } from '../region/resolve.js';
import type { Identity, Region, ValidationIssue } from '../report.js';
import { bodyLevel, findBody, fullName, shortName } from './body.js';
import { parseDate, parsePeriod } from './dates.js';
import { bodyParts, completeName } from './organ.js';
import { findScope } from './scope.js';
import { respellPlaces, textSpellings } from './ocr-name.js';
import { paragraphTitle } from './year.js';

function publishedOn(doc: Document): string | null {
  // the signature date at the end of the report, else the page's date fields
  const paras = doc.blocks
    .filter((b) => b.kind === 'paragraph')
    .slice(-12)
    .reverse();
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

const LEVEL_OF_REGION = (r: Region): Identity['body_level'] =>
  r.township ? 'township' : r.county ? 'county' : r.prefecture ? 'prefecture' : r.province ? 'province' : null;

/** The text says the report is on the year before its publication: "现将上一年度政府信息公开工作情况报告如下". */
const ON_PREVIOUS_YEAR = /(?:上一?年度?|去年)(?:的|度)?(?:政府|政务)?信息公开(?:工作)?(?:情况|年度报告|报告)/;

export function identify(
  doc: Document,
  filePath: string,
  foundYear: number | undefined,
  overrides?: readonly RegionOverride[],
): { identity: Identity; region: Region; issues: ValidationIssue[] } {
  const published = publishedOn(doc);
  // no year in title, text or period: the publication date says it only where the text says
  // the report is on the year before (else the year is left unknown: a guess could be off by one)
  const year = foundYear ?? (published && ON_PREVIOUS_YEAR.test(doc.text) ? Number(published.slice(0, 4)) - 1 : undefined);
  const body = findBody(doc);
  let printed = body ? fullName(body.name) : null;
  const resolve = (bodyName: string | null) =>
    resolveRegion({
      // a name without its places (县统计局) names no place: the override may still match it
      bodyName: bodyName ?? undefined,
      context: `${doc.title ?? ''}\n${Object.values(doc.fields).join('\n')}\n${doc.text}`,
      filePath,
      overrides,
      year,
    });
  let region = resolve(printed);
  // OCR misread the name in one character: the text's own spelling, where only it names a known place
  if (doc.ocr && printed && !region.code) {
    const known = textSpellings(printed, doc.text)
      .map((name) => ({ name, region: resolve(name) }))
      .filter((s) => s.region.code);
    if (known.length === 1) ({ name: printed, region } = known[0]!);
  }
  // a place in it misread, where the region is known from other clues (its parent, a phone code)
  if (doc.ocr && printed && region.code) {
    printed = respellPlaces(
      printed,
      [region.province, region.prefecture, region.county, region.township].filter((p): p is string => Boolean(p)),
    );
  }
  const completed = printed ? completeName(printed, region) : undefined;
  // a print without places (县统计局) is not a body's name until the region completes it;
  // a name that has places (城关镇人民政府) stays as the report gives it, completed beside it
  const name = body?.incomplete ? (completed ?? null) : printed;
  const places = [
    region.province,
    region.prefecture,
    region.county,
    region.township,
    region.province_current,
    region.prefecture_current,
    region.county_current,
  ];
  const parts = name
    ? bodyParts(
        name,
        places.filter((p): p is string => Boolean(p)),
      )
    : undefined;
  const place = region.code_current ?? region.code;
  const period = parsePeriod(doc.text);
  const identity: Identity = {
    body_name: name,
    body_name_printed: printed,
    body_full_name: completed ?? name,
    body_short_name: name ? shortName(name) : null,
    body_level: (name && bodyLevel(name)) || (region.code ? LEVEL_OF_REGION(region) : null),
    body_kind: parts?.kind ?? null,
    organ: parts?.organ ?? null,
    // the same body only when region and organ agree; an undecided region is a body of its own
    body_id: parts && place ? `${place}:${parts.organ}` : null,
    report_year: year ?? null,
    period_start: period?.start ?? null,
    period_end: period?.end ?? null,
    published_on: published,
    scope: findScope(doc).scope,
    // a Word or PDF file has no <title>: its first short line naming the report is one
    title: doc.fields['标题'] ?? doc.title ?? paragraphTitle(doc) ?? null,
  };
  const issues: ValidationIssue[] = [];
  if (!name) {
    issues.push(
      printed
        ? {
            code: 'body_incomplete',
            severity: 'warning',
            message: `the body is printed as "${printed}", without its places, and the region cannot complete it`,
          }
        : { code: 'body_unknown', severity: 'warning', message: 'no reporting body found in title, signature or text' },
    );
  }
  if (year === undefined) issues.push({ code: 'year_unknown', severity: 'warning', message: 'no statistics year found' });
  if (!region.code) {
    issues.push({
      code: region.candidates.length ? 'region_ambiguous' : 'region_unknown',
      severity: 'warning',
      message: `${region.clues.join('; ')}${region.candidates.length ? `; candidates ${region.candidates.join(', ')}` : ''}`,
    });
  }
  return { identity, region, issues };
}
