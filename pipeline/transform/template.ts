// Which generation of format a report is: told by the table headers, not by the year
// alone (a 2022 report on the 2019 layout exists). FORMATS.md §0 and §4.
import type { Document } from '../extract/model.js';
import { GOV2019_MARKERS, GOV2021_MARKERS, GOV_TABLE_MARKERS } from './rules/gov-tables.js';
import type { Template } from './report.js';

const count = (res: RegExp[], text: string) => res.filter((re) => re.test(text)).length;

export function detectTemplate(doc: Document, statRowsMatched: number, year: number | undefined): Template {
  const text = doc.text.replace(/\s+/g, '');
  const is2021 = count(GOV2021_MARKERS, text);
  const is2019 = count(GOV2019_MARKERS, text);
  const isGov = count(GOV_TABLE_MARKERS, text) > 0 || is2021 > 0 || is2019 > 0;
  if (isGov) {
    if (is2021 > is2019) return 'gov2021';
    if (is2019 > is2021) return 'gov2019';
    return year !== undefined && year >= 2021 ? 'gov2021' : 'gov2019';
  }
  // an old statistics table: at least three rows of it read with values
  return statRowsMatched >= 3 ? 'stat2008' : 'narrative';
}
