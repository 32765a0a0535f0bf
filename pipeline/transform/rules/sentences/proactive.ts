// 主动公开: the year's total and its channels.
import { ALL, OLD, type SentenceRule } from './types.js';

/** Who published, between 主动公开 and 政府信息: "主动公开我区各级单位政府信息2645条". */
const SCOPE = '(?:[我本全](?:区|县|市|镇|乡|旗|街道))?(?:各级|各)?(?:单位|部门|机关)?';
/** A channel's count listed after a total: "其中政府网站发布信息3832篇". */
const CHANNEL_PART = '(?:网站|微信|微博|公报|客户端|头条号?|抖音)[^，,；;。]{0,10}?{N}(?:条|篇)';

export const PROACTIVE_RULES: SentenceRule[] = [
  {
    id: 'sent.proactive.total',
    key: 'proactive.total',
    unit: 'count',
    // "其他应主动公开政府信息856条" is a category of the total, not the total
    pattern: [
      `(?<!应)主动公开${SCOPE}(?:各类|各项)?(?:政府|政务)?信息(?:数|总数|共计|共|合计)?(?:达到|达|为)?{N}条`,
      '(?:政府|政务)信息主动公开(?:共|共计)?{N}条',
    ],
    templates: ALL,
    examples: [
      ['截止12月20日,我苏木主动公开政府信息数224条;', 224],
      ['2014年主动公开政府信息 2543条。', 2543],
      ['持续加大主动公开力度，全年累计主动公开政府信息622条。', 622],
      ['主动公开我区各级单位政府信息2645条。', 2645],
      ['全年政府信息主动公开38条，其中工作动态20条。', 38],
      ['主动公开政府信息二十三条。', 23],
      ['其他应主动公开政府信息856条', null],
      ['自2008年以来，历年累计主动公开政府信息5000条。', null],
      ['区管委会及区直各部门主动公开政府信息占66%。', null],
    ],
  },
  {
    id: 'sent.proactive.count_only',
    key: 'proactive.total',
    unit: 'count',
    // a table's row label written into a sentence, the figure without a counter
    pattern: '主动公开(?:政府)?信息(?:数|总数)(?:为|是)?{N}(?=[，,；;。]|$)',
    templates: ALL,
    examples: [['其中主动公开信息数130，依申请公开信息数0。', 130]],
  },
  {
    id: 'sent.proactive.total.items',
    key: 'proactive.total',
    unit: 'count',
    // counted in 件, or as 文件
    pattern: `(?<!应)主动公开${SCOPE}(?:各类|各项)?(?:政府|政务)?(?:信息|文件)(?:共计|共|合计)?{N}件`,
    templates: ALL,
    examples: [
      ['通过政府门户平台主动公开信息共7件，其中人事信息公开3件。', 7],
      ['截止2020年12月31日，我办在政府信息公开专栏主动公开文件共5件。', 5],
    ],
  },
  {
    id: 'sent.proactive.on_platform',
    key: 'proactive.total',
    unit: 'count',
    // 主动 and 公开 apart, the platform between
    pattern: '主动(?:在|通过)[^。，,;]{1,12}?公开(?:各类|各项)?(?:政府|政务)?信息(?:累计|共计|共|合计)?{N}条',
    templates: ALL,
    examples: [['2024年，安镇街道主动在政务公开网上公开政府信息累计49条，其中政务信息公开14条。', 49]],
  },
  {
    id: 'sent.proactive.whole',
    key: 'proactive.total',
    unit: 'count',
    // the whole body's year, 公开 without 主动 (not 依申请公开)
    pattern: '(?:全年|年度|全镇|全乡|全县|全区|全旗|全市|本级)(?:共|累计|共计)?公开(?:各类|各项)?(?:政府|政务)信息{N}条',
    templates: ALL,
    examples: [['(一)主动公开政府信息的数量:2012年度全镇共公开政府信息140条。', 140]],
  },
  {
    id: 'sent.proactive.shared_total',
    key: 'proactive.total',
    unit: 'count',
    // 共公开 of a clause of its own, no channel, no application named in it (霍山 2010)
    pattern: '(?:共|共计)公开(?:各类|各项)?(?:政府|政务)信息{N}条',
    mustNot: ['申请', '公报', '微博', '微信', '其他方式', '其中'],
    templates: ALL,
    examples: [
      ['据初步统计，2010年我县通过政府信息公开网站，共公开政府信息14586条，其中：16个乡镇发布信息7426条。', 14586],
      ['在政府公报上共公开政府信息50条。', null],
      ['依申请共公开政府信息3条。', null],
    ],
  },
  {
    id: 'sent.proactive.website_all',
    key: 'proactive.total',
    unit: 'count',
    // every kind of information through the one website: a township's whole year (唐村镇 2010)
    pattern: '通过(?:政府)?(?:门户)?网站(?:共|累计)?公开各类(?:政府|政务)?信息{N}条',
    mustNot: ['微博', '微信', '公报'],
    templates: OLD,
    examples: [['2010年，我镇通过门户网站公开各类信息46条。', 46]],
  },
  {
    id: 'sent.proactive.channel_sum',
    key: 'proactive.total',
    unit: 'count',
    // a count whose channels, listed after it, add up to it (彭阳 2022): the total of all
    // channels; without that check "发布信息N条" is as often one topic's count (平潭 2017)
    pattern: '(?:发布|公开)(?:各类)?(?:政府|政务)?信息{N}条(?:信息)?[，,]其中',
    parts: CHANNEL_PART,
    templates: ALL,
    examples: [
      ['全年累计发布信息19135条信息，其中政府网站发布信息3832篇，概况类信息更新量269条；政务微信发布信息14220篇，政务微博发布信息1083篇。', 19135],
      ['重点公开2017年全区重大建设项目的动态信息、审批、核准等内容，全年共发布信息166条。', null],
      ['县政府网站累计发布各类政务信息10300条，其中发布概况类信息32条，微信公众号发布信息75条。', null],
    ],
  },
  {
    id: 'sent.proactive.change',
    key: 'proactive.total',
    unit: 'count',
    // the figure of the year named last, taken only when that year is the report's
    pattern: '主动公开(?:各类)?(?:政府)?信息(?:数量?)?由[^。，,;]{0,16}?(?:增加|增长|上升|提高|下降|减少)(?:到|至)(?<y>\\d{4})年(?:的)?{N}条',
    templates: ALL,
    examples: [
      ['主动公开政府信息由2013年的1128条增加到2014年的1887条。', 1887, 2014],
      ['主动公开政府信息由2013年的1128条增加到2014年的1887条。', null, 2015],
    ],
  },
  {
    id: 'sent.proactive.published',
    key: 'proactive.total',
    unit: 'count',
    pattern: '共公布(?:政府)?信息{N}条',
    templates: ALL,
    examples: [['今年，我区政府信息公开单位共公布政府信息2599条，', 2599]],
  },
  {
    id: 'sent.via.website',
    key: 'proactive.via.website',
    unit: 'count',
    pattern: '(?:政府)?(?:门户)?网站(?:上)?(?:公开|发布)(?:政府|各类)?信息(?:条数|数)?{N}条',
    templates: OLD,
    examples: [['本年度政府网站公开政府信息30447条。', 30447]],
  },
  {
    id: 'sent.via.weibo',
    key: 'proactive.via.weibo',
    unit: 'count',
    pattern: '政务微博(?:上)?(?:公开|发布)(?:政府)?信息(?:条数|数)?{N}(?:条|篇)',
    templates: OLD,
    examples: [['政务微博公开政府信息条数8700条。', 8700]],
  },
  {
    id: 'sent.via.wechat',
    key: 'proactive.via.wechat',
    unit: 'count',
    pattern: '政务微信(?:上)?(?:公开|发布)(?:政府)?信息(?:条数|数)?{N}(?:条|篇)',
    templates: OLD,
    examples: [['政务微信公开政府信息条数13200条。', 13200]],
  },
  // "其中微博29个，共发布信息1992条；微信公众号41个，共发布信息3404条"
  {
    id: 'sent.via.weibo.accounts',
    key: 'proactive.via.weibo',
    unit: 'count',
    pattern: '(?<!回应)微博(?:账号)?\\d+个[，,]?(?:共|累计)?发布(?:政府)?信息{N}条',
    templates: OLD,
    examples: [['其中微博29个，共发布信息1992条', 1992]],
  },
  {
    id: 'sent.via.wechat.accounts',
    key: 'proactive.via.wechat',
    unit: 'count',
    pattern: '微信(?:公众号|公众账号)?\\d+个[，,]?(?:共|累计)?发布(?:政府)?信息{N}条',
    templates: OLD,
    examples: [['微信公众号41个，共发布信息3404条。', 3404]],
  },
  {
    id: 'sent.via.other',
    key: 'proactive.via.other',
    unit: 'count',
    pattern: '其他方式公开(?:政府)?信息(?:条数|数)?{N}条',
    templates: OLD,
    examples: [['其他方式公开政府信息14383条。', 14383]],
  },
];
