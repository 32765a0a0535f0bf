// The metric dictionary: one entry per canonical key, generated from the rule tables the
// extractor reads with (T2/T3/T4 of the templates, the 统计表 rows, the headline keys), so it
// cannot drift from what is extracted. Chinese labels are the table's own words; English
// labels are spelled out from the key.
import { T2_ROWS, T3_COLUMNS, T3_ROWS, T4_KINDS, T4_RESULTS } from './rules/gov-tables.js';
import { STAT_ROWS } from './rules/stat2008.js';
import type { Template } from './report.js';
import { unitOf } from './units.js';

export interface DictionaryEntry {
  key: string;
  label_zh: string;
  label_en: string;
  unit: string;
  templates: Template[];
  comparable: boolean;
  caveat: string;
  /** Place among the headline metrics of METRICS.md (1 = first); null for the others. */
  headline_rank: number | null;
  /** Where the figure stands, as dimensions (views join on these instead of cutting keys):
   * the table (headline, t2, t3, t4, stat2008), its row, and its column (null: one column).
   * A headline key that is a cell of a grid stands in that cell ('headline' for the others); the
   * 统计表's 行政复议 / 行政诉讼 rows are row = kind, column = result, as in 表四. */
  table: 'headline' | 't2' | 't3' | 't4' | 'stat2008';
  row: string;
  column: string | null;
}

const T3_COLUMN_ZH: Record<string, string> = { natural_person: '自然人', commercial: '商业企业', research: '科研机构', social_org: '社会公益组织', legal_service: '法律服务机构', other_org: '其他', total: '总计' };
const T4_KIND_ZH: Record<string, string> = { reconsideration: '行政复议', litigation_direct: '行政诉讼 未经复议直接起诉', litigation_after: '行政诉讼 复议后起诉' };
const T4_RESULT_ZH: Record<string, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };
const T2_COLUMN_ZH: Record<string, Partial<Record<'gov2019' | 'gov2021', string>>> = {
  issued: { gov2019: '本年新制作数量', gov2021: '本年制发件数' },
  published: { gov2019: '本年新公开数量' },
  total_public: { gov2019: '对外公开总数量' },
  repealed: { gov2021: '本年废止件数' },
  in_force: { gov2021: '现行有效件数' },
  previous_items: { gov2019: '上一年项目数量' },
  change: { gov2019: '本年增/减' },
  decisions: { gov2019: '处理决定数量', gov2021: '本年处理决定数量' },
  amount: { gov2019: '采购总金额', gov2021: '本年收费金额' },
  projects: { gov2019: '采购项目数量' },
};
const T2_ROW_ZH: Record<string, string> = {
  't2.rules': '规章',
  't2.normative_docs': '规范性文件',
  't2.licensing': '行政许可',
  't2.other_services': '其他对外管理服务事项',
  't2.penalty': '行政处罚',
  't2.coercion': '行政强制',
  't2.admin_fees': '行政事业性收费',
  't2.procurement': '政府集中采购',
};
/** 表三 row labels as the 2021 template prints them (seed 004). */
const T3_ROW_ZH: Record<string, string> = {
  received: '一、本年新收政府信息公开申请数量',
  carried_over: '二、上年结转政府信息公开申请数量',
  granted: '三、本年度办理结果 （一）予以公开',
  partial: '三、本年度办理结果 （二）部分公开',
  'denied.state_secret': '（三）不予公开 1.属于国家秘密',
  'denied.law_forbidden': '（三）不予公开 2.其他法律行政法规禁止公开',
  'denied.security_stability': '（三）不予公开 3.危及“三安全一稳定”',
  'denied.third_party': '（三）不予公开 4.保护第三方合法权益',
  'denied.internal_affairs': '（三）不予公开 5.属于三类内部事务信息',
  'denied.process_info': '（三）不予公开 6.属于四类过程性信息',
  'denied.enforcement_file': '（三）不予公开 7.属于行政执法案卷',
  'denied.inquiry': '（三）不予公开 8.属于行政查询事项',
  'unavailable.not_held': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unavailable.needs_creation': '（四）无法提供 2.没有现成信息需要另行制作',
  'unavailable.unclear': '（四）无法提供 3.补正后申请内容仍不明确',
  'not_processed.complaint': '（五）不予处理 1.信访举报投诉类申请',
  'not_processed.duplicate': '（五）不予处理 2.重复申请',
  'not_processed.publication': '（五）不予处理 3.要求提供公开出版物',
  'not_processed.mass_repeat': '（五）不予处理 4.无正当理由大量反复申请',
  'not_processed.confirmation': '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
  'other.overdue_correction': '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.unpaid_fee': '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other.other': '（六）其他处理 3.其他',
  other: '（六）其他处理',
  handled: '（七）总计',
  carried_forward: '四、结转下年度继续办理',
};

/**
 * The headline keys of METRICS.md, comparable across all four generations by definition, in
 * their column order. The one list of them: views and exports read it from metric_dictionary.
 */
