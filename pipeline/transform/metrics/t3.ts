// 表三 (FORMATS.md §2.3, §3.3): the one place a row of the application table is declared.
// The label rules, the glued-text labels, the dictionary's words, the identity checks and the
// headline keys are all read from these entries.
import type { GovTemplate } from '../report.js';

/** Applicant columns in table order; 总计 last. */
export const T3_COLUMNS = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'] as const;
export type T3Column = (typeof T3_COLUMNS)[number];
export const T3_APPLICANTS = T3_COLUMNS.slice(0, 6);
export const T3_COLUMN_ZH: Record<T3Column, string> = {
  natural_person: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social_org: '社会公益组织',
  legal_service: '法律服务机构',
  other_org: '其他',
  total: '总计',
};

const BOTH: readonly GovTemplate[] = ['gov2019', 'gov2021'];
/** A numbered sub-row's list number in glued text ("2."), so it is not read as the previous row's last digit. */
const N = '\\d\\s*[.、]?\\s*';

export interface T3RowDef {
  row: string;
  /** Matched against the row's last label cell (whitespace removed), in this order. */
  label: RegExp;
  /** The row's words as the 2021 template prints them (the dictionary's label). */
  printed: string;
  /** The label in glued text, a regex source (the text of a table whose cells ran together). */
  glued: string;
  /** Templates whose table prints the row (glued text, identity checks). */
  printedIn: readonly GovTemplate[];
  /** Templates whose tables are read for it (default: printedIn). */
  readIn?: readonly GovTemplate[];
  /** The group (（三）…（六）) a numbered sub-row stands in: a misprinted label is read by number. */
  group?: '三' | '四' | '五' | '六';
  /** The group label a row must sit under when its own label is ambiguous. */
  under?: string;
  /** Its words as a numbered sub-row, for reading a misprinted label by number. */
  numbered?: string;
  /** A result row: the rows flagged so add up to （七）总计 (T3-RES). */
  result?: true;
  /** The headline key its 总计 cell is; several rows of one headline key add up to it. */
  headline?: string;
}

const denied = <R extends string>(row: R, label: RegExp, words: string, n: number) => ({
  row: `denied.${row}` as const,
  label,
  printed: `（三）不予公开 ${n}.${words}`,
  glued: `${N}${words}`,
  printedIn: BOTH,
  group: '三' as const,
  numbered: words,
  result: true as const,
  headline: 'applications.denied',
});
const numbered = <P extends string, R extends string>(group: '四' | '五', prefix: P, groupWords: string, row: R, label: RegExp, words: string, n: number) => ({
  row: `${prefix}.${row}` as const,
  label,
  printed: `（${group}）${groupWords} ${n}.${words}`,
  glued: `${N}${words}`,
  printedIn: BOTH,
  group,
  numbered: words,
  result: true as const,
});

