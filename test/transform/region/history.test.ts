// The map as it stood in the report year (region/history.ts): a body placed by the codes
// in force that year, and on today's map beside it.
import { describe, expect, it } from 'vitest';
import { inForce, loadHistory } from '../../../pipeline/transform/region/history.js';
import { resolveRegion } from '../../../pipeline/transform/region/resolve.js';
import { parseOverrides } from '../../../pipeline/transform/region/overrides.js';

const resolve = (bodyName: string, year: number | undefined, context = '', filePath = '/reports/x.txt') =>
  resolveRegion({ bodyName, context: `${bodyName}政府信息公开工作年度报告\n${context}`, filePath, year });

describe('the division history', () => {
  const h = loadHistory();

  it('reads every record, with its period, and finds it by code and by name', () => {
    expect(h.records).toHaveLength(6823);
    const [shaodong] = h.byName.get('邵东县')!.filter((r) => r.code === '430521');
    expect(shaodong).toMatchObject({
      code: '430521',
      level: 'county',
      prefecture: '邵阳市',
      province: '湖南省',
      status: 'retired',
      from: 1983,
      until: 2019,
      next: [{ code: '430582' }],
    });
    expect([2018, 2019].map((y) => inForce(shaodong!, y))).toEqual([true, false]);
    expect(h.byName.get('鄂温克旗')?.map((r) => r.code)).toContain('150724'); // an alias of 鄂温克族自治旗
    expect(h.at('420600', 2009)?.name).toBe('襄樊市');
    expect(h.at('420600', 2010)?.name).toBe('襄阳市');
  });

  it.each([
    ['430521', 2018, '430521'],
    ['430521', 2019, '430582'],
    ['430582', 2018, '430521'],
    ['110103', 2010, '110101'], // 崇文区 merged into 东城区
    ['420621', 2020, '420607'], // 襄阳县 split in 2001: 襄阳区 (襄州区 since 2010) carries its name
    ['130421', 2020, undefined], // 邯郸县 split in 2016 into 邯山区 and 丛台区: no single code
  ])('the code in force for %s in %i is %s', (code, year, expected) => {
    const r = h.byCode.get(code)!.at(-1)!;
    const lead = h.inYear(r, year);
    expect(lead.record?.code).toBe(expected);
    if (!expected) expect(lead.note).toMatch(/split in 2016 into 邯山区 130402, 丛台区 130403: no single code in 2020/);
  });

  it('follows the links to today, and says when there is no single current code', () => {
    expect(h.currentOf(h.byCode.get('432523')![0]!).record?.code).toBe('430582'); // 邵东县 1981 → 1982 → 1983 → 邵东市
    const split = h.currentOf(h.byCode.get('130421')!.at(-1)!);
    expect(split.record).toBeUndefined();
    expect(split.reached.map((r) => r.code)).toEqual(['130402', '130403']);
    expect(split.note).toContain('no single code today');
  });
});

describe('resolveRegion: the report year and today', () => {
  it.each([
    // body, year, code then, county/prefecture then, code now, county/prefecture now
    ['邵东县人民政府', 2018, '430521', '邵东县', '430582', '邵东市'],
    ['邵东市人民政府', 2020, '430582', '邵东市', '430582', '邵东市'],
    ['邵东市人民政府', 2018, '430521', '邵东县', '430582', '邵东市'], // named by its new name, placed on the year's map
    ['邵东县人民政府', 2020, '430582', '邵东市', '430582', '邵东市'], // an old name after the change
    ['邵东县人民政府', 1982, '432523', '邵东县', '430582', '邵东市'], // a name of several periods picks the year's
    ['邵东县人民政府', undefined, '430582', '邵东市', '430582', '邵东市'], // year unknown: today's map
    ['邵东市人民政府', undefined, '430582', '邵东市', '430582', '邵东市'],
    ['崇文区人民政府', 2009, '110103', '崇文区', '110101', '东城区'], // merged into 东城区 in 2010
    ['崇文区人民政府', 2012, '110101', '东城区', '110101', '东城区'],
    ['港闸区人民政府', 2019, '320611', '港闸区', '320613', '崇川区'], // 港闸区 and 崇川区 → new 崇川区 in 2020
    ['崇川区人民政府', 2019, '320602', '崇川区', '320613', '崇川区'], // the old 崇川区 carries the name
    ['襄樊市人民政府', 2009, '420600', '襄樊市', '420600', '襄阳市'], // prefecture renamed in 2010
    ['襄阳市人民政府', 2009, '420600', '襄樊市', '420600', '襄阳市'],
    ['襄樊市人民政府', 2011, '420600', '襄阳市', '420600', '襄阳市'],
    ['随州市人民政府', 2015, '421300', '随州市', '421300', '随州市'], // the prefecture, not the county-level 随州市 of 1983–1999
    ['哈密市人民政府', 2015, '652201', '哈密市', '650502', '伊州区'], // the county-level 哈密市 of 哈密地区; 哈密市 is a prefecture since 2016
    ['成安县人民政府', 2015, '130424', '成安县', '130424', '成安县'], // not 安县 (四川, until 2016) inside its name
    ['乃东区人民政府', 2015, '542221', '乃东县', '540502', '乃东区'], // not 东区 (攀枝花) inside its name
  ])('%s on %s: %s (%s), today %s (%s)', (body, year, code, name, current, currentName) => {
    const r = resolve(body, year);
    expect({ code: r.code, code_current: r.code_current, confidence: r.confidence }).toEqual({ code, code_current: current, confidence: 'high' });
    expect([r.county ?? r.prefecture, r.county_current ?? r.prefecture_current]).toEqual([name, currentName]);
  });

  it('gives the names of the year and of today, and says what changed', () => {
    const r = resolve('邵东县人民政府', 2018);
    expect(r).toMatchObject({
      code: '430521',
      province: '湖南省',
      prefecture: '邵阳市',
      county: '邵东县',
      township: null,
      code_current: '430582',
      province_current: '湖南省',
      prefecture_current: '邵阳市',
      county_current: '邵东市',
    });
    expect(r.clues).toContain('邵东县 430521 in force 1983–2018; today 邵东市 430582');
    const renamed = resolve('襄樊市人民政府', 2009);
    expect(renamed).toMatchObject({ prefecture: '襄樊市', county: null, prefecture_current: '襄阳市' });
    expect(renamed.clues).toContain('襄樊市 420600 in force 1981–2009; today 襄阳市 420600');
    expect(resolve('邵东市人民政府', 2020).clues).toEqual(['body names 邵东市']);
  });

  it("keeps the year's code of a county that split since, with no current code", () => {
    const r = resolve('邯郸县人民政府', 2015);
    expect(r).toMatchObject({ code: '130421', county: '邯郸县', code_current: null, county_current: null, confidence: 'high' });
    expect(r.clues).toContain('邯郸县 130421 in force 1983–2015; 邯郸县 130421 split in 2016 into 邯山区 130402, 丛台区 130403: no single code today');
  });
});