const HEADLINE_ZH: Record<string, string> = {
  'proactive.total': '主动公开政府信息数',
  'applications.received': '收到申请数（本年新收）',
  'applications.carried_over': '上年结转申请数',
  'applications.handled': '申请答复数（办理结果总计）',
  'applications.granted': '同意公开（予以公开）',
  'applications.partial': '同意部分公开（部分公开）',
  'applications.denied': '不同意公开（不予公开）',
  'applications.carried_forward': '结转下年度继续办理',
  'fees.application': '依申请公开收费',
  'review.reconsideration.total': '行政复议数量',
  'review.litigation.total': '行政诉讼数量',
  'complaints.total': '举报投诉数量',
};

/** The printed words of a row rule: its first alternative, regex syntax taken out. */
export function printedLabel(re: RegExp): string {
  const first = re.source.split('|')[0]!;
  return first
    .replace(/\((?:[^()]|\([^()]*\))*\)\?/g, '') // optional groups are not printed
    .replace(/\(([^|()]*)(?:\|[^()]*)?\)/g, '$1') // a group prints its first choice
    .replace(/\[[^\]]*\][?*]?/g, '')
    .replace(/[^\\]\?/g, '') // an optional character is not printed either
    .replace(/[\^$\\]/g, '');
}

const english = (key: string) => key.replace(/\./g, ' / ').replace(/_/g, ' ');

export function metricDictionary(): DictionaryEntry[] {
  const out = new Map<string, DictionaryEntry>();
  const add = (e: Omit<DictionaryEntry, 'label_en' | 'unit' | 'headline_rank'> & { label_en?: string; headline_rank?: number }) => {
    const prev = out.get(e.key);
    if (prev) {
      prev.templates = [...new Set([...prev.templates, ...e.templates])];
      // a headline key that is a cell of a table's grid stands in that cell (行政复议数量 is
      // 表四's reconsideration total): headline_rank already says it is a headline metric
      if (prev.table === 'headline' && e.column !== null) Object.assign(prev, { table: e.table, row: e.row, column: e.column });
      return;
    }
    out.set(e.key, { ...e, label_en: e.label_en ?? english(e.key), unit: unitOf(e.key), headline_rank: e.headline_rank ?? null });
  };
  for (const [i, [key, zh]] of Object.entries(HEADLINE_ZH).entries()) {
    add({ key, table: 'headline', row: key, column: null, label_zh: zh, headline_rank: i + 1, templates: ['narrative', 'stat2008', 'gov2019', 'gov2021'], comparable: true, caveat: key === 'fees.application' ? '2008–2018: 依申请公开信息收取的费用 (万元 → yuan); 2019+: 信息处理费 stated in the text' : '' });
  }
  for (const r of T3_ROWS) {
    const templates: Template[] = r.templates ?? ['gov2019', 'gov2021'];
    // （六）其他处理 is one row in 2019 (some 2021 tables still print it) and three in 2021
    const oneOnly = r.row.startsWith('other');
    for (const c of T3_COLUMNS) {
      add({
        key: `applications.${r.row}.${c}`,
        table: 't3',
        row: r.row,
        column: c,
        label_zh: `${T3_ROW_ZH[r.row] ?? printedLabel(r.label)} ${T3_COLUMN_ZH[c]}`,
        templates,
        comparable: !oneOnly,
        caveat: oneOnly ? '2019: one row （六）其他处理; 2021: three rows whose sum matches it' : '',
      });
    }
  }
  for (const k of T4_KINDS) for (const r of T4_RESULTS) add({ key: `review.${k}.${r}`, table: 't4', row: k, column: r, label_zh: `${T4_KIND_ZH[k]} ${T4_RESULT_ZH[r]}`, templates: ['gov2019', 'gov2021'], comparable: true, caveat: '' });
  for (const row of T2_ROWS) {
    for (const t of ['gov2019', 'gov2021'] as const) {
      for (const key of row.columns[t] ?? []) {
        const field = key.slice(key.indexOf('.') + 1);
        const inBoth = (row.columns.gov2019 ?? []).includes(key) && (row.columns.gov2021 ?? []).includes(key);
        const caveat =
          key === 'admin_fees.amount' ? '2021 only: money (yuan); 2019 gave a count of fee items (admin_fees.previous_items), not comparable'
          : key.startsWith('admin_fees.') ? '2019 only: a count of fee items; 2021 states the amount (admin_fees.amount) instead'
          : inBoth ? '' : `${t === 'gov2019' ? '2019' : '2021'} template only`;
        add({ key, table: 't2', row: row.id.replace(/^t2\./, ''), column: field, label_zh: `${T2_ROW_ZH[row.id]} ${T2_COLUMN_ZH[field]?.[t] ?? field}`, templates: [t], comparable: inBoth, caveat });
      }
    }
  }
  for (const r of STAT_ROWS) {
    // the 统计表's 行政复议 / 行政诉讼 rows and their 其中 rows: kind × result, as in 表四
    const review = /^review\.([a-z_]+)\.([a-z_]+)$/.exec(r.key);
    add({ key: r.key, table: 'stat2008', row: review ? review[1]! : r.key, column: review ? review[2]! : null, label_zh: printedLabel(r.label), templates: ['stat2008', 'narrative'], comparable: false, caveat: '2008–2018 统计表 only (the national or a provincial table)' });
  }
  return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
}
