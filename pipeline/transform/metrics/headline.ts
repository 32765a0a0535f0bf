// The headline metrics of METRICS.md, comparable across all four generations by definition,
// in their column order. From the templates they are read as a 表三 row's 总计 or the sum of
// several (t3.ts `headline`), or 表四's kinds (t4.ts); from the old reports directly.
export const HEADLINE = [
  { key: 'proactive.total', zh: '主动公开政府信息数' },
  { key: 'applications.received', zh: '收到申请数（本年新收）' },
  { key: 'applications.carried_over', zh: '上年结转申请数' },
  { key: 'applications.handled', zh: '申请答复数（办理结果总计）' },
  { key: 'applications.granted', zh: '同意公开（予以公开）' },
  { key: 'applications.partial', zh: '同意部分公开（部分公开）' },
  { key: 'applications.denied', zh: '不同意公开（不予公开）' },
  { key: 'applications.carried_forward', zh: '结转下年度继续办理' },
  { key: 'fees.application', zh: '依申请公开收费', caveat: '2008–2018: 依申请公开信息收取的费用 (万元 → yuan); 2019+: 信息处理费 stated in the text' },
  { key: 'review.reconsideration.total', zh: '行政复议数量' },
  { key: 'review.litigation.total', zh: '行政诉讼数量' },
  { key: 'complaints.total', zh: '举报投诉数量' },
] as const;

export type HeadlineKey = (typeof HEADLINE)[number]['key'];
export const HEADLINE_KEYS: readonly HeadlineKey[] = HEADLINE.map((h) => h.key);
