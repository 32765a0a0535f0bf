// 收费, 行政复议, 行政诉讼, 举报投诉.
import { ALL, NEG, OLD, type SentenceRule } from './types.js';

/** Printed guides, forms and leaflets handed out free are not the application fee. */
const NOT_THE_FEE = ['指南', '表格', '宣传', '手册', '咨询'];

export const REVIEW_RULES: SentenceRule[] = [
  {
    id: 'sent.fees.amount',
    key: 'fees.application',
    unit: 'yuan',
    pattern: '(?:收取|收)[^。;]{0,20}?费(?:用)?(?:共计|合计|共)?{N}\\s*{U}',
    templates: OLD,
    examples: [
      ['收取检索、复制、邮寄等成本费用共计0元。', 0],
      ['全年依申请公开收费0.05万元。', 500],
    ],
  },
  {
    id: 'sent.fees.processing',
    key: 'fees.application',
    unit: 'yuan',
    pattern: '信息处理费(?:共计|合计|共)?\\s*{N}\\s*{U}',
    templates: ALL,
    examples: [['2025 年有 1 件政府信息公开申请案件收取信息处理费 380 元。', 380]],
  },
  {
    id: 'sent.fees.none',
    key: 'fees.application',
    unit: 'yuan',
    value: 0,
    pattern: [
      `${NEG}(?!按)[^。,;]{0,12}?(?:收取|收)[^。,;]{0,16}?费`,
      `${NEG}(?:产生|发生)[^。,;]{0,12}?(?:处理费|收费|费用)`,
      '(?:没有|未|不|暂不)收费|不收取任何费用',
    ],
    mustNot: NOT_THE_FEE,
    templates: ALL,
    examples: [
      ['2017年度,我苏木政府信息公开没有收费。', 0],
      ['我旗各级政府办公部门为申请人所提供的政府信息查询、打印、邮寄等费用均从本部门公务经费中支出,未向申请人收取相关费用。', 0],
      ['2014年我区各级工作部门依申请提供政府信息暂不收费。', 0],
      ['（本年度）未产生信息公开处理费。', 0],
    ],
  },
  {
    id: 'sent.fees.free',
    key: 'fees.application',
    unit: 'yuan',
    value: 0,
    // "依申请提供的政府信息均免费提供"; not "办事指南免费提供" (平潭 2016)
    pattern: '免费(?:提供|办理|答复)',
    must: ['申请'],
    mustNot: NOT_THE_FEE,
    templates: ALL,
    examples: [
      ['对依申请公开的政府信息均免费提供。', 0],
      ['同时，在行政服务中心窗口都备有统一印制的办事指南免费提供，服务大厅设置电子显示屏。', null],
    ],
  },
  {
    id: 'sent.reconsideration.total',
    key: 'review.reconsideration.total',
    unit: 'count',
    pattern: ['行政复议(?:案件|申请|案)?(?:共)?{N}(?:件|起|宗|次)', '(?:有|发生|收到){N}(?:件|起|宗|份)[^。,;]{0,14}?行政复议'],
    templates: ALL,
    examples: [
      ['信息公开行政复议1件,已结案。', 1],
      ['因依申请公开工作引起的行政复议2件；', 2],
      ['全年未发生一起因政府信息公开引起的行政复议、行政诉讼案件。', null],
    ],
  },
  {
    id: 'sent.litigation.total',
    key: 'review.litigation.total',
    unit: 'count',
    // not "经复议后起诉的行政诉讼0件": a part of the total, read below
    pattern: ['(?<!起诉的|起诉)行政诉讼(?:案件|案)?(?:共)?{N}(?:件|起|宗|次)', '(?:有|发生|收到)?{N}(?:件|起|宗)[^。,;]{0,14}?行政诉讼'],
    templates: ALL,
    examples: [
      ['我苏木2017年度有一起斯仁巴拉吉尔行政诉讼案件。', 1],
      ['依申请公开3次，行政复议0次，行政诉讼0次；', 0],
      ['因依申请公开工作引起的经复议后起诉的行政诉讼0件。', null],
    ],
  },
  {
    id: 'sent.litigation_after.total',
    key: 'review.litigation_after.total',
    unit: 'count',
    pattern: '(?:经)?复议后(?:起诉|提起)的?行政诉讼{N}件',
    templates: ALL,
    examples: [['因依申请公开工作引起的经复议后起诉的行政诉讼0件。', 0]],
  },
  {
    id: 'sent.complaints.total',
    key: 'complaints.total',
    unit: 'count',
    pattern: '(?:举报投诉|投诉举报)(?:案件)?(?:共)?{N}(?:件|起)',
    templates: OLD,
    examples: [
      ['全年受理政府信息公开举报投诉案件3件。', 3],
      ['二是设立投诉信箱、举报、监督电话等,专门接受群众投诉举报。', null],
    ],
  },
];
