// The 2019 trial and 2021 template tables (FORMATS.md §2–§4) as data.
import type { Template } from '../report.js';

/** 表三 columns in order (METRICS.md). */
export const T3_COLUMNS = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'] as const;
export const T3_APPLICANTS = T3_COLUMNS.slice(0, 6);

export interface T3RowRule {
  row: string;
  label: RegExp;
  /** Group label (（三）…（六）) the row must sit under, for labels that are ambiguous alone. */
  group?: string;
  templates?: Template[];
}

// Matched against the row's last label cell first (the most specific), whitespace removed.
export const T3_ROWS: T3RowRule[] = [
  { row: 'received', label: /本年新收/ },
  { row: 'carried_over', label: /上年结转/ },
  { row: 'granted', label: /予以公开$/ },
  { row: 'partial', label: /部分公开/ },
  { row: 'denied.state_secret', label: /国家秘密/ },
  { row: 'denied.law_forbidden', label: /法律行政法规禁止/ },
  { row: 'denied.security_stability', label: /三安全一稳定/ },
  { row: 'denied.third_party', label: /第三方合法权益/ },
  { row: 'denied.internal_affairs', label: /三类内部事务/ },
  { row: 'denied.process_info', label: /四类过程性/ },
  { row: 'denied.enforcement_file', label: /行政执法案卷/ },
  { row: 'denied.inquiry', label: /行政查询事项/ },
  { row: 'unavailable.not_held', label: /不掌握/ },
  { row: 'unavailable.needs_creation', label: /另行制作/ },
  { row: 'unavailable.unclear', label: /仍不明确/ },
  { row: 'not_processed.complaint', label: /信访举报投诉/ },
  { row: 'not_processed.duplicate', label: /重复申请/ },
  { row: 'not_processed.publication', label: /公开出版物/ },
  { row: 'not_processed.mass_repeat', label: /大量反复/ },
  { row: 'not_processed.confirmation', label: /确认或重新出具/ },
  { row: 'other.overdue_correction', label: /逾期不补正/, templates: ['gov2021'] },
  { row: 'other.unpaid_fee', label: /缴纳费用/, templates: ['gov2021'] },
  { row: 'other.other', label: /^(\d[.、])?其他$/, group: '六', templates: ['gov2021'] },
  // the single 2019 row; some 2021 tables still print it instead of the three (六) rows
  { row: 'other', label: /其他处理$/ },
  { row: 'handled', label: /(^|\(七\))总计$/ },
  { row: 'carried_forward', label: /结转下年度/ },
];

/** Group labels of 表三 （三）不予公开 …（六）其他处理. */
export const T3_GROUP = /^\((三|四|五|六)\)/;

/**
 * The numbered sub-rows of each 表三 group as the 2021 template prints them, in order. A label
 * the rules above miss (a printed typo: "2.其他法律行政止公开") is read by its number inside its
 * group when its words are mostly these (readers/gov-tables.ts).
 */
