// The Chinese an analyst reads for each enumerated value the views hold, by column. Values
// not listed (a new code) are written as they are, never dropped. The 表三/表四 dimensions
// take the words the tables print, from the metric registry, so they are declared once.
import { T2_COLUMN_ZH, T2_ROWS, T3_ROW_DEFS } from '../../transform/metrics/index.js';
import { T3_COLUMN_ZH } from '../../transform/metrics/t3.js';
import { T4_KIND_ZH, T4_RESULT_ZH } from '../../transform/metrics/t4.js';
import { CODE_ZH } from './codes.js';

export const LEVEL_ZH: Record<string, string> = {
  province: '省级',
  prefecture: '地级',
  county: '县级',
  township: '乡级',
  department: '部门',
};
export const TEMPLATE_ZH: Record<string, string> = {
  narrative: '纯文字报告',
  stat2008: '2008版统计表',
  gov2019: '2019试行格式',
  gov2021: '2021格式',
};
const BODY_KIND_ZH: Record<string, string> = { government: '人民政府', department: '政府部门', street: '街道办事处', zone: '开发区（功能区）' };
const UNIT_ZH: Record<string, string> = {
  requests: '件',
  cases: '件',
  items: '条',
  documents: '件',
  articles: '篇',
  times: '次',
  persons: '人',
  'person-times': '人次',
  units: '个',
  projects: '项',
  count: '个',
  yuan: '元',
};
export const FLAG_ZH: Record<string, string> = {
  blank_cell: '空白单元格',
  derived: '推算',
  approximate: '约数',
  not_applicable: '不适用',
  from_text: '取自正文',
  ocr: 'OCR识读',
};
export const TABLE_ZH: Record<string, string> = { t2: '表二', t3: '表三', t4: '表四', stat2008: '统计表', headline: '主要指标' };
const YES_NO: Record<string, string> = { '0': '否', '1': '是' };

/** 表三 rows as printed (received → 一、本年新收政府信息公开申请数量); 统计表 review rows. */
const OUTCOME_ZH: Record<string, string> = Object.fromEntries(T3_ROW_DEFS.map((r) => [r.row, r.printed]));
const REVIEW_KIND_ZH: Record<string, string> = { ...T4_KIND_ZH, litigation: '行政诉讼' };
const T2_ROW_ZH: Record<string, string> = Object.fromEntries(T2_ROWS.map((r) => [r.id.slice(3), r.zh]));
const T2_COL_ZH: Record<string, string> = Object.fromEntries(Object.entries(T2_COLUMN_ZH).map(([k, v]) => [k, [...new Set(Object.values(v))].join(' / ')]));

/** Column → value → Chinese. One vocabulary per column name: the views use each name for one thing. */
export const VALUE_ZH: Record<string, Record<string, string>> = {
  level: LEVEL_ZH,
  body_level: LEVEL_ZH,
  scope: { consolidated: '汇总报告', organ: '本机关' },
  template: TEMPLATE_ZH,
  body_kind: BODY_KIND_ZH,
  // v_bodies' kind is a body's kind, v_review's the review kind: their codes never collide
  kind: { ...BODY_KIND_ZH, ...REVIEW_KIND_ZH },
  basis: { consolidated: '本级汇总报告', sum: '下级报告加总' },
  region_confidence: { high: '高', medium: '中', low: '低' },
  region_status: { decided: '已确定', ambiguous: '有多个可能', unknown: '未能确定' },
  format: { html: '网页', text: '文本', docx: 'Word (DOCX)', doc: 'Word (DOC)', pdf: 'PDF', image: '图片' },
  outcome: OUTCOME_ZH,
  applicant: T3_COLUMN_ZH,
  result: T4_RESULT_ZH,
  unit: UNIT_ZH,
  table_id: TABLE_ZH,
  status: { loaded: '已入库', failed: '读取失败', needs_ocr: '需要OCR', unsupported: '不支持的格式' },
  severity: { error: '错误', warning: '提示', info: '说明' },
  code: CODE_ZH,
  is_primary: YES_NO,
  comparable: YES_NO,
  decoding_damage: YES_NO,
  present: YES_NO,
  map: { year: '报告年度区划', current: '现行区划' },
};

/** Dictionary dimensions: a row or column key read in its table's words. */
export const DIMENSION_ZH: Record<string, Record<string, string>> = {
  t2: { ...T2_ROW_ZH, ...T2_COL_ZH },
  t3: { ...OUTCOME_ZH, ...T3_COLUMN_ZH },
  t4: { ...T4_KIND_ZH, ...T4_RESULT_ZH },
};
