// Blank, "/" and derived cells in real template tables, and each identity check.
import { describe, expect, it } from 'vitest';
import { MetricSet } from '../../../pipeline/transform/metric-set.js';
import { readGovTables } from '../../../pipeline/transform/figures/gov-tables.js';
import type { RowView } from '../../../pipeline/transform/rows.js';
import { runChecks } from '../../../pipeline/transform/checks/run.js';
import path from 'node:path';
import { DEV, reportOf, SEEDS } from '../../helpers.js';

const row = (labels: string[], values: string[]): RowView => ({ labels, values, snippet: [...labels, ...values].join(' | '), offset: 0, tableIndex: 0 });

describe('cells', () => {
  it('reads a blank cell as a stated 0 flagged blank_cell', () => {
    const set = new MetricSet();
    readGovTables([row(['行政许可'], [''])], 'gov2021', set);
    expect(set.entry('licensing.decisions')).toMatchObject({ value: 0, flags: ['blank_cell'] });
  });

  it('stores nothing for "/" or "—" and says so', () => {
    const set = new MetricSet();
    readGovTables([row(['行政处罚'], ['/']), row(['行政强制'], ['—'])], 'gov2021', set);
    expect(set.has('penalty.decisions')).toBe(false);
    expect(set.has('coercion.decisions')).toBe(false);
    expect(set.issues.map((i) => i.code)).toEqual(['not_applicable_cell', 'not_applicable_cell']);
  });

  it('derives a blank 总计 from its filled parts (上海 2019: 258+12+1+1), flagged derived', () => {
    const set = new MetricSet();
    readGovTables([row(['三、本年度办理结果', '(一)予以公开'], ['258', '12', '1', '', '1', '', ''])], 'gov2019', set);
    expect(set.entry('applications.granted.total')).toMatchObject({ value: 272, flags: ['derived'] });
    expect(set.entry('applications.granted.social_org')).toMatchObject({ value: 0, flags: ['blank_cell'] });
  });

  it('converts 万元 in the 2021 行政事业性收费 column and units inside cells', () => {
    const set = new MetricSet();
    readGovTables([row(['行政事业性收费'], ['0.38'])], 'gov2021', set);
    readGovTables([row(['政府集中采购'], ['135', '251000元'])], 'gov2019', set);
    expect(set.get('admin_fees.amount')).toBe(3800);
    expect(set.get('procurement.amount')).toBe(251000);
    expect(set.get('procurement.projects')).toBe(135);
  });

  it('keeps 2019 and 2021 cells under their own keys', () => {
    const s19 = new MetricSet();
    readGovTables([row(['行政事业性收费'], ['35', '-15'])], 'gov2019', s19);
    expect(s19.get('admin_fees.previous_items')).toBe(35);
    expect(s19.get('admin_fees.change')).toBe(-15);
    expect(s19.has('admin_fees.amount')).toBe(false);
  });
});

describe('identity checks', () => {
  it('all pass on seed 004', async () => {
    const { report } = await reportOf(path.join(SEEDS, '004_f97d988c963e3b8a.txt'));
    expect(report.issues.filter((i) => i.check)).toEqual([]);
  });

  it('平潭 2020: T3-RES fails as published (source_inconsistent) while T3-BAL holds', async () => {
    for (const f of ['pt2020_syq.html', 'pt2020_syq.txt']) {
      const { report } = await reportOf(path.join(DEV, 'raw', f));
      const failed = report.issues.filter((i) => i.check).map((i) => [i.check, i.code, i.left, i.right]);
      expect(failed, f).toEqual([
        ['T3-RES.natural_person', 'source_inconsistent', 20, 26],
        ['T3-RES.total', 'source_inconsistent', 21, 27],
      ]);
    }
  });

  it.each([
    [
      'T4-SUM.reconsideration',
      {
        'review.reconsideration.upheld': 1,
        'review.reconsideration.corrected': 0,
        'review.reconsideration.other': 2,
        'review.reconsideration.pending': 0,
        'review.reconsideration.total': 4,
      },
    ],
    [
      'T3-ROW.received',
      Object.fromEntries([
        ...['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org'].map((c) => [`applications.received.${c}`, 1]),
        ['applications.received.total', 5],
      ]),
    ],
    [
      'T3-BAL.total',
      { 'applications.received.total': 5, 'applications.carried_over.total': 1, 'applications.handled.total': 5, 'applications.carried_forward.total': 0 },
    ],
  ] as Array<[string, Record<string, number>]>)('%s fails with both sides and the delta', (check, values) => {
    const set = new MetricSet();
    for (const [key, value] of Object.entries(values)) set.add({ key, value, raw: String(value), snippet: '', offset: 0, rule: 'test' });
    const issues = runChecks(set, 'gov2021');
    const hit = issues.find((i) => i.check === check)!;
    expect(hit).toMatchObject({ code: 'source_inconsistent', severity: 'error' });
    expect(hit.delta).toBe(hit.left! - hit.right!);
    expect(hit.cells!.length).toBeGreaterThan(2);
    // and passes once the left side is what the right side adds up to
    const fixed = new MetricSet();
    const leftKey = hit.cells![0]!;
    for (const [key, value] of Object.entries(values))
      fixed.add({ key, value: key === leftKey ? value - hit.delta! : value, raw: '', snippet: '', offset: 0, rule: 'test' });
    expect(runChecks(fixed, 'gov2021').filter((i) => i.check === check)).toEqual([]);
  });
});

