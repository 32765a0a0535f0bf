// Sentence patterns → keys, as data. `{N}` stands for a number as reports write it
// (Arabic, Chinese numerals, 万, 近/约 … 余/多 approximations); the reader expands it and
// handles units, approximations and the traps shared by all patterns.
// A rule with `value: 0` states a zero in words (没有/未/无 …) and has no {N}.
import type { Template } from '../report.js';

export interface SentenceRule {
  id: string;
  key: string;
  /** Alternatives, tried in order (Node 20 has no duplicate named groups in one regex). */
  pattern: string | string[];
  value?: 0;
  /** Templates the rule applies to; template tables own most keys from 2019 on. */
  templates?: Template[];
  /** Unit group of the figure when the pattern captures one ({U}): money rules. */
  money?: boolean;
  /** The sentence counts only inside a section whose heading matches ("（四）开展政策解读工作情况"). */
  section?: RegExp;
}

const OLD: Template[] = ['narrative', 'stat2008'];
const ALL: Template[] = ['narrative', 'stat2008', 'gov2019', 'gov2021'];
/** A figure stated as zero in words. */
const ZERO = '(?:为零|为0(?![\\d.])|是零)';
/** Words that negate within a clause. */
const NEG = '(?:没有|未曾|未|无|不存在|尚无|均未)';

