// Words around a match that every rule heeds: a heading in force, a negation, a running total.
import { NEG } from './types.js';

/** A section heading inside a paragraph: "（四）开展政策解读工作情况", "三、依申请公开情况". */
export const HEADING = /(?:[（(][一二三四五六七八九十]+[)）]|(?:^|[。；\s])[一二三四五六七八九十]+、)\s*([^，。；,;]{2,20})/g;

/** A negation right before a matched count: "未发生一起…". */
export const NEGATED_BEFORE = new RegExp(`${NEG}$`);

/** Words before a figure that make it a running total since some earlier year. */
export const CUMULATIVE_BEFORE = /(历年|以来|至今|截至目前共)[^。;]{0,12}$/;
/** 累计 alone is cumulative too, unless the sentence scopes it to the report year
 * ("2025年，…累计主动公开政府信息7700余条" is that year's total). */
export const ACCUMULATED_BEFORE = /累计[^。,;]{0,8}$/;
/** 累计 scoped to the report year by the words just before it: 全年累计, 本年度累计, 年内累计. */
export const YEAR_ACCUMULATED = /(?:全年|本年度?|年内|当年|今年)累计[^。,;]{0,8}$/;
