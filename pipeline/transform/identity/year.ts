// The statistics year (not the publication year). Evidence in order of strength: the
// report's own title "X年(度)…信息公开…报告", the statistics period, a "(X年度)" table
// header, the "现将X年…报告如下" sentence.
import type { Document } from '../../extract/model.js';
import { parsePeriod } from './dates.js';

const TITLE_YEAR = /(\d{4})\s*年\s*度?[^。,;:]{0,40}?信息公开[^。,;:]{0,12}?报告/;
const TITLE_YEAR_AFTER = /(?:^|[^\d])(\d{4})\s*年\s*度?\s*(?:政府|政务)?信息公开/;
const REPORT_SENTENCE = /现将\s*(\d{4})\s*年/;
const TABLE_YEAR = /[(（]\s*(\d{4})\s*年度?\s*[)）]/;

const plausible = (y: number) => y >= 2000 && y <= 2100;
/** The head of the report with line breaks and spaces removed (titles wrap). */
export const headOf = (doc: Document, n = 1500) => doc.text.slice(0, n).replace(/\s+/g, '');

export function titleCandidates(doc: Document): string[] {
  return [doc.fields['标题'], doc.fields['名称'], doc.title, headOf(doc, 600)].filter((s): s is string => Boolean(s));
}

export function findReportYear(doc: Document): number | undefined {
  for (const t of titleCandidates(doc)) {
    const compact = t.replace(/\s+/g, '');
    const m = TITLE_YEAR.exec(compact) ?? TITLE_YEAR_AFTER.exec(compact);
    if (m && plausible(Number(m[1]))) return Number(m[1]);
  }
  const period = parsePeriod(doc.text);
  if (period) return Number(period.start.slice(0, 4));
  for (const re of [REPORT_SENTENCE, TABLE_YEAR]) {
    const m = re.exec(doc.text);
    if (m && plausible(Number(m[1]))) return Number(m[1]);
  }
  return undefined;
}
