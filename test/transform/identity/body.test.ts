// Body names are organ names: [places] + organ (人民政府, 办事处, 管委会, 局, 委, 办公室, 厅, 部 …).
// Evidence that runs into a sentence, a breadcrumb, a table pipe or the tail of a year is cut
// to the name; what cannot be cut to one is no name (the next evidence is tried). A name that
// prints a bare level word for its place (县统计局) is returned marked incomplete.
import { describe, expect, it } from 'vitest';
import { docOf } from '../../helpers.js';
import type { Document } from '../../../pipeline/extract/model.js';
import { findBody, readBodyName, shortName } from '../../../pipeline/transform/identity/body.js';

const found = (doc: Document) => {
  const b = findBody(doc);
  return b && (b.incomplete ? { name: b.name, incomplete: true } : { name: b.name });
};

// filler prose after the opening: names no body
const PROSE = ['一、总体情况', '全年主动公开政府信息120条，受理依申请公开0件。'];

interface Case {
  kind: string;
  lines: string[];
  fields?: Record<string, string>;
  title?: string;
  want: { name: string; incomplete?: true } | undefined;
}

const fragments: Case[] = [
  // a sentence's first words before the body
  {
    kind: '现将 + self-reference, the town named later',
    lines: ['根据《中华人民共和国政府信息公开条例》，现将我镇人民政府2019年政府信息公开工作年度报告公布如下。', '2019年，龙河镇认真贯彻落实《条例》。'],
    want: { name: '龙河镇' },
  },
  {
    kind: '现将 + self-reference, no town named',
    lines: ['根据《中华人民共和国政府信息公开条例》，现将我镇人民政府2019年政府信息公开工作年度报告公布如下。', ...PROSE],
    want: { name: '镇人民政府', incomplete: true },
  },
  {
    kind: '现将 + a street',
    lines: ['根据《四川省政府信息公开规定》要求，现将河西街道2019年度政府信息公开工作报告如下。', ...PROSE],
    want: { name: '河西街道' },
  },
  {
    kind: '现公布 + a county renamed since (not in the gazetteer)',
    lines: ['根据《中华人民共和国政府信息公开条例》的规定，现公布邵东县人民政府2018年政府信息公开工作年度报告。', ...PROSE],
    want: { name: '邵东县人民政府' },
  },
  {
    kind: '现公布 + a city',
    lines: ['根据《中华人民共和国政府信息公开条例》规定，现公布泰州市人民政府2017年政府信息公开工作年度报告。', ...PROSE],
    want: { name: '泰州市人民政府' },
  },
  {
    kind: '特公布 + a province',
    lines: ['根据《贵州省政府信息公开暂行规定》，特公布贵州省2018年政府信息公开工作年度报告。', ...PROSE],
    want: { name: '贵州省' },
  },
  { kind: '现发布《…》 + a county', lines: ['根据《条例》要求，现发布《彭阳县2022年政府信息公开工作年度报告》。', ...PROSE], want: { name: '彭阳县' } },
  {
    kind: '特向社会公布我旗, the banner named later',
    lines: [
      '根据《条例》，特向社会公布我旗2021年度信息公开年度报告。',
      '2021年，我旗紧紧围绕条例开展工作，乌拉特前旗政府门户网站发布信息300条，乌拉特前旗融媒体中心转载50条。',
    ],
    want: { name: '乌拉特前旗' },
  },
  { kind: '特向社会公布我旗, no banner named', lines: ['根据《条例》，特向社会公布我旗2021年度信息公开年度报告。', ...PROSE], want: undefined },
  {
    kind: '按照 + a notice of the city, the township named later',
    lines: [
      '按照吉林市人民政府政务公开(政府信息公开)领导小组办公室《关于做好2020年全市政府信息公开工作年度报告的通知》要求，我乡编制了吉林市昌邑区两家子满族乡人民政府2020年政府信息公开工作年度报告。',
      ...PROSE,
    ],
    want: { name: '吉林市昌邑区两家子满族乡人民政府' },
  },
  {
    kind: '按照 + a notice of the city, nothing else',
    lines: ['按照吉林市人民政府政务公开(政府信息公开)领导小组办公室《关于做好2020年全市政府信息公开工作年度报告的通知》要求编制本报告。', ...PROSE],
    want: undefined,
  },
  { kind: '报告由 + a department', lines: ['本报告由永嘉县财政局编制的2019年度政府信息公开年度报告。', ...PROSE], want: { name: '永嘉县财政局' } },
  {
    kind: '在…的基础上 + a district',
    lines: ['本报告在2016年度沙坡头区人民政府政府信息公开工作年度报告的基础上编制。', ...PROSE],
    want: { name: '沙坡头区人民政府' },
  },
  {
    kind: '年 + self-reference in an opening, the town named',
    lines: ['一、报告内容', '2020年，龙河镇认真贯彻落实《条例》。', '2020年我镇无收到政府信息公开申请。'],
    want: { name: '龙河镇' },
  },
  { kind: '年我镇 only', lines: ['一、报告内容', '2020年我镇人民政府无收到政府信息公开申请。', '2020年我镇无行政复议。'], want: undefined },
  { kind: '成立 + a town (self-reference)', lines: ['2019年，我镇成立夏庄镇政务公开领导小组，我镇全年主动公开信息20条。'], want: { name: '夏庄镇' } },
  // the tail of a year
  {
    kind: '年度 + a district department (year in Chinese numerals)',
    lines: ['二〇一五年度揭东区交通运输局政府信息公开工作年度报告', ...PROSE],
    want: { name: '揭东区交通运输局' },
  },
  { kind: '年年度 + a county department', lines: ['2016年年度永嘉县统计局政府信息公开工作报告', ...PROSE], want: { name: '永嘉县统计局' } },
  // page furniture
  {
    kind: 'breadcrumb in the <title>',
    title: '首页>>信息公开>>年报北京市大兴区审计局2016年政府信息公开工作年度报告',
    lines: PROSE,
    want: { name: '北京市大兴区审计局' },
  },
  {
    kind: 'breadcrumb ending at the report (no body in it)',
    lines: ['首页', '>政务公开>组织机构>镇、街道>东浦街道>信息公开年报', '2016年绍兴市越城区东浦镇政府信息公开年报'],
    fields: { 发布机构: '东浦镇' },
    want: { name: '绍兴市越城区东浦镇' },
  },
  { kind: 'table pipe before the title', lines: ['|金乡县卫生局2015年政府信息公开工作年度报告|', ...PROSE], want: { name: '金乡县卫生局' } },
  { kind: 'table pipe in the <title>', title: '政务公开|和政县审计局2016年政府信息公开工作年度报告', lines: PROSE, want: { name: '和政县审计局' } },
  {
    kind: 'the 上 of 上海市 cut off',
    lines: ['上', '海市黄浦区外滩街道办事处2019年政府信息公开工作年度报告', ...PROSE],
    want: { name: '黄浦区外滩街道办事处' },
  },
  // a name that lost its places
  { kind: 'the county lost (title)', lines: ['县统计局2016年政府信息公开工作年度报告', ...PROSE], want: { name: '县统计局', incomplete: true } },
  { kind: 'the county lost (signature)', lines: [...PROSE, '县统计局', '2017年1月20日'], want: { name: '县统计局', incomplete: true } },
  {
    kind: 'the city lost, the title names it',
    lines: ['临夏市财政局2016年政府信息公开工作年度报告', ...PROSE, '市财政局', '2017年1月20日'],
    want: { name: '临夏市财政局' },
  },
  {
    kind: 'the district lost, another organ in the title',
    lines: ['临夏市人民政府2016年政府信息公开工作年度报告', ...PROSE, '区民政局', '2017年1月20日'],
    want: { name: '区民政局', incomplete: true },
  },
  // whole names stay whole
  { kind: 'a national body', lines: ['国家统计局2019年政府信息公开工作年度报告', ...PROSE], want: { name: '国家统计局' } },
  {
    kind: 'a national body branch',
    lines: ['国家税务总局北京市大兴区税务局2020年政府信息公开工作年度报告', ...PROSE],
    want: { name: '国家税务总局北京市大兴区税务局' },
  },
  { kind: 'a zone', lines: ['平潭综合实验区2015年政府信息公开工作年度报告', ...PROSE], want: { name: '平潭综合实验区' } },
  { kind: 'a zone department', lines: ['平潭综合实验区地方税务局2013年政府信息公开工作年度报告', ...PROSE], want: { name: '平潭综合实验区地方税务局' } },
  // the report's compiler and its contact office name the organ when nothing else does
  {
    kind: "由 + the government's office compiled it",
    lines: ['根据《中华人民共和国政府信息公开条例》要求，由伊宁县人民政府办公室编制。全文包括概述、主动公开政府信息情况。', ...PROSE],
    want: { name: '伊宁县人民政府' },
  },
  {
    kind: '由 + a disclosure office, compiling the levels below',
    lines: ['本年度报告由哈尔滨市人民政府政务公开办公室综合市政府、各区、县(市)政府和市政府各委、办、局2017年政府信息公开工作完成情况编制而成。', ...PROSE],
    want: { name: '哈尔滨市人民政府' },
  },
  { kind: "由 + a bureau's office", lines: ['本报告由永嘉县财政局办公室根据条例编制。', ...PROSE], want: { name: '永嘉县财政局' } },
  { kind: '由 + an office of a government without its place: no name', lines: ['本报告由县政府办公室编制。', ...PROSE], want: undefined },
  {
    kind: 'the contact office of the report',
    lines: ['本报告根据条例编制。', '如对本报告有任何疑问，请与青岛市政府信息公开办公室联系（电话：0532-85912121）。', ...PROSE],
    want: { name: '青岛市政府' },
  },
  {
    kind: 'the title beats the compiler',
    lines: ['和政县审计局2016年政府信息公开工作年度报告', '本报告由和政县人民政府办公室汇总编制。', ...PROSE],
    want: { name: '和政县审计局' },
  },
  {
    kind: 'an opening sentence with the organ',
    lines: ['根据条例编制本报告。', '一、总体情况', '2022年，子长市人民政府坚持以习近平新时代中国特色社会主义思想为指导。'],
    want: { name: '子长市人民政府' },
  },
];

