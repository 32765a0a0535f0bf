// 表二's figures (FORMATS §3) stated in the prose of a template-era report.
import { ALL, type SentenceRule } from './types.js';

/** The report year's own count: 本年度, 全年, 年内 (a prose count of documents without it is too
 * often a library's or a clean-up's: "清理并集中发布现行有效行政规范性文件393件"). */
const THIS_YEAR = '(?:本|今|全)年度?|年内|当年';

export const TABLE_FIGURE_RULES: SentenceRule[] = [
  {
    id: 'sent.licensing.decisions',
    key: 'licensing.decisions',
    unit: 'count',
    pattern: '办理行政许可(?:事项)?{N}件',
    templates: ALL,
    examples: [
      ['本年度制发规范性文件2件，现行有效规范性文件1件，本年度办理行政许可6428件，行政处罚160件。', 6428],
      ['其中行政许可198项,行政处罚6055项', null],
    ],
  },
  {
    id: 'sent.penalty.decisions',
    key: 'penalty.decisions',
    unit: 'count',
    pattern: '办理行政许可[^。;]{0,20}?[，,、]行政处罚{N}件',
    templates: ALL,
    examples: [['本年度制发规范性文件2件，现行有效规范性文件1件，本年度办理行政许可6428件，行政处罚160件。', 160]],
  },
  {
    id: 'sent.normative_docs.issued',
    key: 'normative_docs.issued',
    unit: 'count',
    pattern: `(?:${THIS_YEAR})(?:共)?(?:制发|印发|出台|制定)(?:行政)?规范性文件{N}件`,
    templates: ALL,
    examples: [
      ['本年度制发规范性文件2件，现行有效规范性文件1件。', 2],
      ['清理并集中发布现行有效行政规范性文件393件。', null],
    ],
  },
  {
    id: 'sent.normative_docs.in_force',
    key: 'normative_docs.in_force',
    unit: 'count',
    // a stock: "2024年以来现行有效的…0件" is the year's end, not a running total
    pattern: '现行有效(?:的)?(?:行政)?规范性文件(?:共)?{N}件',
    stock: true,
    mustNot: ['清理', '汇编', '集中发布', '公布'],
    templates: ALL,
    examples: [
      ['本年度制发规范性文件2件，现行有效规范性文件1件。', 1],
      ['加强规范性文件审查清理，2024年以来现行有效的行政规范性文件0件。', 0],
      ['清理并集中发布现行有效行政规范性文件393件。', null],
    ],
  },
];