export const SENTENCE_RULES: SentenceRule[] = [
  // 主动公开
  // "其他应主动公开政府信息856条" is a category of the total, not the total
  { id: 'sent.proactive.total', key: 'proactive.total', pattern: '(?<!应)主动公开(?:各类|各项)?(?:政府|政务)?信息(?:数|总数|共计|共|合计)?(?:达到|达|为)?{N}条', templates: ALL },
  // "通过政府门户平台主动公开信息共7件", "在政府信息公开专栏主动公开文件共5件": counted in 件, or as 文件
  { id: 'sent.proactive.total.items', key: 'proactive.total', pattern: '(?<!应)主动公开(?:各类|各项)?(?:政府|政务)?(?:信息|文件)(?:共计|共|合计)?{N}件', templates: ALL },
  // "主动在政务公开网上公开政府信息累计49条": 主动 and 公开 apart, the platform between
  { id: 'sent.proactive.on_platform', key: 'proactive.total', pattern: '主动(?:在|通过)[^。，,;]{1,12}?公开(?:各类|各项)?(?:政府|政务)?信息(?:累计|共计|共|合计)?{N}条', templates: ALL },
  // (no rule for "全年共发布信息N条": in 平潭 2017 it counts one topic's items, 166 of 2122)
  // "2012年度全镇共公开政府信息140条": the whole body's year, 公开 without 主动 (not 依申请公开)
  { id: 'sent.proactive.whole', key: 'proactive.total', pattern: '(?:全年|年度|全镇|全乡|全县|全区|全旗|全市|本级)(?:共|累计|共计)?公开(?:各类|各项)?(?:政府|政务)信息{N}条', templates: ALL },
  // "主动公开政府信息由2013年的1128条增加到2014年的1887条": the figure of the year named last,
  // taken only when that year is the report's (the reader checks the group `y`)
  { id: 'sent.proactive.change', key: 'proactive.total', pattern: '主动公开(?:各类)?(?:政府)?信息(?:数量?)?由[^。，,;]{0,16}?(?:增加|增长|上升|提高|下降|减少)(?:到|至)(?<y>\\d{4})年(?:的)?{N}条', templates: ALL },
  { id: 'sent.proactive.published', key: 'proactive.total', pattern: '共公布(?:政府)?信息{N}条', templates: ALL },
  { id: 'sent.via.website', key: 'proactive.via.website', pattern: '(?:政府)?(?:门户)?网站(?:上)?公开(?:政府|各类)?信息(?:条数|数)?{N}条', templates: OLD },
  { id: 'sent.via.weibo', key: 'proactive.via.weibo', pattern: '政务微博(?:上)?公开(?:政府)?信息(?:条数|数)?{N}条', templates: OLD },
  { id: 'sent.via.wechat', key: 'proactive.via.wechat', pattern: '政务微信(?:上)?公开(?:政府)?信息(?:条数|数)?{N}条', templates: OLD },
  // "其中微博29个，共发布信息1992条；微信公众号41个，共发布信息3404条"
  { id: 'sent.via.weibo.accounts', key: 'proactive.via.weibo', pattern: '(?<!回应)微博(?:账号)?\\d+个[，,]?(?:共|累计)?发布(?:政府)?信息{N}条', templates: OLD },
  { id: 'sent.via.wechat.accounts', key: 'proactive.via.wechat', pattern: '微信(?:公众号|公众账号)?\\d+个[，,]?(?:共|累计)?发布(?:政府)?信息{N}条', templates: OLD },
  { id: 'sent.via.other', key: 'proactive.via.other', pattern: '其他方式公开(?:政府)?信息(?:条数|数)?{N}条', templates: OLD },
  // 回应解读
  { id: 'sent.responses.interpretations', key: 'responses.interpretations', pattern: '解读(?:稿件|文章|材料|件)?{N}(?:条|篇)', templates: OLD },
  // in the 政策解读 section: "2017年，共公开发布信息82条"
  { id: 'sent.responses.interpretations.section', key: 'responses.interpretations', section: /解读/, pattern: '^(?:\\d{4}年[，,]?)?(?:全年)?(?:共|累计)?(?:公开)?发布(?:各类)?(?:解读)?(?:信息|稿件|文章|材料){N}(?:条|篇)', templates: OLD },
  { id: 'sent.responses.hot_topics', key: 'responses.hot_topics', pattern: ['回应(?:政务)?舆情(?:热点)?{N}(?:条|次|起)', '回应[^。,;，]{0,12}?(?:热点|舆情)(?:数|事件)?{N}(?:条|次|起|件)'], templates: OLD },
  // "召开新闻发布会4次，政府网站在线访谈8次"
  { id: 'sent.responses.press_conferences', key: 'responses.press_conferences', pattern: '(?:召开|举办|举行)(?:新闻)?发布会{N}(?:次|场)', templates: OLD },
  { id: 'sent.responses.online_interviews', key: 'responses.online_interviews', pattern: '在线访谈(?:活动)?{N}(?:次|期|场)', templates: OLD },
  // "镇配备了1名专职人员和2名兼职工作人员"
  { id: 'sent.capacity.staff_full_time', key: 'capacity.staff_full_time', pattern: '{N}名专职(?:工作)?人员', templates: ALL },
  { id: 'sent.capacity.staff_part_time', key: 'capacity.staff_part_time', pattern: '{N}名兼职(?:工作)?人员', templates: ALL },
  // 依申请公开
  // the prose of a template-era report too: where 表三 was read, its figure is kept and a
  // disagreement recorded (text_table_mismatch); where it was not, the prose states it
  // "共收到政府信息公开申请27件", "共收到公开政府信息申请1件"
  { id: 'sent.applications.received', key: 'applications.received', pattern: '(?:受理|收到|接到|接收)[^。,;]{0,10}?(?:(?:政府)?信息公开|公开(?:政府)?信息)(?:的)?申请(?:共计|共|总数)?{N}(?:件|起|份)', templates: ALL },
  // "共收到4件信息公开申请", "受理依申请信息公开0件", "依申请公开3次，行政复议0次"
  { id: 'sent.applications.received.count_first', key: 'applications.received', pattern: ['(?:受理|收到|接到|接收)(?:了)?{N}(?:件|份)(?:政府)?信息公开申请', '受理依申请(?:信息)?公开(?:申请)?{N}件', '(?<![受收接])依申请公开(?:申请)?{N}(?:次|件)'], templates: ALL },
  // "未收到依申请公开的申请", "未接收到依申请公开", "我镇无收到和处理政府信息公开申请情况"
  { id: 'sent.applications.received.none', key: 'applications.received', value: 0, pattern: `${NEG}(?:接到|收到|受理|接收到?)[^。;,复诉]{0,20}?申请`, templates: ALL },
  // "因未发生政府信息公开申请，故不存在政府信息答复处理情况"
  { id: 'sent.applications.handled.none', key: 'applications.handled', value: 0, pattern: '(?:不存在|没有|无)[^。;,，]{0,10}?答复(?:处理)?情况', templates: OLD },
  // "依法办理政府信息公开申请25件，结转下年度继续办理2件"; "其中网络申请2件，信函申请2件"
  { id: 'sent.applications.handled', key: 'applications.handled', pattern: '(?:依法)?办理(?:政府)?信息公开申请{N}件', templates: ALL },
  { id: 'sent.applications.carried_forward', key: 'applications.carried_forward', pattern: '结转(?:到|至)?下(?:一)?年度?(?:继续)?办理{N}件', templates: ALL },
  { id: 'sent.channel.online', key: 'applications.channel.online', pattern: '(?:网络|网上|在线)申请{N}件', templates: OLD },
  { id: 'sent.channel.letter', key: 'applications.channel.letter', pattern: '(?:信函|邮寄)申请{N}件', templates: OLD },
  { id: 'sent.channel.in_person', key: 'applications.channel.in_person', pattern: '(?:当面|现场)申请{N}件', templates: OLD },
  { id: 'sent.applications.granted', key: 'applications.granted', pattern: '(?:同意|予以)公开{N}件', templates: OLD },
  { id: 'sent.applications.partial', key: 'applications.partial', pattern: '部分公开{N}件', templates: OLD },
  { id: 'sent.applications.denied', key: 'applications.denied', pattern: ['{N}件不予公开', '不予公开{N}件'], templates: OLD },
  // 收费
  { id: 'sent.fees.amount', key: 'fees.application', pattern: '(?:收取|收)[^。;]{0,20}?费(?:用)?(?:共计|合计|共)?{N}\\s*{U}', money: true, templates: OLD },
  { id: 'sent.fees.processing', key: 'fees.application', pattern: '信息处理费(?:共计|合计|共)?\\s*{N}\\s*{U}', money: true, templates: ALL },
  { id: 'sent.fees.none', key: 'fees.application', value: 0, pattern: `(?:${NEG}(?!按)[^。,;]{0,12}?(?:收取|收)[^。,;]{0,16}?费|没有收费|未收费|暂不收费|不收取任何费用|免费提供)`, templates: ALL },
  // 复议、诉讼、投诉
  { id: 'sent.reconsideration.total', key: 'review.reconsideration.total', pattern: ['行政复议(?:案件|申请|案)?(?:共)?{N}(?:件|起|宗|次)', '(?:有|发生|收到){N}(?:件|起|宗|份)[^。,;]{0,14}?行政复议'], templates: ALL },
  // "因政府信息公开申请行政复议、提起行政诉讼的案件数为零"
  { id: 'sent.reconsideration.zero', key: 'review.reconsideration.total', value: 0, pattern: `行政复议[^。;，,]{0,16}?(?:均|数量?|案件数)?${ZERO}`, templates: ALL },
  { id: 'sent.litigation.zero', key: 'review.litigation.total', value: 0, pattern: `行政诉讼[^。;，,]{0,10}?(?:均|数量?|案件数)?${ZERO}`, templates: ALL },
  // "未接到有关政府信息公开方面的复议、诉讼和申诉": 复议 without 行政 after a negation
  { id: 'sent.reconsideration.none', key: 'review.reconsideration.total', value: 0, pattern: `${NEG}[^。;]{0,24}?(?:行政)?复议`, templates: ALL },
  // (not "经复议后起诉的行政诉讼0件" / "直接起诉的行政诉讼": a part of the total, read below)
  { id: 'sent.litigation.total', key: 'review.litigation.total', pattern: ['(?<!起诉的|起诉)行政诉讼(?:案件|案)?(?:共)?{N}(?:件|起|宗|次)', '(?:有|发生|收到)?{N}(?:件|起|宗)[^。,;]{0,14}?行政诉讼'], templates: ALL },
  { id: 'sent.litigation.none', key: 'review.litigation.total', value: 0, pattern: `${NEG}[^。;]{0,30}?(?:行政)?诉讼`, templates: ALL },
  // "因依申请公开工作引起的经复议后起诉的行政诉讼0件"
  { id: 'sent.litigation_after.total', key: 'review.litigation_after.total', pattern: '(?:经)?复议后(?:起诉|提起)的?行政诉讼{N}件', templates: ALL },
  // 表二's figures stated in the prose: "本年度办理行政许可6428件，行政处罚160件"
  // (no rule for 规范性文件 counts: "清理并集中发布现行有效行政规范性文件393件" is a library's
  // count, not 表二's 现行有效件数 470 — a prose count of documents is too often another count)
  { id: 'sent.licensing.decisions', key: 'licensing.decisions', pattern: '办理行政许可(?:事项)?{N}件', templates: ALL },
  { id: 'sent.penalty.decisions', key: 'penalty.decisions', pattern: '办理行政许可[^。;]{0,20}?[，,、]行政处罚{N}件', templates: ALL },
  { id: 'sent.complaints.total', key: 'complaints.total', pattern: '(?:举报投诉|投诉举报)(?:案件)?(?:共)?{N}(?:件|起)', templates: OLD },
  { id: 'sent.complaints.none', key: 'complaints.total', value: 0, pattern: `${NEG}[^。;,]{0,16}?(?:举报投诉|投诉举报)(?:案件|事件)`, templates: OLD },
];

/** The number as written: 近2.4万, 10余, 二十三, 1,234. */
export const NUMBER_PATTERN = '\\s*(?<approx>近|约|超过|逾)?(?<n>\\d[\\d,]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)(?<wan>万)?(?<more>余|多)?';
export const MONEY_UNIT_PATTERN = '(?<unit>万元|元)';

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
