// The words of report.html in each language. Metric names come from the metric dictionary
// (label_zh, or label_en in English: never the key), templates, levels, formats and statuses
// from the Chinese vocabulary of pipeline/load/zh; only the report's own sentences are here.
import type { DB } from '../db.js';
import { findingZh, LEVEL_ZH, TEMPLATE_ZH, VALUE_ZH, type FindingRow, type Lang } from '../zh/index.js';

export type { Lang };

const OUTCOME_GROUP: Record<Lang, Record<string, string>> = {
  zh: { granted: '予以公开', partial: '部分公开', denied: '不予公开', unavailable: '无法提供', not_processed: '不予处理', other: '其他处理' },
  en: { granted: 'granted', partial: 'partly granted', denied: 'denied', unavailable: 'unavailable', not_processed: 'not processed', other: 'other' },
};

const QUALITY: Record<Lang, Record<string, string>> = {
  zh: {
    reports: '报告数',
    failing_checks: '勾稽关系不符',
    region_undecided: '区划未确定',
    approximate: '含约数',
    decoding_damage: '文字解码损坏',
  },
  en: {
    reports: 'reports',
    failing_checks: 'failing identity checks',
    region_undecided: 'region undecided',
    approximate: 'approximate figures',
    decoding_damage: 'decoding damage',
  },
};

const TEMPLATE_EN: Record<string, string> = {
  narrative: 'narrative',
  stat2008: '2008 statistics table',
  gov2019: '2019 trial template',
  gov2021: '2021 template',
};

const STRINGS = {
  zh: {
    htmlLang: 'zh-CN',
    title: '政府信息公开工作年度报告 · 数据报告',
    summary: (r: number, b: number, f: number, y: string) => `共 ${r} 份报告，${b} 个机关（来自 ${f} 个文件，同一报告的副本只计一次），报告年度 ${y}。`,
    generated: (d: string) => `disclosure-stats 生成于 ${d}。`,
    contents: '目录',
    year: '报告年度',
    gapYears: (ys: string) => `无报告的年份：${ys}（图中留空）。`,
    empty: '数据库中没有此图的数据。',
    trends: '主要指标年度趋势（各地区合计）',
    trendsNote:
      '各省级区划 v_region_year 之和：每个机关每年一份报告；汇总报告代表其汇编的机关，不重复相加。每个指标一张小图，纵轴各自独立；没有报告的年份留空。',
    provinces: '各省收到申请数',
    provincesNote: '省级 v_region_year 的“收到申请数（本年新收）”，按年份堆叠。',
    outcomes: '申请办理结果构成（表三，全部申请人）',
    outcomesNote: '2019 和 2021 格式报告表三“总计”列，每个机关每年一份报告；图为各年占比，表为件数。',
    templates: '各年度报告格式',
    templatesNote: '2018 年以前为纯文字报告和 2008 版统计表，之后为 2019 试行格式和 2021 格式。',
    quality: '数据质量',
    qualityNote: '每年主报告中：勾稽关系不符、区划未确定、含约数、文字解码损坏的报告所占比例（图）及份数（表）。',
    share: '占比 %',
    files: '读取失败或需要 OCR 的文件',
    filesNone: '没有读取失败或需要 OCR 的文件。',
    filesCount: (n: number) => `共 ${n} 个文件未能读取。`,
    filesMore: (shown: number, n: number) => `仅列出前 ${shown} 个，共 ${n} 个；完整列表见 disclosure status。`,
    fileCols: ['文件', '状态', '原因'],
    index: '机关索引',
    indexNote: (n: number) => `共 ${n} 个机关，按区划代码排序。`,
    indexCols: ['机关', '层级', '区划代码', '所在地', '年度', '报告数'],
    bodies: '各机关',
    bodiesLeftOut: (shown: number, left: number) =>
      `下面只详列按区划代码排序的前 ${shown} 个机关；其余 ${left} 个机关未详列，它们的历年数据见 yearly_comparison.csv。`,
    bodyMeta: (level: string, code: string, place: string, years: string, n: number) => `${level} · 区划代码 ${code} · ${place} · ${years} · ${n} 份报告`,
    aliases: '所署名称',
    series: '主要指标（主报告）',
    singleYear: '只有一个年度，不作图。',
    noHeadline: '主报告未载明任何主要指标。',
    checks: '勾稽关系不符',
    checksNone: '主报告均符合勾稽关系。',
    bodyFiles: '文件',
    bodyFileCols: ['报告年度', '文件', '格式', '报告格式', '主报告'],
    yes: '是',
    no: '否',
    back: '返回索引',
    noRegion: '区划未定',
  },
  en: {
    htmlLang: 'en',
    title: 'Government information disclosure annual reports · dataset report',
    summary: (r: number, b: number, f: number, y: string) =>
      `${r} reports of ${b} bodies (from ${f} files: copies of one report count once), report years ${y}.`,
    generated: (d: string) => `Generated ${d} by disclosure-stats.`,
    contents: 'Contents',
    year: 'report year',
    gapYears: (ys: string) => `Years without a report: ${ys} (left empty in the charts).`,
    empty: 'No figures for this chart in the database.',
    trends: 'Headline metrics per year (all regions)',
    trendsNote:
      "Sums of v_region_year over the provinces: one report per body and year; a government's consolidated report stands for the bodies it compiles, which are not added again. One small chart per metric, each with its own y-axis; a year without a report is left empty.",
    provinces: 'Applications received per province',
    provincesNote: 'v_region_year, province level, applications received, stacked per year.',
    outcomes: 'How applications were answered (表三, all applicants)',
    outcomesNote: 'The 总计 column of 表三 in the 2019 and 2021 templates, one report per body and year; the chart shows shares, the table counts.',
    templates: 'Reports per template per year',
    templatesNote: 'Narrative reports and the 2008 statistics table up to 2018, the 2019 trial template and the 2021 template after.',
    quality: 'Data quality',
    qualityNote:
      'Per year, the share of primary reports with failing identity checks, an undecided region, approximate figures or decoding damage (chart), and their counts (table).',
    share: 'share %',
    files: 'Files that failed or need OCR',
    filesNone: 'No file failed or needs OCR.',
    filesCount: (n: number) => `${n} ${n === 1 ? 'file' : 'files'} could not be read.`,
    filesMore: (shown: number, n: number) => `The first ${shown} of ${n} are listed; disclosure status lists them all.`,
    fileCols: ['file', 'status', 'reason'],
    index: 'Bodies',
    indexNote: (n: number) => `${n} bodies, by region code.`,
    indexCols: ['body', 'level', 'region code', 'place', 'years', 'reports'],
    bodies: 'Each body',
    bodiesLeftOut: (shown: number, left: number) =>
      `Only the first ${shown} bodies by region code are detailed below; ${left} more are left out: their series are in yearly_comparison.csv.`,
    bodyMeta: (level: string, code: string, place: string, years: string, n: number) => `${level} · region ${code} · ${place} · ${years} · ${n} reports`,
    aliases: 'printed as',
    series: 'Headline metrics (primary reports)',
    singleYear: 'A single year: no chart.',
    noHeadline: 'Its primary reports state no headline metric.',
    checks: 'Failing identity checks',
    checksNone: 'The primary reports pass every identity check.',
    bodyFiles: 'Files',
    bodyFileCols: ['report year', 'file', 'format', 'template', 'primary'],
    yes: 'yes',
    no: 'no',
    back: 'back to the index',
    noRegion: 'region undecided',
  },
};

