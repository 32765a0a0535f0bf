// 表四 (FORMATS.md §2.4, §3.4): 3 kinds × 5 results, in column order.
export const T4_KINDS = ['reconsideration', 'litigation_direct', 'litigation_after'] as const;
export const T4_RESULTS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type T4Kind = (typeof T4_KINDS)[number];
export type T4Result = (typeof T4_RESULTS)[number];

export const T4_KIND_ZH: Record<T4Kind, string> = {
  reconsideration: '行政复议',
  litigation_direct: '行政诉讼 未经复议直接起诉',
  litigation_after: '行政诉讼 复议后起诉',
};
export const T4_RESULT_ZH: Record<T4Result, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };
/** The headline key each kind's 总计 adds into (METRICS.md: litigation = direct + after review). */
export const T4_HEADLINE: Record<T4Kind, string> = {
  reconsideration: 'review.reconsideration.total',
  litigation_direct: 'review.litigation.total',
  litigation_after: 'review.litigation.total',
};

export const t4Key = (kind: T4Kind, result: T4Result) => `review.${kind}.${result}`;
export const T4_KEYS = T4_KINDS.flatMap((k) => T4_RESULTS.map((r) => t4Key(k, r)));
