// Each template table is reported as read whole, in part or not at all, and a table lost or
// cut short is a finding naming it (issue 13, point 7).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MetricSet } from '../../pipeline/transform/metric-set.js';
import { readGovTables } from '../../pipeline/transform/figures/gov-tables.js';
import type { RowView } from '../../pipeline/transform/rows.js';
import { tableCoverage } from '../../pipeline/transform/table-coverage.js';
import { runChecks } from '../../pipeline/transform/checks/run.js';
import { reportOf, SHARED } from '../helpers.js';

const row = (labels: string[], values: string[]): RowView => ({ labels, values, snippet: [...labels, ...values].join(' | '), offset: 0, tableIndex: 0 });
const zeros = (n: number) => Array.from({ length: n }, () => '0');

/** A complete 2021 表三 of zeros with the given （六） rows, and a 表四 of zeros. */
function t3Rows(other: RowView[]): RowView[] {
  const labels = [
    ['一、本年新收政府信息公开申请数量'],
    ['二、上年结转政府信息公开申请数量'],
    ['三、本年度办理结果', '(一)予以公开'],
    ['三、本年度办理结果', '(二)部分公开'],
    ...[
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ].map((l) => ['(三)不予公开', l]),
    ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l) => ['(四)无法提供', l]),
    ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l) => [
      '(五)不予处理',
      l,
    ]),
  ];
  return [...labels.map((l) => row(l, zeros(7))), ...other, row(['(七)总计'], zeros(7)), row(['四、结转下年度继续办理'], zeros(7))];
}

const SPLIT_SIX = [
  row(['(六)其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], zeros(7)),
  row(['(六)其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], zeros(7)),
  row(['(六)其他处理', '3.其他'], zeros(7)),
];

function covered(rows: RowView[]) {
  const set = new MetricSet();
  readGovTables(rows, 'gov2021', set);
  return { set, ...tableCoverage(set, 'gov2021') };
}

describe('tableCoverage', () => {
  it.each([
    [
      'all three tables whole',
      [
        row(['规章'], ['1', '0', '11']),
        row(['行政规范性文件'], ['8', '26', '66']),
        row(['行政许可'], ['5']),
        row(['行政处罚'], ['3']),
        row(['行政强制'], ['0']),
        row(['行政事业性收费'], ['1.5']),
        ...t3Rows(SPLIT_SIX),
        row([], zeros(15)),
      ],
      { 表二: 'whole', 表三: 'whole', 表四: 'whole' },
      [],
    ],
    [
      '表四 lost',
      [...t3Rows(SPLIT_SIX), row(['规章'], ['1', '0', '11'])],
      { 表二: 'partial', 表三: 'whole', 表四: 'missing' },
      ['table_incomplete', 'table_missing'],
    ],
    ['no table at all', [], { 表二: 'missing', 表三: 'missing', 表四: 'missing' }, ['table_missing', 'table_missing', 'table_missing']],
  ] as const)('%s', (_name, rows, status, codes) => {
    const { tables, issues } = covered([...rows]);
    expect(Object.fromEntries(tables.map((t) => [t.table, t.status]))).toEqual(status);
    expect(issues.map((i) => i.code)).toEqual(codes);
  });

  it('names the table and the cells not read', () => {
    const { issues } = covered(t3Rows(SPLIT_SIX).filter((r) => !r.labels.some((l) => l.includes('重复申请'))));
    const t3 = issues.find((i) => i.code === 'table_incomplete')!;
    expect(t3.message).toMatch(/^表三 收到和处理政府信息公开申请情况: 168 of 175 cells read; not read: applications\.not_processed\.duplicate\.natural_person/);
    expect(t3.cells).toHaveLength(7);
  });

  it('takes a 2019-style single （六）其他处理 row in a 2021 table as whole, and checks T3-RES on it', () => {
    const rows = t3Rows([row(['(六)其他处理'], ['2', '0', '0', '0', '0', '0', '2'])]);
    const { set, tables } = covered(rows);
    expect(tables.find((t) => t.table === '表三')).toMatchObject({ status: 'whole', cells_read: 161, cells_expected: 161 });
    expect(set.get('applications.other.total')).toBe(2);
    // （七）总计 is 0 while （六） holds 2: the table breaks T3-RES, and the check says so
    expect(runChecks(set, 'gov2021').map((i) => i.check)).toEqual(expect.arrayContaining(['T3-RES.natural_person', 'T3-RES.total']));
  });

  it('reads the real WPS-exported 淮安 report whole, table by table', async () => {
    const { report } = await reportOf(path.join(SHARED, 'corpus', 'real', 'huaian_2024.pdf'));
    expect(report.tables).toEqual([
      { table: '表二', status: 'whole', cells_read: 10, cells_expected: 10, via: ['table'] },
      { table: '表三', status: 'whole', cells_read: 175, cells_expected: 175, via: ['table'] },
      { table: '表四', status: 'whole', cells_read: 15, cells_expected: 15, via: ['table'] },
    ]);
    expect(report.issues.filter((i) => i.code.startsWith('table_'))).toEqual([]);
  });
});
