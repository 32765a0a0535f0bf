// Row labels as they stand in glued text, in table order, for the 2019 and 2021 templates.
// Each becomes a regex that tolerates spaces between characters; list numbers ("2.") are
// part of the label so that they are not read as the previous row's last digit.
import { T2_ROWS } from '../rules/gov-tables.js';
import type { GovTemplate } from '../report.js';


export interface GluedLabel {
  row: string;
  pattern: string;
}

const N = '\\d\\s*[.、]?\\s*';
const T3_HEAD: GluedLabel[] = [
  { row: 'received', pattern: '本年新收政府信息公开申请数量' },
  { row: 'carried_over', pattern: '上年结转政府信息公开申请数量' },
  { row: 'granted', pattern: '\\(一\\)予以公开' },
  { row: 'partial', pattern: '\\(二\\)部分公开(?:\\(区分处理的[^)]{0,30}\\))?' },
  { row: 'denied.state_secret', pattern: `${N}属于国家秘密` },
  { row: 'denied.law_forbidden', pattern: `${N}其他法律行政法规禁止公开` },
  { row: 'denied.security_stability', pattern: `${N}危及.{0,2}三安全一稳定.{0,2}?(?=\\d)` },
  { row: 'denied.third_party', pattern: `${N}保护第三方合法权益` },
  { row: 'denied.internal_affairs', pattern: `${N}属于三类内部事务信息` },
  { row: 'denied.process_info', pattern: `${N}属于四类过程性信息` },
  { row: 'denied.enforcement_file', pattern: `${N}属于行政执法案卷` },
  { row: 'denied.inquiry', pattern: `${N}属于行政查询事项` },
  { row: 'unavailable.not_held', pattern: `${N}本机关不掌握相关政府信息` },
  { row: 'unavailable.needs_creation', pattern: `${N}没有现成信息需要另行制作` },
  { row: 'unavailable.unclear', pattern: `${N}补正后申请内容仍不明确` },
  { row: 'not_processed.complaint', pattern: `${N}信访举报投诉类申请` },
  { row: 'not_processed.duplicate', pattern: `${N}重复申请` },
  { row: 'not_processed.publication', pattern: `${N}要求提供公开出版物` },
  { row: 'not_processed.mass_repeat', pattern: `${N}无正当理由大量反复申请` },
  { row: 'not_processed.confirmation', pattern: `${N}要求行政机关确认或重新出具已获取信息` },
];
const T3_TAIL: GluedLabel[] = [
  { row: 'handled', pattern: '\\(七\\)总计' },
  { row: 'carried_forward', pattern: '结转下年度继续办理' },
];

export const GLUED_T3: Record<GovTemplate, GluedLabel[]> = {
  gov2019: [...T3_HEAD, { row: 'other', pattern: '\\(六\\)其他处理' }, ...T3_TAIL],
  gov2021: [
    ...T3_HEAD,
    { row: 'other.overdue_correction', pattern: `${N}申请人无正当理由逾期不补正[^\\d]{0,30}?申请` },
    { row: 'other.unpaid_fee', pattern: `${N}申请人逾期未按收费通知要求缴纳费用[^\\d]{0,30}?申请` },
    { row: 'other.other', pattern: `${N}其他(?=\\s*\\d)` },
    ...T3_TAIL,
  ],
};

/** 表四's header ends with the 复议后起诉 leaf labels; the 15 cells follow. */
export const GLUED_T4 = /复议后起诉(?:\s*(?:结果维持|结果纠正|其他结果|尚未审结|总计|结果|维持|纠正|其他|尚未|审结))+\s*([\d\s]+)/;

/** 表二 row labels in glued text, in table order: the row rules' labels, unanchored. */
export function gluedT2Labels(template: GovTemplate): Array<{ id: string; pattern: string }> {
  return T2_ROWS.filter((r) => r.columns[template]).map((r) => ({ id: r.id, pattern: r.label.source.replace(/^\^|\$$/g, '') }));
}

/** Allows spaces between the characters of a literal label ("结果 纠正"). */
export function spaced(pattern: string): string {
  return pattern.replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/g, '$1\\s*');
}
