// The checks as they run on a report's figures: operators and kinds from the spec.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../pipeline/transform/checks/run.js';
import { transform } from '../../../pipeline/transform/index.js';
import { MetricSet } from '../../../pipeline/transform/metric-set.js';
import { docOf } from '../../helpers.js';

function setOf(figures: Record<string, number>): MetricSet {
  const set = new MetricSet();
  for (const [key, value] of Object.entries(figures)) set.add({ key, value, raw: String(value), snippet: '', offset: 0, rule: 'test' });
  return set;
}

describe('runChecks', () => {
  it('P-CHAN holds when the channels add up to more than the total (one item on two channels)', () => {
    expect(runChecks(setOf({ 'proactive.total': 100, 'proactive.via.website': 80, 'proactive.via.wechat': 40 }), 'narrative')).toEqual([]);
    const [issue] = runChecks(setOf({ 'proactive.total': 130, 'proactive.via.website': 80, 'proactive.via.wechat': 40 }), 'narrative');
    expect(issue).toMatchObject({
      check: 'P-CHAN',
      severity: 'warning',
      expression: 'proactive.total ≤ proactive.via.website + proactive.via.wechat',
      delta: 10,
    });
  });

  it('P-REF is a warning: the 其中 list of refusals may be non-exhaustive', () => {
    const [issue] = runChecks(
      setOf({
        'applications.denied': 5,
        'applications.denied.state_secret': 1,
        'applications.denied.commercial_secret': 1,
        'applications.denied.privacy': 1,
        'applications.denied.security_stability': 1,
      }),
      'narrative',
    );
    expect(issue).toMatchObject({ check: 'P-REF', severity: 'warning', left: 5, right: 4 });
  });

  it('T3-NN: a template cell below zero or with a fraction is an error; 本年增/减 may be negative', () => {
    const issues = runChecks(
      setOf({ 'applications.received.natural_person': -1, 'review.reconsideration.upheld': 1.5, 'licensing.change': -3, 'admin_fees.amount': 1234.56 }),
      'gov2019',
    );
    expect(issues.map((i) => [i.check, i.severity])).toEqual([
      ['T3-NN.applications.received.natural_person', 'error'],
      ['T4-NN.review.reconsideration.upheld', 'error'],
    ]);
  });
});

describe('applications.handled falls back to 申请办结数 (METRICS.md)', () => {
  it('when the report gives 办结 and no 答复', () => {
    const report = transform(
      docOf([
        '2013年政府信息公开工作年度报告',
        '2013年，共收到政府信息公开申请5件，申请办结数5件。',
        '指标名称 计量单位 2013年度 受理依申请公开信息总数 条 5 申请办结数 条 5 行政复议数 件 0 行政诉讼数 件 0',
      ]),
      'x.txt',
    );
    expect(report.metrics.find((m) => m.key === 'applications.handled')).toMatchObject({ value: 5, rule: 'fallback.applications.completed' });
  });

  it('never over a stated 答复数', () => {
    const report = transform(docOf(['指标名称 计量单位 2013年度 受理依申请公开信息总数 条 5 申请办结数 条 5 申请答复数 条 4 行政复议数 件 0']), 'x.txt');
    expect(report.metrics.find((m) => m.key === 'applications.handled')).toMatchObject({ value: 4 });
  });
});
