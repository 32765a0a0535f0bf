// The report year (issue 16, point 4): the title first, then the first sentence, then the
// statistics period; a title-like phrase in the text is weaker than the period; Chinese
// numerals are years; the publication date only where the text says the report is on the
// year before. Each case is written as a report of that kind would read.
import { describe, expect, it } from 'vitest';
import { docOf } from '../../helpers.js';
import { findReportYear } from '../../../pipeline/transform/identity/year.js';
import { transform } from '../../../pipeline/transform/index.js';

const PREAMBLE = '根据《中华人民共和国政府信息公开条例》要求，由县人民政府办公室编制本报告。';

describe('findReportYear', () => {
  it.each<[string, string[], number | undefined]>([
    ['the title', ['伊宁县2014年政府信息公开工作年度报告', PREAMBLE, '一、概述', '2015年以来，我县进一步加强…'], 2014],
    ['a title in Chinese numerals', ['二〇一五年度揭东区交通运输局政府信息公开工作年度报告', PREAMBLE], 2015],
    ['the first sentence of the text', [PREAMBLE, '一、概述', '2014年，按照《政府信息公开条例》的要求，县政府加快电子政务建设。'], 2014],
    ['the first sentence, the body after the year', [PREAMBLE, '一、总体情况', '2025年中仓街道积极推动街道政府信息公开工作，提高工作透明度。'], 2025],
    [
      'not "since" a year',
      [PREAMBLE, '一、概述', '2015年以来，我县进一步加强政务公开工作。', '本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。'],
      2017,
    ],
    ['the period, with a comma before 至', [PREAMBLE, '本年报中所列数据的统计期限自2011年1月1日,至2011年12月31日止。'], 2011],
    [
      "the period beats another year's report named in the first lines",
      [
        PREAMBLE,
        '报告中所列数据的统计期限自2011年1月1日至2011年12月31日止。',
        '一、概述',
        '沙依巴克区严格落实条例，按时公布2010年区政府信息公开工作年度报告。',
      ],
      2011,
    ],
    ['nothing that says a year', [PREAMBLE, '一、概述', '我县认真贯彻条例。'], undefined],
  ])('%s', (_kind, paras, want) => {
    expect(findReportYear(docOf(paras))).toBe(want);
  });
});

describe('the publication date as a fallback', () => {
  const report = (paras: string[]) => transform(docOf(paras), '/reports/x.txt').identity;
  it('gives the year before only where the text says the report is on it', () => {
    expect(report(['现将上一年度政府信息公开工作情况报告如下。', '一、概述', '我局认真贯彻条例。', '伊宁县财政局', '2015年1月20日']).report_year).toBe(2014);
    // published, but not said to be on the year before: left unknown rather than guessed
    expect(report(['现将政府信息公开工作情况报告如下。', '一、概述', '我局认真贯彻条例。', '伊宁县财政局', '2015年1月20日']).report_year).toBeNull();
  });
});
