// What the reports call each figure's matter, for the forms every key shares: the negation
// ("未收到政府信息公开申请", "没有召开新闻发布会") and the zero stated in words ("行政复议…为零",
// "在线访谈：无"). generated.ts turns each subject into those two rules.
import type { Example } from './types.js';

export interface Subject {
  key: string;
  /** The matter, as a regex: "(?:行政)?复议". */
  words: string;
  /** Characters a negation may stand before the words (default 4); `across` lets it cross commas. */
  reach?: number;
  across?: true;
  /** Characters between the words and 为零 (default 6). */
  zeroReach?: number;
  /** Words that must not be in the clause: "没有因政府信息公开申请引起的行政复议" is no application count. */
  mustNot?: string[];
  /** Sentences of the negation, then of the zero form. */
  negated: readonly Example[];
  zero: readonly Example[];
}

/** A review sentence about litigation without reconsideration first is no reconsideration count. */
const NOT_RECONSIDERATION = ['经复议', '直接起诉'];

export const SUBJECTS: Subject[] = [
  {
    key: 'proactive.total',
    words: '主动公开(?:任何)?(?:政府|政务)?信息',
    reach: 0,
    mustNot: ['应', '而', '可以'],
    negated: [
      ['本年度未主动公开政府信息。', 0],
      ['尚未发现应主动公开政府信息而未予公开的情况。', null],
    ],
    zero: [['主动公开政府信息数为零。', 0]],
  },
  {
    key: 'proactive.via.website',
    words: '(?:政府)?(?:门户)?网站(?:上)?(?:公开|发布)(?:政府|各类)?信息',
    reach: 2,
    negated: [['本年度未通过政府网站公开信息。', 0]],
    zero: [['网站公开信息数为0。', 0]],
  },
  {
    key: 'proactive.via.weibo',
    words: '政务微博(?:上)?(?:公开|发布)?(?:政府)?信息',
    reach: 2,
    negated: [['本年度未通过政务微博发布信息。', 0]],
    zero: [['政务微博公开信息为0，', 0]],
  },
  {
    key: 'proactive.via.wechat',
    words: '政务微信(?:上)?(?:公开|发布)?(?:政府)?信息',
    reach: 2,
    negated: [['没有通过政务微信发布信息。', 0]],
    zero: [['政务微信公开政府信息为零。', 0]],
  },
  { key: 'proactive.via.other', words: '其他方式公开(?:政府)?信息', negated: [['没有以其他方式公开政府信息。', 0]], zero: [['其他方式公开信息为0。', 0]] },
  {
    key: 'responses.interpretations',
    words: '(?:政策)?解读(?:稿件|文章|材料)?',
    reach: 6,
    mustNot: ['需要', '需'],
    negated: [
      ['本年度未发布政策解读。', 0],
      ['没有需要解读的政策。', null],
    ],
    zero: [['政策解读为零。', 0]],
  },
  { key: 'responses.hot_topics', words: '回应(?:政务)?(?:舆情|热点)', negated: [['本年度未回应政务舆情。', 0]], zero: [['回应舆情热点数为0。', 0]] },
  { key: 'responses.press_conferences', words: '(?:新闻)?发布会', negated: [['全年未召开新闻发布会。', 0]], zero: [['召开新闻发布会为零。', 0]] },
  { key: 'responses.online_interviews', words: '在线访谈', negated: [['本年度没有开展在线访谈。', 0]], zero: [['在线访谈：无。', 0]] },
  { key: 'capacity.staff_full_time', words: '专职(?:工作)?人员', negated: [['我镇没有专职人员，由党政办兼管。', 0]], zero: [['专职工作人员为0。', 0]] },
  { key: 'capacity.staff_part_time', words: '兼职(?:工作)?人员', negated: [['未配备兼职工作人员。', 0]], zero: [['兼职人员数为零。', 0]] },
  {
    key: 'capacity.reading_points',
    words: '(?:政府信息)?(?:公开)?(?:查阅点|查询点|查阅场所|查阅室)',
    negated: [['本镇未设立政府信息公开查阅点。', 0]],
    zero: [['查阅点数为0。', 0]],
  },
  {
    key: 'applications.received',
    words: '(?:(?:政府)?信息公开|公开(?:政府)?信息|依申请公开(?:的)?)申请',
    reach: 12,
    mustNot: ['复议', '诉讼', '引起', '引发', '提起'],
    negated: [
      ['本年度未收到政府信息公开申请。', 0],
      ['全年没有因政府信息公开申请引起的行政复议。', null],
    ],
    zero: [['收到政府信息公开申请数为零。', 0]],
  },
  {
    key: 'applications.handled',
    words: '办理(?:政府)?信息公开申请',
    negated: [['本年度没有办理政府信息公开申请。', 0]],
    zero: [['办理政府信息公开申请数为0。', 0]],
  },
  {
    key: 'applications.carried_forward',
    words: '结转(?:到|至)?下(?:一)?年度?(?:继续)?办理(?:的)?(?:申请)?',
    negated: [['无结转下年度继续办理的申请。', 0]],
    zero: [['结转下年度继续办理的申请为零。', 0]],
  },
  { key: 'applications.channel.online', words: '(?:网络|网上|在线)申请', negated: [['本年度没有网上申请。', 0]], zero: [['网上申请为0，', 0]] },
  { key: 'applications.channel.letter', words: '(?:信函|邮寄)申请', negated: [['本年度没有信函申请。', 0]], zero: [['信函申请为零。', 0]] },
  { key: 'applications.channel.in_person', words: '(?:当面|现场)申请', negated: [['无当面申请。', 0]], zero: [['当面申请为0。', 0]] },
  // 同意公开 only: "未予公开" holds 予公开 and means the opposite
  {
    key: 'applications.granted',
    words: '同意公开',
    negated: [
      ['没有同意公开的申请。', 0],
      ['本年度未予公开的申请2件。', null],
    ],
    zero: [['同意公开的为0。', 0]],
  },
  { key: 'applications.partial', words: '部分公开', negated: [['没有部分公开的情况。', 0]], zero: [['部分公开为零。', 0]] },
  { key: 'applications.denied', words: '不予公开', negated: [['本年度未出现不予公开的情况。', 0]], zero: [['不予公开为0。', 0]] },
  {
    key: 'fees.application',
    words: '(?:收费|收取费用|处理费)(?:金额|总额)?',
    zeroReach: 4,
    negated: [['全年没有收费。', 0]],
    zero: [['依申请公开收费金额为0。', 0]],
  },
  {
    key: 'review.reconsideration.total',
    words: '(?:行政)?复议',
    reach: 24,
    across: true,
    zeroReach: 16,
    mustNot: NOT_RECONSIDERATION,
    negated: [
      ['2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。', 0],
      ['全年未发生一起因政府信息公开引起的行政复议、行政诉讼案件。', 0],
      ['无一例因政府信息公开申请提起的行政复议和行政诉讼。', 0],
      ['未经复议直接起诉的行政诉讼1件。', null],
    ],
    zero: [['因政府信息公开申请行政复议、提起行政诉讼的案件数为零。', 0]],
  },
  {
    key: 'review.litigation.total',
    words: '(?:行政)?诉讼',
    reach: 30,
    across: true,
    zeroReach: 10,
    negated: [
      ['我镇本年度未收到涉及政府信息公开工作的行政复议和行政诉讼。', 0],
      ['无一例因政府信息公开申请提起的行政复议和行政诉讼。', 0],
      ['未出现因答复不当引起的行政复议、行政诉讼等情况。', 0],
      ['2024年,安镇街道无因政府信息公开工作被申请行政复议 、提起行政诉讼方面的情况。', 0],
    ],
    zero: [['因政府信息公开申请行政复议、提起行政诉讼的案件数为零。', 0]],
  },
  {
    key: 'review.litigation_after.total',
    words: '(?:经)?复议后(?:起诉|提起)的?行政诉讼',
    negated: [['没有经复议后起诉的行政诉讼。', 0]],
    zero: [['经复议后起诉的行政诉讼为零。', 0]],
  },
  {
    key: 'complaints.total',
    words: '(?:举报投诉|投诉举报)(?:案件|事件)',
    reach: 16,
    negated: [
      ['全年未发生有关政府信息公开的举报投诉案件。', 0],
      ['解答纳税人咨询达3000多人次，零投诉。', null],
    ],
    zero: [['举报投诉案件为零。', 0]],
  },
  {
    key: 'licensing.decisions',
    words: '(?:办理)?行政许可(?:事项)?',
    mustNot: ['无需', '权'],
    negated: [['本年度未办理行政许可事项。', 0]],
    zero: [['本年度办理行政许可为0。', 0]],
  },
  { key: 'penalty.decisions', words: '行政处罚(?:决定)?', mustNot: ['权'], negated: [['本年度未作出行政处罚决定。', 0]], zero: [['行政处罚为零。', 0]] },
  {
    key: 'normative_docs.issued',
    words: '(?:制发|印发|出台|制定)(?:新的?)?(?:行政)?规范性文件',
    negated: [['本年度未制发规范性文件。', 0]],
    zero: [['本年度制发规范性文件为0。', 0]],
  },
  {
    key: 'normative_docs.in_force',
    words: '现行有效(?:的)?(?:行政)?规范性文件',
    negated: [['我办无现行有效的规范性文件。', 0]],
    zero: [['现行有效规范性文件为零。', 0]],
  },
];
