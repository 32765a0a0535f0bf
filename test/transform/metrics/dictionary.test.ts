// The metric dictionary comes from the rule tables: every key the extractor can produce on
// the real reports has an entry, with the table's own words and the cross-template caveats.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricDictionary, printedLabel } from '../../../pipeline/transform/metrics/index.js';
import { DEV, FORMATS, SEEDS, readGold } from '../../helpers.js';

const dict = new Map(metricDictionary().map((e) => [e.key, e]));

describe('metricDictionary', () => {
  it('has an entry for every key the gold files state', () => {
    const keys = new Set([DEV, SEEDS, FORMATS].flatMap((d) => readGold(path.join(d, 'gold.jsonl')).flatMap((g) => Object.keys(g.metrics))));
    expect([...keys].filter((k) => !dict.has(k))).toEqual([]);
  });

  it.each([
    ['applications.denied.state_secret.natural_person', '（三）不予公开 1.属于国家秘密 自然人', 'requests', true],
    ['review.litigation_direct.pending', '行政诉讼 未经复议直接起诉 尚未审结', 'cases', true],
    ['licensing.decisions', '行政许可 处理决定数量', 'count', true],
    ['admin_fees.amount', '行政事业性收费 本年收费金额', 'yuan', false],
    ['applications.received', '收到申请数（本年新收）', 'requests', true],
    ['proactive.via.website', '网站公开', 'items', false],
  ])('%s: %s, %s, comparable %s', (key, zh, unit, comparable) => {
    expect(dict.get(key)).toMatchObject({ label_zh: zh, unit, comparable });
  });

  it('says why a key does not compare across templates', () => {
    expect(dict.get('admin_fees.amount')!.caveat).toMatch(/count of fee items/);
    expect(dict.get('applications.other.total')!.caveat).toMatch(/2021: three rows/);
    expect(dict.get('rules.published')!.caveat).toBe('2019 template only');
  });

  it('ranks the twelve headline metrics of METRICS.md, in their column order, and no other key', () => {
    const ranked = [...dict.values()].filter((e) => e.headline_rank !== null).sort((a, b) => a.headline_rank! - b.headline_rank!);
    expect(ranked.map((e) => e.key)).toEqual([
      'proactive.total',
      'applications.received',
      'applications.carried_over',
      'applications.handled',
      'applications.granted',
      'applications.partial',
      'applications.denied',
      'applications.carried_forward',
      'fees.application',
      'review.reconsideration.total',
      'review.litigation.total',
      'complaints.total',
    ]);
    expect(ranked.map((e) => e.headline_rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('places every key in its table, row and column (the views join on these)', () => {
    const dims = (k: string) => {
      const e = dict.get(k)!;
      return [e.table, e.row, e.column];
    };
    expect(dims('applications.denied.state_secret.natural_person')).toEqual(['t3', 'denied.state_secret', 'natural_person']);
    expect(dims('review.litigation_direct.pending')).toEqual(['t4', 'litigation_direct', 'pending']);
    expect(dims('licensing.decisions')).toEqual(['t2', 'licensing', 'decisions']);
    // a headline key that is a cell of a table's grid stands in that cell
    expect(dims('review.reconsideration.total')).toEqual(['t4', 'reconsideration', 'total']);
    expect(dims('review.litigation.total')).toEqual(['stat2008', 'litigation', 'total']);
    expect(dims('review.litigation.upheld')).toEqual(['stat2008', 'litigation', 'upheld']);
    expect(dims('applications.received')).toEqual(['headline', 'applications.received', null]);
    expect(dims('capacity.staff')).toEqual(['stat2008', 'capacity.staff', null]);
  });

  it('prints a row rule as its words', () => {
    expect(printedLabel(/^(\d[.、])?传真申请数/)).toBe('传真申请数');
    expect(printedLabel(/收到申请数$|受理(政府信息)?依申请公开(信息)?总数/)).toBe('收到申请数');
  });
});
