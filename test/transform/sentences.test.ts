// One test per sentence pattern family, each from a real report sentence, and one per trap
// showing that nothing is taken.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../pipeline/extract/model.js';
import { MetricSet } from '../../pipeline/transform/metric-set.js';
import { readSentences } from '../../pipeline/transform/figures/sentences.js';
import type { Template } from '../../pipeline/transform/report.js';

function read(text: string, template: Template = 'narrative', year?: number) {
  const doc: Document = { format: 'text', encoding: 'utf-8', replacementChars: 0, text, fields: {}, blocks: [{ kind: 'paragraph', text, offset: 0 }] };
  const set = new MetricSet();
  readSentences(doc, template, set, year);
  return set.values();
}
const figures = (text: string, template?: Template, year?: number) => Object.fromEntries(read(text, template, year).map((m) => [m.key, m.value]));

describe("whole sentences: every figure one sentence states (each rule's own sentences are its examples)", () => {
  it.each<[string, string, Record<string, number>]>([
    [
      '收到 the count first, with channels',
      '2018年度我镇共收到4件信息公开申请，其中网络申请2件，信函申请2件，均已及时受理。',
      { 'applications.received': 4, 'applications.channel.online': 2, 'applications.channel.letter': 2 },
    ],
    [
      'counted in 次, with review',
      '依申请公开3次，行政复议0次，行政诉讼0次；',
      { 'applications.received': 3, 'review.reconsideration.total': 0, 'review.litigation.total': 0 },
    ],
    [
      'press conferences and online interviews',
      '本年度政府网站公开政府信息30447条，召开新闻发布会4次，政府网站在线访谈8次。',
      { 'responses.press_conferences': 4, 'responses.online_interviews': 8, 'proactive.via.website': 30447 },
    ],
    ['staff', '根据要求，镇配备了1名专职人员和2名兼职工作人员，并成立了信息公开领导小组。', { 'capacity.staff_full_time': 1, 'capacity.staff_part_time': 2 }],
    [
      'handled and carried forward',
      '共收到政府信息公开申请27件，依法办理政府信息公开申请25件，结转下年度继续办理2件。',
      { 'applications.received': 27, 'applications.handled': 25, 'applications.carried_forward': 2 },
    ],
    [
      '复议、诉讼 without 行政, negated',
      '2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。',
      { 'review.reconsideration.total': 0, 'review.litigation.total': 0 },
    ],
    [
      'no review cases (seed 002)',
      '我镇本年度未收到涉及政府信息公开工作的行政复议和行政诉讼。',
      { 'review.reconsideration.total': 0, 'review.litigation.total': 0 },
    ],
    [
      'no review case, 未发生一起',
      '全年未发生一起因政府信息公开引起的行政复议、行政诉讼案件。',
      { 'review.reconsideration.total': 0, 'review.litigation.total': 0 },
    ],
    ['no review case, 无一例', '无一例因政府信息公开申请提起的行政复议和行政诉讼。', { 'review.reconsideration.total': 0, 'review.litigation.total': 0 }],
    ['no review case, 为零', '因政府信息公开申请行政复议、提起行政诉讼的案件数为零。', { 'review.reconsideration.total': 0, 'review.litigation.total': 0 }],
    [
      'an application sentence about review is no application count',
      '全年没有因政府信息公开申请引起的行政复议、行政诉讼。',
      { 'review.reconsideration.total': 0, 'review.litigation.total': 0 },
    ],
    [
      'interpretations and hot topics (seed 001)',
      '截止年底,我旗共发布重要政策措施的解读17条,回应政务舆情12条,旗长热线182件、旗长信箱42件、市长热线1631件',
      { 'responses.interpretations': 17, 'responses.hot_topics': 12 },
    ],
    [
      'weibo and wechat accounts (平潭 2018)',
      '我区各部门共开设新媒体数量70个。其中微博29个，共发布信息1992条；微信公众号41个，共发布信息3404条。',
      { 'proactive.via.weibo': 1992, 'proactive.via.wechat': 3404 },
    ],
    [
      'no applications, so no replies (平潭地税 2013)',
      '（二）申请处理情况 因未发生政府信息公开申请，故不存在政府信息答复处理情况。',
      { 'applications.received': 0, 'applications.handled': 0 },
    ],
    [
      'channels (seed 001)',
      '2017年,我旗各部门新增主动公开信息42735条,同比增长11.2%,其中政府门户网站公开政府信息6448条,政务微博公开政府信息条数8700条,政务微信公开政府信息条数13200条,其他方式公开政府信息14383条。',
      { 'proactive.total': 42735, 'proactive.via.website': 6448, 'proactive.via.weibo': 8700, 'proactive.via.wechat': 13200, 'proactive.via.other': 14383 },
    ],
    [
      'a total its channels add up to (彭阳 2022)',
      '全年累计发布信息19135条信息，其中政府网站发布信息3832篇，概况类信息更新量269条；政务微信发布信息14220篇，政务微博发布信息1083篇。',
      { 'proactive.total': 19135, 'proactive.via.wechat': 14220, 'proactive.via.weibo': 1083 },
    ],
    ['channels that do not add up give no total', '全年发布信息500条，其中政府网站发布信息300篇；政务微信发布信息100篇。', { 'proactive.via.wechat': 100 }],
    ['全年共发布信息 of one topic is no total (平潭 2017)', '重点公开2017年全区重大建设项目的动态信息、审批、核准等内容，全年共发布信息166条。', {}],
    ['a free guide is not a free application (平潭 2016)', '同时，在行政服务中心窗口都备有统一印制的办事指南免费提供，服务大厅设置电子显示屏。', {}],
  ])('%s', (_name, text, want) => expect(figures(text)).toEqual(want));

  it("takes this year's figure of a year-on-year change (由2013年的1128条增加到2014年的1887条)", () => {
    const text = '主动公开政府信息由2013年的1128条增加到2014年的1887条。';
    expect(figures(text, 'narrative', 2014)).toEqual({ 'proactive.total': 1887 });
    // in a 2015 report neither figure is that year's
    expect(figures(text, 'narrative', 2015)).toEqual({});
  });

  it.each([
    ['10余条', 10],
    ['755多条', 755],
  ])('flags %s as approximate', (words, value) => {
    expect(read(`主动公开政府信息${words}。`)).toMatchObject([{ value, flags: ['from_text', 'approximate'] }]);
  });

  it('flags approximate figures (平潭 2025: 7700余条)', () => {
    const m = read('全年主动公开政府信息7700余条。', 'gov2021');
    expect(m).toMatchObject([{ key: 'proactive.total', value: 7700, flags: ['from_text', 'approximate'] }]);
  });

  it('reads 近2.4万条 as 24000, approximate', () => {
    expect(read('主动公开政府信息近2.4万条。')).toMatchObject([{ value: 24000, flags: ['from_text', 'approximate'] }]);
  });
});

