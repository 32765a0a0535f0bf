// `disclosure search TERM...`: the paragraphs that contain every word, grouped by report, each
// with where it is and the words around it (or `--json`, a line per paragraph). Read-only: it
// never takes the run lock. Exit 0 when something is found, 1 when nothing is (as grep).
import { existsSync } from 'node:fs';
import { normalizeText } from '../pipeline/extract/normalize.js';
import { openDatabase } from '../pipeline/load/db.js';
import { searchParagraphs, SearchTermError, type SearchHit, type SearchResult } from '../pipeline/load/search.js';
import { SEARCH } from './commands.js';
import { UsageError } from './errors.js';
import { helpText, parseCommand } from './options.js';

const reportLine = (h: SearchHit) =>
  `${h.report_year ?? '(no year)'}  ${h.body_name ?? '(no body)'}  ${h.file}${h.is_primary ? '' : '  [copy, not the primary file]'}`;
const hitLine = (h: SearchHit) => `  block ${h.block}${h.page != null ? `, page ${h.page}` : ''}, offset ${h.offset ?? '?'}: ${h.context}`;

function text(query: string, res: SearchResult): string {
  const shown = res.hits.length < res.paragraphs ? ` (first ${res.hits.length}; --limit N for more)` : '';
  const out = [`${query}: ${res.paragraphs} paragraph(s) in ${res.reports} report(s)${shown}`];
  let report: number | undefined;
  for (const h of res.hits) {
    if (h.report_id !== report) out.push('', reportLine(h));
    report = h.report_id;
    out.push(hitLine(h));
  }
  return out.join('\n') + '\n';
}

export async function searchCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand(SEARCH, argv);
  if (parsed.help) {
    process.stdout.write(helpText(SEARCH));
    return 0;
  }
  const { values, positionals } = parsed;
  // the paragraphs are stored normalised (full-width forms as ASCII, radicals as ideographs):
  // the term is too, so that a term copied from a report finds it
  const query = normalizeText(positionals.join(' ')).trim();
  if (!query) throw new UsageError('nothing to search for: give a term (disclosure search 收费)');
  if (!existsSync(values.db)) throw new UsageError(`no database at ${values.db}; run 'disclosure run' first`);
  const db = openDatabase(values.db);
  try {
    let res: SearchResult;
    try {
      res = searchParagraphs(db, query, { year: values.year === undefined ? undefined : Number(values.year), region: values.region, limit: values.limit });
    } catch (err) {
      if (err instanceof SearchTermError) throw new UsageError(err.message);
      throw err;
    }
    if (res.unindexed)
      process.stderr.write(
        `disclosure search: ${res.unindexed} paragraph(s) are not in the search index yet (read without it, slower); the next 'disclosure run' indexes them\n`,
      );
    if (!res.paragraphs) {
      const where = [values.year && `in ${values.year}`, values.region && `in region ${values.region}`].filter(Boolean).join(' ');
      (values.json ? process.stderr : process.stdout).write(`no paragraph contains ${res.words.map((w) => w.text).join(' and ')}${where ? ` ${where}` : ''}\n`);
      return 1;
    }
    process.stdout.write(values.json ? res.hits.map((h) => JSON.stringify(h) + '\n').join('') : text(query, res));
    return 0;
  } finally {
    db.close();
  }
}
