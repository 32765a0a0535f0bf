// The example queries (sql/queries/*.sql): the README shows them, Datasette offers them as
// canned queries, and a test runs each on the data its header names. Each file: a title, a
// description, the data it returns rows on, then one SELECT.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sqlDir } from '../migrate.js';

export interface ExampleQuery {
  /** The file's name without its number and extension: county_applications. */
  name: string;
  title: string;
  description: string;
  /** Where it returns rows: the sample reports of data/raw, or the dev corpus (平潭 2011–2025). */
  rowsOn: 'sample' | 'dev';
  sql: string;
}

const header = (text: string, field: string) => new RegExp(`^-- ${field}: (.+)$`, 'm').exec(text)?.[1]?.trim();

export function exampleQueries(dir = path.join(sqlDir(), 'queries')): ExampleQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const rowsOn = header(text, 'rows on');
      if (rowsOn !== 'sample' && rowsOn !== 'dev') throw new Error(`sql/queries/${f}: "-- rows on:" must say sample or dev`);
      return {
        name: f.replace(/^\d+_/, '').replace(/\.sql$/, ''),
        title: header(text, 'title') ?? f,
        description: header(text, 'description') ?? '',
        rowsOn,
        sql: text
          .split('\n')
          .filter((l) => !l.startsWith('-- '))
          .join('\n')
          .trim(),
      };
    });
}