describe('findBody gives an organ name or nothing', () => {
  it.each(fragments)('$kind', ({ lines, fields, title, want }) => {
    expect(found(docOf(lines, fields, title))).toEqual(want);
  });
});

const readings: Array<[string, string | undefined, boolean?]> = [
  ['现将我镇人民政府', '镇人民政府', true],
  ['年我镇人民政府', '镇人民政府', true],
  ['特向社会公布我旗人民政府', '旗人民政府', true],
  ['现公布邵东县人民政府', '邵东县人民政府'],
  ['现公布和政县人民政府', '和政县人民政府'],
  ['年度揭东区交通局', '揭东区交通局'],
  ['2015年度洛阳市孟津区农业农村局', '洛阳市孟津区农业农村局'],
  ['成立城关镇人民政府', '城关镇人民政府'],
  ['报告由金乡县财政局', '金乡县财政局'],
  ['首页>>信息公开>>年报临夏回族自治州和政县审计局', '临夏回族自治州和政县审计局'],
  ['首页 > 政务公开 > 年度报告 > 伊敏苏木人民政府', '伊敏苏木人民政府'],
  ['|永嘉县卫生局', '永嘉县卫生局'],
  ['海市黄浦区外滩街道办事处', '黄浦区外滩街道办事处'],
  ['按照吉林市人民政府政务公开(政府信息公开)领导小组办公室《关于做好2020年全市人民政府', undefined],
  ['全面推进政务公开工作人民政府', undefined],
  ['安排部署', undefined],
  ['本机关', undefined],
  ['我局', undefined],
  ['县统计局', '县统计局', true],
  ['市财政局', '市财政局', true],
  ['区民政局', '区民政局', true],
  ['统计局', '统计局', true],
  ['市场监督管理局', '市场监督管理局', true],
  ['住房和城乡建设局', '住房和城乡建设局', true],
  ['国家统计局', '国家统计局'],
  ['海关总署', '海关总署'],
  ['教育部', '教育部'],
  ['国务院办公厅', '国务院办公厅'],
  ['淮安市发展和改革局', '淮安市发展和改革局'],
  ['吉林市民政局', '吉林市民政局'],
  ['桦甸市人民政府新华街道办事处', '桦甸市人民政府新华街道办事处'],
  ['上海市人民政府办公厅', '上海市人民政府办公厅'],
  ['平潭综合实验区管委会', '平潭综合实验区管委会'],
  ['科尔沁右翼中旗哈日诺尔苏木', '科尔沁右翼中旗哈日诺尔苏木'],
];

describe('readBodyName', () => {
  it.each(readings)('%s → %s', (text, name, incomplete) => {
    const r = readBodyName(text);
    expect(r?.name).toBe(name);
    if (name) expect(Boolean(r?.incomplete)).toBe(Boolean(incomplete));
  });
});

describe('shortName strips only the government organ', () => {
  it.each([
    ['上海市人民政府', '上海市'],
    ['上海市人民政府办公厅', '上海市人民政府办公厅'],
    ['甘谷县人民政府办公室', '甘谷县人民政府办公室'],
    ['中仓街道办事处', '中仓街道'],
    ['平潭综合实验区管委会', '平潭综合实验区'],
    ['平潭综合实验区管理委员会', '平潭综合实验区'],
    ['北京市大兴区统计局', '北京市大兴区统计局'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
  it('a general office and its government do not share a short name', () => {
    expect(shortName('上海市人民政府办公厅')).not.toBe(shortName('上海市人民政府'));
  });
});