export const T3_ROWS = [
  {
    row: 'received',
    label: /本年新收/,
    printed: '一、本年新收政府信息公开申请数量',
    glued: '本年新收政府信息公开申请数量',
    printedIn: BOTH,
    headline: 'applications.received',
  },
  {
    row: 'carried_over',
    label: /上年结转/,
    printed: '二、上年结转政府信息公开申请数量',
    glued: '上年结转政府信息公开申请数量',
    printedIn: BOTH,
    headline: 'applications.carried_over',
  },
  {
    row: 'granted',
    label: /予以公开$/,
    printed: '三、本年度办理结果 （一）予以公开',
    glued: '\\(一\\)予以公开',
    printedIn: BOTH,
    result: true,
    headline: 'applications.granted',
  },
  {
    row: 'partial',
    label: /部分公开/,
    printed: '三、本年度办理结果 （二）部分公开',
    glued: '\\(二\\)部分公开(?:\\(区分处理的[^)]{0,30}\\))?',
    printedIn: BOTH,
    result: true,
    headline: 'applications.partial',
  },
  denied('state_secret', /国家秘密/, '属于国家秘密', 1),
  denied('law_forbidden', /法律行政法规禁止/, '其他法律行政法规禁止公开', 2),
  { ...denied('security_stability', /三安全一稳定/, '危及“三安全一稳定”', 3), glued: `${N}危及.{0,2}三安全一稳定.{0,2}?(?=\\d)` },
  denied('third_party', /第三方合法权益/, '保护第三方合法权益', 4),
  denied('internal_affairs', /三类内部事务/, '属于三类内部事务信息', 5),
  denied('process_info', /四类过程性/, '属于四类过程性信息', 6),
  denied('enforcement_file', /行政执法案卷/, '属于行政执法案卷', 7),
  denied('inquiry', /行政查询事项/, '属于行政查询事项', 8),
  numbered('四', 'unavailable', '无法提供', 'not_held', /不掌握/, '本机关不掌握相关政府信息', 1),
  numbered('四', 'unavailable', '无法提供', 'needs_creation', /另行制作/, '没有现成信息需要另行制作', 2),
  numbered('四', 'unavailable', '无法提供', 'unclear', /仍不明确/, '补正后申请内容仍不明确', 3),
  numbered('五', 'not_processed', '不予处理', 'complaint', /信访举报投诉/, '信访举报投诉类申请', 1),
  numbered('五', 'not_processed', '不予处理', 'duplicate', /重复申请/, '重复申请', 2),
  numbered('五', 'not_processed', '不予处理', 'publication', /公开出版物/, '要求提供公开出版物', 3),
  numbered('五', 'not_processed', '不予处理', 'mass_repeat', /大量反复/, '无正当理由大量反复申请', 4),
  numbered('五', 'not_processed', '不予处理', 'confirmation', /确认或重新出具/, '要求行政机关确认或重新出具已获取信息', 5),
  // （六）: three rows in 2021, one in 2019 (which some 2021 tables still print)
  {
    row: 'other.overdue_correction',
    label: /逾期不补正/,
    printed: '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    glued: `${N}申请人无正当理由逾期不补正[^\\d]{0,30}?申请`,
    printedIn: ['gov2021'],
    group: '六',
    numbered: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    result: true,
  },
  {
    row: 'other.unpaid_fee',
    label: /缴纳费用/,
    printed: '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    glued: `${N}申请人逾期未按收费通知要求缴纳费用[^\\d]{0,30}?申请`,
    printedIn: ['gov2021'],
    group: '六',
    numbered: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    result: true,
  },
  {
    row: 'other.other',
    label: /^(\d[.、])?其他$/,
    printed: '（六）其他处理 3.其他',
    glued: `${N}其他(?=\\s*\\d)`,
    printedIn: ['gov2021'],
    under: '六',
    group: '六',
    numbered: '其他',
    result: true,
  },
  { row: 'other', label: /其他处理$/, printed: '（六）其他处理', glued: '\\(六\\)其他处理', printedIn: ['gov2019'], readIn: BOTH, result: true },
  { row: 'handled', label: /(^|\(七\))总计$/, printed: '（七）总计', glued: '\\(七\\)总计', printedIn: BOTH, headline: 'applications.handled' },
  {
    row: 'carried_forward',
    label: /结转下年度/,
    printed: '四、结转下年度继续办理',
    glued: '结转下年度继续办理',
    printedIn: BOTH,
    headline: 'applications.carried_forward',
  },
] as const satisfies readonly T3RowDef[];

export type T3Row = (typeof T3_ROWS)[number]['row'];
export type T3Key = `applications.${T3Row}.${T3Column}`;
/** The rows as their common shape (optional fields readable). */
export const T3_ROW_DEFS: readonly T3RowDef[] = T3_ROWS;

/** The rows a template prints, in table order. */
export const t3RowsOf = (t: GovTemplate): string[] => T3_ROW_DEFS.filter((r) => r.printedIn.includes(t)).map((r) => r.row);
/** The result rows that add up to （七）总计 in a template. */
export const t3ResultRows = (t: GovTemplate): string[] => T3_ROW_DEFS.filter((r) => r.result && r.printedIn.includes(t)).map((r) => r.row);
export const t3Key = (row: string, column: T3Column) => `applications.${row}.${column}`;