describe('traps: nothing is taken', () => {
  it.each([
    ['hotline and mailbox counts', '旗长热线182件、旗长信箱42件、市长热线1631件'],
    ['power-list counts are not licensing decisions', '其中行政许可198项,行政处罚6055项'],
    ['service-centre cases are not applications', '政务服务中心1-12月份共受理各类行政许可及公共服务事项13万件,办结100%。'],
    ['a category of the total (平潭 2019)', '其他应主动公开政府信息856条'],
    ['cumulative figures', '历年累计主动公开政府信息12106条'],
    ['a growth rate', '同比增长11.2%'],
    ['consultation counts', '现场咨询1600人次'],
    ['a topic heading without a figure (seed 000)', '五、复议、诉讼和申诉情况'],
    ['a complaints mailbox (seed 000)', '二是设立投诉信箱、举报、监督电话等,专门接受群众投诉举报。'],
    ['a document number', '《国务院办公厅关于印发2017年政务公开工作要点的通知》(国办发〔2017〕24号)'],
    ['a phone number', '联系电话0470-8982155'],
    ['internal information not disclosed', '不予公开信息有10条'],
    ['a county mailbox', '县长信箱办理群众来信120件。'],
    ['零投诉 about tax consultations (平潭地税 2013)', '解答纳税人咨询达3000多人次，零投诉。'],
    ['an address', '地址：平潭综合实验区北厝镇竹屿口现场指挥部；邮编：350400'],
    ['a date', '2013年1月1日至12月31日期间'],
    ['a percentage share', '区管委会及区直各部门主动公开政府信息占66%。'],
  ])('%s', (_name, text) => expect(read(text)).toEqual([]));

  it("表二's figures in a template report's prose (子长 2022); a library's document count is not one", () => {
    expect(figures('本年度制发规范性文件2件，现行有效规范性文件1件，本年度办理行政许可6428件，行政处罚160件。', 'gov2021')).toEqual({
      'normative_docs.issued': 2,
      'normative_docs.in_force': 1,
      'licensing.decisions': 6428,
      'penalty.decisions': 160,
    });
    expect(figures('清理并集中发布现行有效行政规范性文件393件。', 'gov2021')).toEqual({});
  });

  it('template reports state applications in their prose too; a table read beside it wins (issue 16)', () => {
    // no table here: the prose says it
    expect(figures('2022年，全区收到政府信息公开申请75件，均在法定期限内予以答复。', 'gov2021')).toEqual({ 'applications.received': 75 });
  });
});

describe('a template report whose prose and table disagree (issue 16, point 3)', () => {
  it('keeps the table and names both the row and the sentence', async () => {
    const { reportOf, DEV } = await import('../helpers.js');
    const path = await import('node:path');
    const { report } = await reportOf(path.join(DEV, 'raw', 'pt2022_syq.txt'));
    expect(report.metrics.find((m) => m.key === 'applications.received')).toMatchObject({ value: 74, rule: 'headline.applications.received.total' });
    const issue = report.issues.find((i) => i.code === 'text_table_mismatch' && i.message.startsWith('applications.received'))!;
    expect(issue.message).toMatch(
      /kept 74 \(headline.applications.received.total: "本年新收政府信息公开申请数量.*another reading says 75 \(sent.applications.received: "2022年[，,]全区收到政府信息公开申请75件/,
    );
  });
});