describe('表三 sub-rows as offices print them', () => {
  const seven = ['1', '0', '0', '0', '0', '0', '1'];
  const read = (rows: RowView[]) => {
    const set = new MetricSet();
    readGovTables(rows, 'gov2021', set);
    return set;
  };
  it.each([
    ['a printed typo, read by its number in its group', [row(['(三)不予公开', '(2)其他法律行政止公开'], seven)], 'applications.denied.law_forbidden.total'],
    ['1、 numbering', [row(['(三)不予公开', '5、属于三类内部事务信息'], seven)], 'applications.denied.internal_affairs.total'],
    // the （六） cell is empty on the last row (a merged cell cut by a page break): the rows above place it
    [
      '3、其他 under an empty group cell',
      [
        row(['三、本年度办理结果', '(六)其他处理', '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], seven),
        row(['三、本年度办理结果', '3、其他'], seven),
      ],
      'applications.other.other.total',
    ],
    ['（七）总计 with an overflowing vertical label character', [row(['理(七)总计'], seven)], 'applications.handled.total'],
  ])('%s', (_name, rows, key) => {
    expect(read(rows).get(key)).toBe(1);
  });

  it.each([
    ['a number that does not fit the words', [row(['(三)不予公开', '2.属于行政查询事项'], seven)]],
    ['no group to number within', [row(['(2)其他法律行政止公开'], seven)]],
    ['words too far from the printed label', [row(['(三)不予公开', '2.其他'], seven)]],
  ])('leaves %s absent', (_name, rows) => {
    const set = read(rows);
    expect(set.has('applications.denied.law_forbidden.total')).toBe(false);
    expect(set.has('applications.denied.inquiry.total') && set.get('applications.denied.inquiry.total') !== 1).toBe(false);
  });
});

describe('rows whose columns were placed by alignment (layout text, PDF tables without rulings)', () => {
  const aligned = (labels: string[], values: string[]): RowView => ({ ...row(labels, values), via: 'aligned' });
  const read = (rows: RowView[], template: 'gov2019' | 'gov2021' = 'gov2021') => {
    const set = new MetricSet();
    readGovTables(rows, template, set);
    return set;
  };

  it('takes a 表三 row that adds up, its blanks as stated zeros', () => {
    const set = read([aligned(['一、本年新收政府信息公开申请数量'], ['12', '', '0', '0', '3', '0', '15'])]);
    expect(set.get('applications.received.commercial')).toBe(0);
    expect(set.get('applications.received.total')).toBe(15);
  });

  it.each([
    // 430 ran into the label ("…不再处理其430"): the blank left in its place must not read as 0
    ['a figure lost into its label', aligned(['1.申请人无正当理由逾期不补正、行政机关不再处理其430'], ['', '10', '0', '0', '45', '12', '497'])],
    ['a row shifted by one column', aligned(['一、本年新收政府信息公开申请数量'], ['', '12', '0', '0', '3', '0', '15'].slice(1).concat(['']))],
  ])('leaves a 表三 row absent when it does not add up: %s', (_name, r) => {
    const set = read([r]);
    expect(set.values().filter((m) => m.key.startsWith('applications.'))).toEqual([]);
    expect(set.issues.map((i) => i.code)).toContain('unaligned_row');
  });

  it('checks 表四 block by block', () => {
    const ok = read([aligned([], ['1', '0', '0', '0', '1', '2', '1', '0', '0', '3', '0', '0', '0', '0', '0'])]);
    expect(ok.get('review.litigation_direct.total')).toBe(3);
    const bad = read([aligned([], ['1', '0', '0', '0', '1', '21', '0', '0', '0', '3', '0', '0', '0', '0', '0'])]);
    expect(bad.has('review.reconsideration.total')).toBe(false);
  });

  it('stores no 0 for a blank 表二 cell among several (no sum to check it by)', () => {
    const set = read([aligned(['规章'], ['2', '', '5'])]);
    expect(set.has('rules.repealed')).toBe(false);
    expect(set.get('rules.in_force')).toBe(5);
    expect(set.issues.map((i) => i.code)).toEqual(['uncertain_blank_cell']);
  });

  it('takes the blank of a one-column 表二 row as its stated 0 (it has no other column to stand in)', () => {
    expect(read([aligned(['行政事业性收费'], [''])]).get('admin_fees.amount')).toBe(0);
  });

  it('reads a 表二 row whose label the 信息内容 heading ran into', () => {
    expect(read([aligned(['信息内容行政事业性收费'], ['0.0'])]).get('admin_fees.amount')).toBe(0);
  });
});

describe('an aligned row of zeros and blanks', () => {
  const aligned = (labels: string[], values: string[]): RowView => ({ ...row(labels, values), via: 'aligned' });
  it('is zeros wherever its figures stand', () => {
    const set = new MetricSet();
    readGovTables([aligned(['(三)不予公开', '(3)危及“三安全一稳定”'], ['0', '0', '0', '0', '0', '', ''])], 'gov2021', set);
    expect(set.get('applications.denied.security_stability.total')).toBe(0);
    expect(set.get('applications.denied.security_stability.other_org')).toBe(0);
  });
  it('is not, when a figure ran into its label', () => {
    const set = new MetricSet();
    readGovTables([aligned(['(三)不予公开', '(3)危及“三安全一稳定”4'], ['0', '0', '0', '0', '0', '', ''])], 'gov2021', set);
    expect(set.has('applications.denied.security_stability.total')).toBe(false);
  });
});