export type Strings = (typeof STRINGS)['zh'];

/** Everything the report writes for people, in one language. */
export interface Vocabulary {
  lang: Lang;
  s: Strings;
  metric(key: string): string;
  template(t: string): string;
  level(l: string | null): string;
  outcome(group: string): string;
  quality(col: string): string;
  format(f: string | null): string;
  status(s: string): string;
  finding(f: FindingRow): string;
}

export function vocabulary(db: DB, lang: Lang): Vocabulary {
  const rows = db.prepare('SELECT key, label_zh, label_en FROM metric_dictionary').all() as Array<{ key: string; label_zh: string; label_en: string }>;
  const labelsZh = new Map(rows.map((r) => [r.key, r.label_zh]));
  const labels = new Map(rows.map((r) => [r.key, lang === 'zh' ? r.label_zh : r.label_en]));
  const zh = lang === 'zh';
  return {
    lang,
    s: STRINGS[lang],
    metric: (k) => labels.get(k) ?? k,
    template: (t) => (zh ? TEMPLATE_ZH[t] : TEMPLATE_EN[t]) ?? t,
    level: (l) => (l === null ? '' : zh ? (LEVEL_ZH[l] ?? l) : l),
    outcome: (g) => OUTCOME_GROUP[lang][g] ?? g,
    quality: (c) => QUALITY[lang][c] ?? c,
    format: (f) => (f === null ? '' : zh ? (VALUE_ZH.format![f] ?? f) : f),
    status: (st) => (zh ? (VALUE_ZH.status![st] ?? st) : st),
    finding: (f) => (zh ? findingZh(f, labelsZh) : f.message),
  };
}
