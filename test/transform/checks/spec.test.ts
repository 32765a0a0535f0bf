// Every identity of FORMATS.md §6 is in the checks table, as implemented (where it runs) or
// deliberately skipped (why), with the kind and operator the spec gives it; every check the
// extractor records names one of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksFor } from '../../../pipeline/transform/checks/instances.js';
import { CHECK_SPECS, specOf } from '../../../pipeline/transform/checks/spec.js';
import { STAT_SUMS } from '../../../pipeline/transform/checks/stat-table.js';
import { SHARED } from '../../helpers.js';

const formats = readFileSync(path.join(SHARED, 'FORMATS.md'), 'utf8');
const section6 = formats.slice(formats.indexOf('## 6. Arithmetic identities'), formats.indexOf('## 7.'));
/** Rows of §6's tables: | id | Kind | … (the id cell is the first). */
const specRows = [...section6.matchAll(/^\| ([A-Z][\w-]*(?:↔\d+)?|Fujian\/Putian style)(?: ×\d)? \| ([^|]+)\|/gm)].map((m) => ({
  id: m[1] === 'Fujian/Putian style' ? 'P-TAB' : m[1]!,
  kind: m[2]!.trim(),
}));

describe('the checks table against FORMATS.md §6', () => {
  it('lists every §6 id, and no other', () => {
    expect(specRows.length).toBeGreaterThan(20);
    expect(new Set(CHECK_SPECS.map((s) => s.id))).toEqual(new Set(specRows.map((r) => r.id)));
  });

  it.each(specRows)('$id: kind as the spec says ($kind)', ({ id, kind }) => {
    const spec = specOf(id);
    // a row of §6.3 carries its era before the kind: | T2-19a | 2019 | soft |
    const words = kind.match(/hard|soft/) ? kind : (section6.match(new RegExp(`^\\| ${id.replace(/[-↔]/g, '\\$&')} \\|[^|]*\\| ([^|]+)\\|`, 'm'))?.[1] ?? '');
    if (/hard/.test(words)) expect(spec.kind).toBe('hard');
    if (/soft/.test(words)) expect(spec.kind).toBe('soft');
    expect(Boolean(spec.where?.length) !== Boolean(spec.skipped)).toBe(true);
  });

  it('runs P-CHAN as "≤" (an item on several channels counts once in the total) and P-REF as soft', () => {
    expect(specOf('P-CHAN')).toMatchObject({ kind: 'soft', op: 'le' });
    expect(specOf('P-REF')).toMatchObject({ kind: 'soft', op: 'eq' });
  });

  it('names a §6 id in every check instance', () => {
    const ids = [...(['narrative', 'stat2008', 'gov2019', 'gov2021'] as const).flatMap((t) => checksFor(t).map((c) => c.id)), ...STAT_SUMS.map((s) => s.id)];
    for (const id of ids) expect(() => specOf(id)).not.toThrow();
  });
});
