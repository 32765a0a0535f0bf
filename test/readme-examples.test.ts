// Every SQL example in the README is one of sql/queries/ (Datasette's canned queries), shown
// as it is, and returns rows on the data it names: a newcomer can tell that it works.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQueries } from '../pipeline/load/datasette/queries.js';
import { buildDatabase, DEV_RAW, SAMPLE, type Built } from './build-db.js';
import { ROOT } from './helpers.js';

const flat = (sql: string) => sql.replace(/\s+/g, ' ').replace(/;$/, '').trim();
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** The statements of the README's ```sql blocks, comments dropped. */
const shown = [...README.matchAll(/```sql\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]!
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('--'))
    .join('\n')
    .split(/;\s*\n/)
    .map(flat)
    .filter(Boolean),
);

const built: Record<'sample' | 'dev', Built | undefined> = { sample: undefined, dev: undefined };
beforeAll(async () => {
  built.sample = await buildDatabase([SAMPLE]);
  built.dev = await buildDatabase([DEV_RAW]);
}, 90_000);
afterAll(() => Object.values(built).forEach((b) => b?.dispose()));

describe('the README example queries', () => {
  const queries = exampleQueries();

  it('shows every query of sql/queries/ as it is, and no other', () => {
    expect(queries.length).toBeGreaterThanOrEqual(7);
    expect(shown.sort()).toEqual(queries.map((q) => flat(q.sql)).sort());
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s returns rows on the data it names', (_name, q) => {
    const rows = built[q.rowsOn]!.db.prepare(q.sql).all();
    expect(rows.length).toBeGreaterThan(0);
  });
});
