// The registry is the one declaration of the keys: every rule writes only keys it declares,
// each entry says where its figure stands (table, row, column), and the readers' tables,
// glued labels, checks and headline sums are read from it.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { GLUED_T3 } from '../../../pipeline/transform/glued/labels.js';
import { MetricSet } from '../../../pipeline/transform/metric-set.js';
import {
  METRIC_KEYS,
  REGISTRY,
  STAT_ROWS,
  T2_ROW_DEFS,
  T3_ROW_DEFS,
  UnknownMetricKeyError,
  isMetricKey,
  t2Keys,
  t3ResultRows,
  t3RowsOf,
  type MetricKey,
} from '../../../pipeline/transform/metrics/index.js';
import { GOV_TEMPLATES } from '../../../pipeline/transform/templates.js';
import { MetricValue } from '../../../pipeline/transform/report.js';
import { T3_NUMBERED } from '../../../pipeline/transform/rules/gov-tables.js';
import { SENTENCE_RULES } from '../../../pipeline/transform/rules/sentences/index.js';

describe('the metric registry', () => {
  it('declares every key a rule can write', () => {
    const written = new Set([
      ...SENTENCE_RULES.map((r) => r.key),
      ...STAT_ROWS.map((r) => r.key),
      ...T2_ROW_DEFS.flatMap((r) => GOV_TEMPLATES.flatMap((t) => t2Keys(r, t))),
      ...T3_ROW_DEFS.flatMap((r) => ['total', 'natural_person'].map((c) => `applications.${r.row}.${c}`)),
    ]);
    expect([...written].filter((k) => !isMetricKey(k))).toEqual([]);
  });

  it('types its keys: a MetricKey is a literal, not any string', () => {
    expectTypeOf<'applications.denied.third_party.research'>().toMatchTypeOf<MetricKey>();
    expectTypeOf<'normative_docs.in_force'>().toMatchTypeOf<MetricKey>();
    expectTypeOf<'review.litigation_after.pending'>().toMatchTypeOf<MetricKey>();
    expectTypeOf<'applications.recieved'>().not.toMatchTypeOf<MetricKey>();
    expect(METRIC_KEYS).toContain('applications.denied.third_party.research');
  });

  it('refuses a key it does not declare, at the set and at the record boundary', () => {
    expect(() => new MetricSet().add({ key: 'applications.recieved', value: 1, raw: '1', snippet: '', offset: 0, rule: 'typo' })).toThrow(
      UnknownMetricKeyError,
    );
    const record = { key: 'applications.recieved', value: 1, unit: 'requests', raw: '1', snippet: '', offset: 0, rule: 'x', flags: [] };
    expect(MetricValue.safeParse(record).success).toBe(false);
    expect(MetricValue.safeParse({ ...record, key: 'applications.received' }).success).toBe(true);
  });

  it.each([
    ['applications.denied.third_party.research', 't3', 'denied.third_party', 'research'],
    ['review.litigation_after.pending', 't4', 'litigation_after', 'pending'],
    ['normative_docs.in_force', 't2', 'normative_docs', 'in_force'],
    ['capacity.reading_points', 'stat2008', 'capacity.reading_points', null],
    ['applications.received', 'headline', 'applications.received', null],
    ['review.reconsideration.total', 't4', 'reconsideration', 'total'],
  ])('%s stands in %s, row %s, column %s', (key, table, row, column) => {
    expect(REGISTRY.get(key)).toMatchObject({ table, row, column });
  });

  it('gives the readers, the glued labels and the checks the same 表三 rows', () => {
    expect(GLUED_T3.gov2021.map((l) => l.row)).toEqual(t3RowsOf('gov2021'));
    // the 2019 table prints one （六） row, the 2021 table three
    expect(GLUED_T3.gov2019.map((l) => l.row)).toContain('other');
    expect(GLUED_T3.gov2021.map((l) => l.row)).toEqual(expect.arrayContaining(['other.overdue_correction', 'other.unpaid_fee', 'other.other']));
    expect(GLUED_T3.gov2021.map((l) => l.row)).not.toContain('other');
    expect(t3ResultRows('gov2021')).toHaveLength(21);
    expect(t3ResultRows('gov2019')).toHaveLength(19);
    expect(T3_NUMBERED['三']!.map((r) => r.row)).toHaveLength(8);
  });
});
