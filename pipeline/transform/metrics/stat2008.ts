// The 2008–2018 statistics tables (FORMATS.md §5): the national 统计表 of 国办发〔2014〕32号
// and the provincial variants (Fujian 本年度 / 历年累计). One entry per row label → key.
// `under` names the parent row for "（一）…数" rows whose label alone is ambiguous.
export interface StatRowRule {
  id: string;
  key: string;
  label: RegExp;
  /** The key of the section row this row must follow (its parent). */
  under?: string;
  /** Default unit of the row when the row has no unit cell (万元 for money rows). */
  unit?: string;
}

export const STAT_ROWS = [
  { id: 'stat.proactive.total', key: 'proactive.total', label: /主动公开政府信息数|^主动公开(信息|文件)数$/ },
  { id: 'stat.proactive.normative_docs', key: 'proactive.normative_docs', label: /主动公开规范性文件数/ },
  { id: 'stat.proactive.normative_docs_issued', key: 'proactive.normative_docs_issued', label: /制发规范性文件总数/ },
  { id: 'stat.via.gazette', key: 'proactive.via.gazette', label: /政府公报公开/ },
  { id: 'stat.via.website', key: 'proactive.via.website', label: /(政府)?网站公开(政府信息)?数?$|政府网站公开政府信息数/ },
  { id: 'stat.via.weibo', key: 'proactive.via.weibo', label: /政务微博公开/ },
  { id: 'stat.via.wechat', key: 'proactive.via.wechat', label: /政务微信公开/ },
  { id: 'stat.via.other', key: 'proactive.via.other', label: /其他方式公开政府信息数/ },
  { id: 'stat.responses.hot_topics', key: 'responses.hot_topics', label: /回应公众关注热点或重大舆情数/ },
  { id: 'stat.responses.press_by_head', key: 'responses.press_conferences_by_head', label: /主要负责同志参加新闻发布会次数/ },
  { id: 'stat.responses.press', key: 'responses.press_conferences', label: /参加或举办新闻发布会总次数/ },
  { id: 'stat.responses.interviews_by_head', key: 'responses.online_interviews_by_head', label: /主要负责同志参加政府网站在线访谈次数/ },
  { id: 'stat.responses.interviews', key: 'responses.online_interviews', label: /政府网站在线访谈次数/ },
  { id: 'stat.responses.interpretations', key: 'responses.interpretations', label: /政策解读稿件发布数/ },
  { id: 'stat.responses.social_media', key: 'responses.social_media', label: /微博微信回应事件数/ },
  { id: 'stat.responses.other', key: 'responses.other', label: /其他方式回应事件数/ },
  { id: 'stat.applications.received', key: 'applications.received', label: /收到申请数$|受理(政府信息)?依申请公开(信息)?总数|^申请总数$/ },
  { id: 'stat.channel.in_person', key: 'applications.channel.in_person', label: /当面申请数/ },
  { id: 'stat.channel.fax', key: 'applications.channel.fax', label: /^传真申请数/ },
  { id: 'stat.channel.online', key: 'applications.channel.online', label: /网络申请数|网上申请数/ },
  { id: 'stat.channel.letter', key: 'applications.channel.letter', label: /^信函申请数/ },
  { id: 'stat.applications.completed', key: 'applications.completed', label: /申请办结数/ },
  { id: 'stat.applications.completed_on_time', key: 'applications.completed_on_time', label: /按时办结数/ },
  { id: 'stat.applications.completed_extended', key: 'applications.completed_extended', label: /延期办结数/ },
  { id: 'stat.applications.handled', key: 'applications.handled', label: /申请答复数|^(本年度)?对申请的答复(总)?数/ },
  { id: 'stat.applications.already_public', key: 'applications.already_public', label: /属于已主动公开范围数/ },
  { id: 'stat.applications.partial', key: 'applications.partial', label: /同意部分公开答复数/ },
  { id: 'stat.applications.granted', key: 'applications.granted', label: /^同意公开答复数/ },
  { id: 'stat.applications.denied', key: 'applications.denied', label: /不同意公开答复数|不予公开答复数|否决公开答复(总)?数/ },
  { id: 'stat.denied.state_secret', key: 'applications.denied.state_secret', label: /涉及国家秘密/ },
  { id: 'stat.denied.commercial_secret', key: 'applications.denied.commercial_secret', label: /涉及商业秘密/ },
  { id: 'stat.denied.privacy', key: 'applications.denied.privacy', label: /涉及个人隐私/ },
  { id: 'stat.denied.security_stability', key: 'applications.denied.security_stability', label: /危及国家安全/ },
  { id: 'stat.applications.not_this_agency', key: 'applications.not_this_agency', label: /不属于本行政机关公开数/ },
  { id: 'stat.applications.not_exist', key: 'applications.not_exist', label: /申请信息不存在数/ },
  { id: 'stat.applications.correction_requested', key: 'applications.correction_requested', label: /告知作出更改补充数/ },
  { id: 'stat.applications.other_route', key: 'applications.other_route', label: /告知通过其他途径办理数/ },
  { id: 'stat.reconsideration.total', key: 'review.reconsideration.total', label: /行政复议数量|^([一二三四五六七八九十]+、)?行政复议数$/ },
  { id: 'stat.litigation.total', key: 'review.litigation.total', label: /行政诉讼数量|^([一二三四五六七八九十]+、)?行政诉讼数$/ },
  { id: 'stat.complaints.total', key: 'complaints.total', label: /举报投诉数量|^行政申诉(、举报)?数$|^接受行政诉讼、举报数$/ },
  { id: 'stat.reconsideration.upheld', key: 'review.reconsideration.upheld', label: /维持具体行政行为数$/, under: 'review.reconsideration.total' },
  { id: 'stat.reconsideration.corrected', key: 'review.reconsideration.corrected', label: /被依法纠错数/, under: 'review.reconsideration.total' },
  { id: 'stat.reconsideration.other', key: 'review.reconsideration.other', label: /其他情形数/, under: 'review.reconsideration.total' },
  { id: 'stat.litigation.upheld', key: 'review.litigation.upheld', label: /维持具体行政行为或者驳回原告诉讼请求数/, under: 'review.litigation.total' },
  { id: 'stat.litigation.corrected', key: 'review.litigation.corrected', label: /被依法纠错数/, under: 'review.litigation.total' },
  { id: 'stat.litigation.other', key: 'review.litigation.other', label: /其他情形数/, under: 'review.litigation.total' },
  { id: 'stat.fees.application', key: 'fees.application', label: /依申请公开信息收取的费用|^收费金额$/, unit: '万元' },
  { id: 'stat.capacity.offices', key: 'capacity.offices', label: /专门机构数/ },
  { id: 'stat.capacity.reading_points', key: 'capacity.reading_points', label: /查阅点数/ },
  { id: 'stat.capacity.staff_full_time', key: 'capacity.staff_full_time', label: /专职人员数/ },
  { id: 'stat.capacity.staff_part_time', key: 'capacity.staff_part_time', label: /兼职人员数/ },
  { id: 'stat.capacity.staff', key: 'capacity.staff', label: /从事政府信息公开工作人员数/ },
  { id: 'stat.capacity.budget', key: 'capacity.budget', label: /专项经费/, unit: '万元' },
  { id: 'stat.training.meetings', key: 'training.meetings', label: /会议或专题会议数/ },
  { id: 'stat.training.sessions', key: 'training.sessions', label: /举办各类培训班数/ },
  { id: 'stat.training.trainees', key: 'training.trainees', label: /接受培训人员数/ },
] as const satisfies readonly StatRowRule[];

export type StatKey = (typeof STAT_ROWS)[number]['key'];
/** The rows as their common shape (optional fields readable). */
export const STAT_ROW_DEFS: readonly StatRowRule[] = STAT_ROWS;
