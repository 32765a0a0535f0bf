// Findings as a Chinese reader writes them, one case per kind of finding: the identity checks
// with both sides in the tables' words and the failing operator, the others from their cells.
import { describe, expect, it } from 'vitest';
import { findingZh, type FindingRow } from '../../../pipeline/load/zh/index.js';
import { metricDictionary } from '../../../pipeline/transform/metrics/index.js';

const labels = new Map(metricDictionary().map((d) => [d.key, d.label_zh]));
const f = (x: Partial<FindingRow>): FindingRow => ({
  code: 'source_inconsistent',
  check_id: null,
  message: '',
  left_value: null,
  right_value: null,
  cells: null,
  ...x,
});

const CASES: Array<[string, FindingRow, string]> = [
  ['T3-RES, total column', f({ check_id: 'T3-RES.total', left_value: 21, right_value: 27 }), '勾稽关系不符：表三（总计列）办理结果合计 21 ≠ 分项之和 27'],
  [
    'T3-BAL, an applicant column',
    f({ check_id: 'T3-BAL.natural_person', left_value: 30, right_value: 29 }),
    '勾稽关系不符：表三（自然人列）新收申请与上年结转之和 30 ≠ 办理结果合计与结转下年度之和 29',
  ],
  [
    'T3-ROW, a numbered row',
    f({ check_id: 'T3-ROW.denied.state_secret', left_value: 2, right_value: 3 }),
    '勾稽关系不符：表三「（三）不予公开 1.属于国家秘密」行 总计 2 ≠ 各类申请人之和 3',
  ],
  [
    'T4-SUM',
    f({ check_id: 'T4-SUM.reconsideration', left_value: 5, right_value: 4 }),
    '勾稽关系不符：表四 行政复议 总计 5 ≠ 维持、纠正、其他结果、尚未审结之和 4',
  ],
  [
    'P-CHAN (≤ fails as >), in a statistics table',
    f({ check_id: 'P-CHAN', left_value: 2026, right_value: 1795, message: 'P-CHAN: … fails in the statistics table (2026 vs 1795)' }),
    '勾稽关系不符：主动公开总数 2026 > 各渠道公开数之和 1795（统计表）',
  ],
  [
    'a negative count',
    f({ check_id: 'T3-NN.applications.granted.total', left_value: -1, right_value: 0, cells: '["applications.granted.total"]' }),
    '勾稽关系不符：三、本年度办理结果 （一）予以公开 总计 为 -1，不是非负整数',
  ],
  [
    'T3-X across years',
    f({ code: 'cross_year_mismatch', check_id: 'T3-X.total', left_value: 3, right_value: 5 }),
    '跨年度结转不符：表三（总计列）上年结转 3 ≠ 上一年度报告的结转下年度 5',
  ],
  [
    'text and table disagree',
    f({
      code: 'text_table_mismatch',
      left_value: 739,
      right_value: 1913,
      cells: '["proactive.total"]',
      message:
        'proactive.total: kept 739 (stat.proactive.total: "主动公开信息数 | 条 | 739"), another reading says 1913 (sent.proactive.total: "2012年主动公开政府信息1913条。")',
    }),
    '正文与表格不符：主动公开政府信息数 采用 739（“主动公开信息数 | 条 | 739”），另一处写作 1913（“2012年主动公开政府信息1913条。”）',
  ],
  [
    'glued digits left absent',
    f({
      code: 'ambiguous_glued_row',
      cells: '["rules.issued","rules.published"]',
      message: '表二 t2.rules: glued "898989" has several readings; cells left absent',
    }),
    '粘连数字无法拆分：“898989”有多种拆分，规章 本年新制作数量、规章 本年新公开数量 未取值',
  ],
  [
    'a table read in part',
    f({ code: 'table_incomplete', cells: '["rules.issued"]', message: '表二 主动公开政府信息情况: 21 of 22 cells read; not read: rules.issued' }),
    '表格未读全：表二 22 个单元格读出 21 个；未读：规章 本年新制作数量',
  ],
];

describe('findingZh', () => {
  it.each(CASES)('%s', (_name, finding, expected) => {
    expect(findingZh(finding, labels)).toBe(expected);
  });

  it('keeps an unknown code and its message rather than dropping them', () => {
    expect(findingZh(f({ code: 'something_new', message: 'detail' }), labels)).toBe('something_new：detail');
  });
});
