// Glued statistics rows: the table's structure (本年度 ≤ 历年累计, 其中 ≤ parent, parent = Σ 其中
// in every column) and the prose's own figure choose the split; what stays open is not read.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../pipeline/extract/model.js';
import { transform } from '../../../pipeline/transform/index.js';
import { DEV, metricsOf, reportOf } from '../../helpers.js';

const raw = (f: string) => path.join(DEV, 'raw', f);
const docOf = (text: string): Document => ({
  format: 'text',
  encoding: 'utf-8',
  replacementChars: 0,
  text,
  fields: {},
  blocks: [{ kind: 'paragraph', text, offset: 0 }],
});

describe('glued statistics table', () => {
  it('splits by the column sums when they hold (平潭 2013 xian: 受理 728 = 0|18 + 0|0 + 3|6 + 4|4 …)', async () => {
    const { report } = await reportOf(raw('pt2013_xian.txt'));
    const m = metricsOf(report);
    expect(m).toMatchObject({
      'applications.received': 7,
      'applications.channel.in_person': 0,
      'applications.channel.online': 4,
      'applications.handled': 3,
      'applications.granted': 2,
      'applications.partial': 1,
      'applications.denied': 0,
    });
    expect(report.template).toBe('stat2008');
    const received = report.metrics.find((x) => x.key === 'applications.received')!;
    expect(received.rule).toBe('stat.applications.received:glued');
    expect(received.snippet).toContain('受理依申请公开信息总数条728');
  });

  it('uses the prose figure where the table cannot decide (平潭 2015: 294981916 → 2949 | 81916)', async () => {
    const { report } = await reportOf(raw('pt2015_syq.txt'));
    expect(metricsOf(report)).toMatchObject({ 'proactive.total': 2949, 'proactive.via.website': 2949, 'proactive.via.gazette': 0 });
  });

  it('does not let one column balance by chance (平潭 2013 xian: 1|8535395 = 1|7135017 + 0|7 in the year column only)', async () => {
    const { report } = await reportOf(raw('pt2013_xian.txt'));
    expect(metricsOf(report)).toMatchObject({ 'proactive.total': 1853, 'proactive.via.website': 1713 });
  });

  it('leaves a row absent, with an issue, when nothing decides', () => {
    // 主动公开信息数 glued with its running total and no prose figure: 4|251516, 42|51516, 425|1516
    const report = transform(docOf('统计表 指标名称计量单位2011年度历年累计主动公开信息数条4251516行政复议数件00行政诉讼数件00'), 'x.txt');
    const m = metricsOf(report);
    expect(m).not.toHaveProperty(['proactive.total']);
    expect(m).toMatchObject({ 'review.reconsideration.total': 0, 'review.litigation.total': 0 });
    expect(report.issues.find((i) => i.code === 'ambiguous_glued_row')?.message).toContain('主动公开信息数条4251516');
  });

  it('reads a spaced row with one value as that year figure (平潭 2013 syq: "2、政府公报公开 条 0")', async () => {
    const { report } = await reportOf(raw('pt2013_syq.txt'));
    // and keeps the table's 72804 over the prose's 4970, recording the disagreement
    expect(metricsOf(report)).toMatchObject({ 'proactive.via.gazette': 0, 'proactive.total': 72804 });
    expect(report.issues.find((i) => i.code === 'text_table_mismatch' && i.cells?.[0] === 'proactive.total')).toMatchObject({ left: 72804, right: 4970 });
  });

  it('reads a blank spaced row as a stated 0 flagged blank_cell', () => {
    const report = transform(
      docOf(
        '指标名称 计量单位 2013年度 历年累计 主动公开信息数 条 5 9 其中：1、网站公开 条 5 9 2、政府公报公开 条 受理依申请公开信息总数 条 0 0 行政复议数 件 0 0',
      ),
      'x.txt',
    );
    expect(report.metrics.find((m) => m.key === 'proactive.via.gazette')).toMatchObject({ value: 0, flags: ['blank_cell'] });
  });
});

describe("the statistics table's own arithmetic", () => {
  it.each(['pt2012_xian.txt', 'pt2012_xian.html'])('records 主动公开信息数 2026 ≠ 网站 1795 + 公报 0 in %s', async (f) => {
    const { report } = await reportOf(raw(f));
    const issue = report.issues.find((i) => i.check === 'P-CHAN');
    expect(issue).toMatchObject({ code: 'source_inconsistent', left: 2026, right: 1795, delta: 231 });
    // 收到 21 = 当面 18 + 传真 0 + 电子邮件 3 (no key) + 网上 0 + 信函 0 + 其它 0 holds
    expect(report.issues.find((i) => i.check === 'P-CH')).toBeUndefined();
  });

  it('counts a keyless sub-row: 受理 = the channel rows fails when 电子邮件 is off', () => {
    const text =
      '指标名称 计量单位 2012年度 历年累计 受理依申请公开信息总数 条 21 21 其中：1、当面申请数 条 18 18 2、电子邮件申请数 条 2 3 3、信函申请数 条 0 0 行政复议数 件 0 0 行政诉讼数 件 0 0';
    const issue = transform(docOf(text), 'x.txt').issues.find((i) => i.check === 'P-CH');
    expect(issue).toMatchObject({
      left: 21,
      right: 20,
      expression: 'applications.received = applications.channel.in_person + 电子邮件申请数 + applications.channel.letter',
    });
  });

  it('holds on a consistent table (平潭 2011 xian)', async () => {
    const { report } = await reportOf(raw('pt2011_xian.txt'));
    expect(report.issues.filter((i) => i.code === 'source_inconsistent')).toEqual([]);
  });
});
