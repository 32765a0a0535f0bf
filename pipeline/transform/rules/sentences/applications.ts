// 依申请公开: applications received, handled, their channels and answers.
import { ALL, NEG, OLD, type SentenceRule } from './types.js';

// The prose of a template-era report too: where 表三 was read, its figure is kept and a
// disagreement recorded (text_table_mismatch); where it was not, the prose states it.
export const APPLICATION_RULES: SentenceRule[] = [
  {
    id: 'sent.applications.received',
    key: 'applications.received',
    unit: 'count',
    pattern: '(?:受理|收到|接到|接收)[^。,;]{0,10}?(?:(?:政府)?信息公开|公开(?:政府)?信息)(?:的)?申请(?:共计|共|总数)?{N}(?:件|起|份)',
    templates: ALL,
    examples: [
      ['共收到政府信息公开申请27件，依法办理政府信息公开申请25件。', 27],
      ['2024年，我办共收到公开政府信息申请1件，已全部答复。', 1],
      ['截止2017年12月31日,全旗各行政机关受理政府信息公开申请2件。', 2],
      ['共受理政府信息公开申请两件。', 2],
      ['2022年，全区收到政府信息公开申请75件，均在法定期限内予以答复。', 75],
      ['政务服务中心1-12月份共受理各类行政许可及公共服务事项13万件,办结100%。', null],
    ],
  },
  {
    id: 'sent.applications.received.count_first',
    key: 'applications.received',
    unit: 'count',
    // "共收到4件信息公开申请", "受理依申请信息公开0件", "依申请公开3次，行政复议0次"
    pattern: [
      '(?:受理|收到|接到|接收)(?:了)?{N}(?:件|份)(?:政府)?信息公开申请',
      '受理依申请(?:信息)?公开(?:申请)?{N}件',
      '(?<![受收接])依申请公开(?:申请)?{N}(?:次|件)',
    ],
    templates: ALL,
    examples: [
      ['2018年度我镇共收到4件信息公开申请，其中网络申请2件，信函申请2件。', 4],
      ['2024年，安镇街道受理依申请信息公开0件。', 0],
      ['依申请公开3次，行政复议0次，行政诉讼0次；', 3],
    ],
  },
  {
    id: 'sent.applications.received.none',
    key: 'applications.received',
    unit: 'count',
    value: 0,
    // "未收到依申请公开的申请", "未接到群众要求公开的信息": the application named by its request
    pattern: `${NEG}(?:接到|收到|受理|接收到?)[^。;,复诉]{0,20}?(?:申请|要求公开)`,
    templates: ALL,
    examples: [
      ['2017年度我苏木没有接到群众主动要求公开政府信息的申请。', 0],
      ['2022年经纬街道办事处未接收到依申请公开，尚未发现应主动公开政府信息而未予公开的情况。', 0],
      ['2020年我镇无收到和处理政府信息公开申请情况。', 0],
      ['本年度,未接到群众要求公开的信息。', 0],
    ],
  },
  {
    id: 'sent.applications.handled.none',
    key: 'applications.handled',
    unit: 'count',
    value: 0,
    pattern: '(?:不存在|没有|无)[^。;,，]{0,10}?答复(?:处理)?情况',
    templates: OLD,
    examples: [['（二）申请处理情况 因未发生政府信息公开申请，故不存在政府信息答复处理情况。', 0]],
  },
  {
    id: 'sent.applications.handled',
    key: 'applications.handled',
    unit: 'count',
    pattern: '(?:依法)?办理(?:政府)?信息公开申请{N}件',
    templates: ALL,
    examples: [['共收到政府信息公开申请27件，依法办理政府信息公开申请25件，结转下年度继续办理2件。', 25]],
  },
  {
    id: 'sent.applications.carried_forward',
    key: 'applications.carried_forward',
    unit: 'count',
    pattern: '结转(?:到|至)?下(?:一)?年度?(?:继续)?办理{N}件',
    templates: ALL,
    examples: [['共收到政府信息公开申请27件，依法办理政府信息公开申请25件，结转下年度继续办理2件。', 2]],
  },
  {
    id: 'sent.channel.online',
    key: 'applications.channel.online',
    unit: 'count',
    pattern: '(?:网络|网上|在线)申请{N}件',
    templates: OLD,
    examples: [['2018年度我镇共收到4件信息公开申请，其中网络申请2件，信函申请2件。', 2]],
  },
  {
    id: 'sent.channel.letter',
    key: 'applications.channel.letter',
    unit: 'count',
    pattern: '(?:信函|邮寄)申请{N}件',
    templates: OLD,
    examples: [['其中网络申请2件，信函申请1件。', 1]],
  },
  {
    id: 'sent.channel.in_person',
    key: 'applications.channel.in_person',
    unit: 'count',
    pattern: '(?:当面|现场)申请{N}件',
    templates: OLD,
    examples: [['其中当面申请3件，网络申请2件。', 3]],
  },
  {
    id: 'sent.applications.granted',
    key: 'applications.granted',
    unit: 'count',
    pattern: '(?:同意|予以)公开{N}件',
    templates: OLD,
    examples: [['已答复的申请中，同意公开5件，不予公开1件。', 5]],
  },
  {
    id: 'sent.applications.partial',
    key: 'applications.partial',
    unit: 'count',
    pattern: '部分公开{N}件',
    templates: OLD,
    examples: [['同意公开5件，部分公开2件。', 2]],
  },
  {
    id: 'sent.applications.denied',
    key: 'applications.denied',
    unit: 'count',
    pattern: ['{N}件不予公开', '不予公开{N}件'],
    templates: OLD,
    examples: [
      ['2件不予公开(不属条例所指政府信息)。', 2],
      ['不予公开信息有10条', null],
    ],
  },
];
