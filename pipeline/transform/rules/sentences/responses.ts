// 回应解读 and the body's means (staff, reading points): prose of the old reports.
import { ALL, OLD, type SentenceRule } from './types.js';

export const RESPONSE_RULES: SentenceRule[] = [
  {
    id: 'sent.responses.interpretations',
    key: 'responses.interpretations',
    unit: 'count',
    pattern: '解读(?:稿件|文章|材料|件)?{N}(?:条|篇)',
    templates: OLD,
    examples: [
      ['严格政策文件和解读同步起草、同步审核、同步发布的要求，发布各类政策解读件69篇。', 69],
      ['截止年底,我旗共发布重要政策措施的解读17条,回应政务舆情12条', 17],
    ],
  },
  {
    id: 'sent.responses.interpretations.section',
    key: 'responses.interpretations',
    unit: 'count',
    // in the 政策解读 section, "2017年，共公开发布信息82条" is that section's count
    section: /解读/,
    pattern: '^(?:\\d{4}年[，,]?)?(?:全年)?(?:共|累计)?(?:公开)?发布(?:各类)?(?:解读)?(?:信息|稿件|文章|材料){N}(?:条|篇)',
    templates: OLD,
    examples: [['（四）开展政策解读工作情况按照“三同步”要求，设立了“政策解读”公开栏目。2017年，共公开发布信息82条。', 82]],
  },
  {
    id: 'sent.responses.hot_topics',
    key: 'responses.hot_topics',
    unit: 'count',
    pattern: ['回应(?:政务)?舆情(?:热点)?{N}(?:条|次|起)', '回应[^。,;，]{0,12}?(?:热点|舆情)(?:数|事件)?{N}(?:条|次|起|件)'],
    templates: OLD,
    examples: [
      ['三、回应解读情况 回应公众关注热点或重大舆情数2次，分别是坳头石场合同纠纷和龙安石场拦车事件。', 2],
      ['截止年底,我旗共发布重要政策措施的解读17条,回应政务舆情12条', 12],
    ],
  },
  {
    id: 'sent.responses.press_conferences',
    key: 'responses.press_conferences',
    unit: 'count',
    pattern: '(?:召开|举办|举行)(?:新闻)?发布会{N}(?:次|场)',
    templates: OLD,
    examples: [['本年度召开新闻发布会4次，政府网站在线访谈8次。', 4]],
  },
  {
    id: 'sent.responses.online_interviews',
    key: 'responses.online_interviews',
    unit: 'count',
    pattern: '在线访谈(?:活动)?{N}(?:次|期|场)',
    templates: OLD,
    examples: [['本年度召开新闻发布会4次，政府网站在线访谈8次。', 8]],
  },
  {
    id: 'sent.capacity.staff_full_time',
    key: 'capacity.staff_full_time',
    unit: 'count',
    pattern: '{N}名专职(?:工作)?人员',
    templates: ALL,
    examples: [['根据要求，镇配备了1名专职人员和2名兼职工作人员，并成立了信息公开领导小组。', 1]],
  },
  {
    id: 'sent.capacity.staff_part_time',
    key: 'capacity.staff_part_time',
    unit: 'count',
    pattern: '{N}名兼职(?:工作)?人员',
    templates: ALL,
    examples: [['根据要求，镇配备了1名专职人员和2名兼职工作人员，并成立了信息公开领导小组。', 2]],
  },
  {
    id: 'sent.capacity.reading_points',
    key: 'capacity.reading_points',
    unit: 'count',
    // "设立了三处公开查询点(义乌市365便民服务中心、义乌市档案局、义乌市图书馆)"
    pattern: [
      '(?:设立|设置|建立)(?:了)?{N}(?:处|个)(?:政府信息)?(?:公开)?(?:查询点|查阅点|查阅场所|查阅室|查阅中心)',
      '(?:查询点|查阅点|查阅场所)(?:共)?{N}(?:处|个)',
    ],
    templates: OLD,
    examples: [
      [
        '本镇在主动公开政府信息的形式上采用了连接“中国义乌”政府门户网站、设立了三处公开查询点(义乌市365便民服务中心、义乌市档案局、义乌市图书馆)，方便人民群众的查询。',
        3,
      ],
      ['全县设立政府信息公开查阅点23个。', 23],
    ],
  },
];
