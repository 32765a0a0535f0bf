// A body's name as places + organ, and a name printed without its county or city completed
// from a region resolved with high confidence.
import { describe, expect, it } from 'vitest';
import { bodyParts, completeName, type RegionNames } from '../../../pipeline/transform/identity/organ.js';

describe('bodyParts', () => {
  it.each([
    ['平潭县人民政府', '平潭县', '人民政府', 'government'],
    ['平潭县政府', '平潭县', '人民政府', 'government'],
    // a zone is no division: its name is the organ's, run by a 管委会
    ['平潭综合实验区', '', '平潭综合实验区管委会', 'zone'],
    ['平潭综合实验区管委会', '', '平潭综合实验区管委会', 'zone'],
    ['平潭综合实验区管理委员会', '', '平潭综合实验区管委会', 'zone'],
    ['平潭综合实验区地方税务局', '', '平潭综合实验区地方税务局', 'department'],
    ['北京市大兴区统计局', '北京市大兴区', '统计局', 'department'],
    ['上海市人民政府办公厅', '上海市', '人民政府办公厅', 'department'],
    ['上海市政府办公厅', '上海市', '人民政府办公厅', 'department'],
    ['上海市人民政府', '上海市', '人民政府', 'government'],
    ['中仓街道办事处', '中仓街道', '办事处', 'street'],
    ['北街街道', '北街街道', '办事处', 'street'],
    ['桦甸市人民政府新华街道办事处', '桦甸市新华街道', '办事处', 'street'],
    ['伊敏苏木人民政府', '伊敏苏木', '人民政府', 'government'],
    ['宝力根苏木', '宝力根苏木', '人民政府', 'government'],
    ['鄂温克族自治旗人民政府', '鄂温克族自治旗', '人民政府', 'government'],
    // an ethnic township printed without its peoples (阿什里哈萨克民族乡)
    ['昌吉市阿什里乡人民政府', '昌吉市阿什里乡', '人民政府', 'government'],
    ['河南省发展和改革委员会', '河南省', '发展和改革委员会', 'department'],
    // stems are no place names: 平潭 stays in the organ
    ['国家统计局', '', '国家统计局', 'department'],
  ] as const)('%s → %s + %s (%s)', (name, places, organ, kind) => {
    expect(bodyParts(name)).toEqual({ places, organ, kind });
  });

  it("strips the region's own names when given (a renamed county)", () => {
    expect(bodyParts('邵东县人民政府', ['湖南省', '邵阳市', '邵东县', '邵东市'])).toEqual({ places: '邵东县', organ: '人民政府', kind: 'government' });
    // only the region's names: another place stays in the organ
    expect(bodyParts('和政县统计局', ['甘肃省', '临夏回族自治州', '临夏市'])).toEqual({ places: '', organ: '和政县统计局', kind: 'department' });
  });
});

const region = (
  province: string | null,
  prefecture: string | null,
  county: string | null,
  township: string | null,
  confidence: RegionNames['confidence'] = 'high',
): RegionNames => ({
  province,
  prefecture,
  county,
  township,
  confidence,
});

describe('completeName', () => {
  const HEZHENG = region('甘肃省', '临夏回族自治州', '和政县', null);
  const CHENGGUAN = region('河南省', '洛阳市', '孟津区', '城关镇');
  it.each([
    ['县统计局', HEZHENG, '临夏回族自治州和政县统计局'],
    ['统计局', HEZHENG, '临夏回族自治州和政县统计局'],
    ['市场监督管理局', HEZHENG, '临夏回族自治州和政县市场监督管理局'],
    ['城关镇人民政府', CHENGGUAN, '洛阳市孟津区城关镇人民政府'],
    ['镇人民政府', CHENGGUAN, '洛阳市孟津区城关镇人民政府'],
    ['市财政局', region('河南省', '洛阳市', null, null), '洛阳市财政局'],
    ['市财政局', region('陕西省', '延安市', '子长市', null), '延安市子长市财政局'],
    // a municipality is its own city
    ['区民政局', region('北京市', null, '大兴区', null), '北京市大兴区民政局'],
    // the province only for a province-level body's department
    ['省财政厅', region('河南省', null, null, null), '河南省财政厅'],
    ['自治区审计厅', region('西藏自治区', null, null, null), '西藏自治区审计厅'],
    // a town of a city without counties
    ['虎门镇人民政府', region('广东省', '东莞市', null, '虎门镇'), '东莞市虎门镇人民政府'],
  ])('%s in %j → %s', (printed, r, want) => {
    expect(completeName(printed, r)).toBe(want);
  });

  it.each([
    ['县统计局', region('甘肃省', '临夏回族自治州', '和政县', null, 'medium'), 'a region not resolved with high confidence'],
    ['区统计局', HEZHENG, 'a level word that is not the region’s (区 for a 县)'],
    ['和政县统计局', HEZHENG, 'a name that names its county'],
    ['孟津区城关镇人民政府', CHENGGUAN, 'a township name with its county'],
    ['临夏回族自治州和政县统计局', HEZHENG, 'a name with all its places'],
    ['城关镇人民政府', region('河南省', '洛阳市', '孟津区', null), 'a township the region does not name'],
    ['邵东县人民政府', region('湖南省', '邵阳市', '邵东市', null), 'a place the gazetteer does not know'],
  ])('%s: unchanged (%s)', (printed, r) => {
    expect(completeName(printed, r)).toBeUndefined();
  });
});