describe('townships: 9 digits while the county code stood', () => {
  it.each([
    // body, year, code then, county then, prefecture then, code now, county now
    ['伊敏苏木人民政府', 2010, '150724214', '鄂温克族自治旗', '呼伦贝尔市', '150724214', '鄂温克族自治旗'],
    ['东巩镇人民政府', 2009, '420624108', '南漳县', '襄樊市', '420624108', '南漳县'], // county code unchanged, its prefecture renamed since
    ['牛马司镇人民政府', 2018, '430521', '邵东县', '邵阳市', '430582101', '邵东市'], // county code changed: the year's 6-digit county code
    ['牛马司镇人民政府', 2019, '430582101', '邵东市', '邵阳市', '430582101', '邵东市'],
  ])('%s on %i: %s', (body, year, code, county, prefecture, current, countyNow) => {
    const r = resolve(body, year);
    expect(r).toMatchObject({ code, county, prefecture, township: body.replace('人民政府', ''), code_current: current, county_current: countyNow });
  });

  it('says why a township gets its county code of the year', () => {
    const r = resolve('牛马司镇人民政府', 2018);
    expect(r.clues).toContain(
      "township 牛马司镇 kept; its county 邵东市 430582 (in force 2019–) was 邵东县 430521 in 2018 (in force 1983–2018): region code is that county's code, current code 430582101",
    );
  });

  it("under a county formed from several, takes the year's prefecture, which holds them all", () => {
    // 孟津区 (2021) was formed from 孟津县 and 吉利区: which one held 城关镇 the history does not say
    const r = resolve('城关镇人民政府', 2019, '本镇位于洛阳市孟津区。');
    expect(r).toMatchObject({
      code: '410300',
      prefecture: '洛阳市',
      county: null,
      township: '城关镇',
      code_current: '410308100',
      county_current: '孟津区',
      confidence: 'low',
    });
  });

  it('two 城关镇 reports, placed by the parents their texts name', () => {
    const luoyang = resolve('城关镇人民政府', 2022, '城关镇是洛阳市孟津区的中心镇，本年度主动公开政府信息12条。');
    const linxia = resolve('城关镇人民政府', 2022, '城关镇位于临夏州和政县，本年度主动公开政府信息8条。');
    expect([luoyang.code, linxia.code]).toEqual(['410308100', '622925100']);
    expect(luoyang.clues).toContain('text names parent 孟津区 ("孟津区")');
    expect(linxia.clues).toContain('text names parent 临夏回族自治州 ("临夏州")');
    expect(linxia.candidates).toHaveLength(91);
  });

  it("an override gives today's code; the year's code follows from it", () => {
    const rules = parseOverrides('match,region_code,note\n牛马司镇人民政府,430582101,\n', 'o.csv');
    const r = resolveRegion({ bodyName: '牛马司镇人民政府', context: '', filePath: '/x.txt', overrides: rules, year: 2018 });
    expect(r).toMatchObject({ code: '430521', county: '邵东县', township: '牛马司镇', code_current: '430582101', confidence: 'high' });
    expect(r.clues[0]).toBe('override o.csv:2: "牛马司镇人民政府" → 430582101');
  });
});