export const T3_NUMBERED: Record<string, Array<{ row: string; printed: string }>> = {
  三: [
    { row: 'denied.state_secret', printed: '属于国家秘密' },
    { row: 'denied.law_forbidden', printed: '其他法律行政法规禁止公开' },
    { row: 'denied.security_stability', printed: '危及“三安全一稳定”' },
    { row: 'denied.third_party', printed: '保护第三方合法权益' },
    { row: 'denied.internal_affairs', printed: '属于三类内部事务信息' },
    { row: 'denied.process_info', printed: '属于四类过程性信息' },
    { row: 'denied.enforcement_file', printed: '属于行政执法案卷' },
    { row: 'denied.inquiry', printed: '属于行政查询事项' },
  ],
  四: [
    { row: 'unavailable.not_held', printed: '本机关不掌握相关政府信息' },
    { row: 'unavailable.needs_creation', printed: '没有现成信息需要另行制作' },
    { row: 'unavailable.unclear', printed: '补正后申请内容仍不明确' },
  ],
  五: [
    { row: 'not_processed.complaint', printed: '信访举报投诉类申请' },
    { row: 'not_processed.duplicate', printed: '重复申请' },
    { row: 'not_processed.publication', printed: '要求提供公开出版物' },
    { row: 'not_processed.mass_repeat', printed: '无正当理由大量反复申请' },
    { row: 'not_processed.confirmation', printed: '要求行政机关确认或重新出具已获取信息' },
  ],
  六: [
    { row: 'other.overdue_correction', printed: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
    { row: 'other.unpaid_fee', printed: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
    { row: 'other.other', printed: '其他' },
  ],
};

/** 表四: 3 kinds × 5 results, in column order. */
export const T4_KINDS = ['reconsideration', 'litigation_direct', 'litigation_after'] as const;
export const T4_RESULTS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const T4_KEYS = T4_KINDS.flatMap((k) => T4_RESULTS.map((r) => `review.${k}.${r}`));

export interface T2RowRule {
  id: string;
  label: RegExp;
  /** Keys of the row's value columns in order, per template. Absent: not in that template. */
  columns: Partial<Record<'gov2019' | 'gov2021', string[]>>;
  /** Unit of money columns when the cell states none (the 2021 header says 万元). */
  moneyUnit?: Partial<Record<'gov2019' | 'gov2021', string>>;
}

export const T2_ROWS: T2RowRule[] = [
  { id: 't2.rules', label: /^规章$/, columns: { gov2019: ['rules.issued', 'rules.published', 'rules.total_public'], gov2021: ['rules.issued', 'rules.repealed', 'rules.in_force'] } },
  {
    id: 't2.normative_docs',
    label: /^(行政)?规范性文件$/,
    columns: { gov2019: ['normative_docs.issued', 'normative_docs.published', 'normative_docs.total_public'], gov2021: ['normative_docs.issued', 'normative_docs.repealed', 'normative_docs.in_force'] },
  },
  { id: 't2.licensing', label: /^行政许可$/, columns: { gov2019: ['licensing.previous_items', 'licensing.change', 'licensing.decisions'], gov2021: ['licensing.decisions'] } },
  { id: 't2.other_services', label: /^其他对外管理服务事项$/, columns: { gov2019: ['other_services.previous_items', 'other_services.change', 'other_services.decisions'] } },
  { id: 't2.penalty', label: /^行政处罚$/, columns: { gov2019: ['penalty.previous_items', 'penalty.change', 'penalty.decisions'], gov2021: ['penalty.decisions'] } },
  { id: 't2.coercion', label: /^行政强制$/, columns: { gov2019: ['coercion.previous_items', 'coercion.change', 'coercion.decisions'], gov2021: ['coercion.decisions'] } },
  {
    id: 't2.admin_fees',
    label: /^行政事业性收费$/,
    columns: { gov2019: ['admin_fees.previous_items', 'admin_fees.change'], gov2021: ['admin_fees.amount'] },
    moneyUnit: { gov2021: '万元' },
  },
  { id: 't2.procurement', label: /^政府集中采购$/, columns: { gov2019: ['procurement.projects', 'procurement.amount'] }, moneyUnit: { gov2019: '元' } },
];

/** Keys that are signed (本年增/减) and keys that are money. */
export const SIGNED_KEY = /\.change$/;
export const MONEY_KEYS = new Set(['admin_fees.amount', 'procurement.amount']);

/** Header words that tell the two templates apart (FORMATS.md §4). */
export const GOV2021_MARKERS = [/本年制发件数/, /本年废止件数/, /现行有效件数/, /逾期不补正/, /逾期未按收费通知/];
// only table header words: prose of any year mentions 政府集中采购 or 第二十条
export const GOV2019_MARKERS = [/本年新制作数量/, /本年新公开数量/, /对外公开总数量/, /上一年项目数量/, /采购总金额/];
export const GOV_TABLE_MARKERS = [/本年新收政府信息公开申请数量/, /上年结转政府信息公开申请数量/, /结转下年度继续办理/];
