// Who reported and where: each clue type on a name that repeats across the country, an
// ambiguous name left ambiguous with its candidates, the override file, a renamed body,
// self-references and departments.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../pipeline/extract/model.js';
import { parseOverrides, transform, type RegionOverride } from '../../../pipeline/transform/index.js';

function doc(paragraphs: string[], fields: Record<string, string> = {}): Document {
  let text = '';
  const blocks = paragraphs.map((p) => {
    if (text) text += '\n';
    const b = { kind: 'paragraph' as const, text: p, offset: text.length };
    text += p;
    return b;
  });
  return { format: 'text', encoding: 'utf-8', replacementChars: 0, text, fields, blocks };
}
const report = (paras: string[], file = '/reports/x.txt', overrides: RegionOverride[] = [], fields: Record<string, string> = {}) =>
  transform(doc(paras, fields), file, { overrides });
const signed = (body: string, ...middle: string[]) => [
  `${body}2017年政府信息公开工作年度报告`,
  ...middle,
  `${body}${body.endsWith('街道') ? '办事处' : '人民政府'}`,
  '2018年1月15日',
];

describe('region clues on a name that repeats (永安镇: 22 townships, 城关镇: 88, and 3 ethnic towns such as 城关回族镇)', () => {
  it('parent names in the text', () => {
    const r = report(signed('城关镇', '城关镇是和林格尔县的中心镇，本年度主动公开政府信息12条。'));
    expect(r.region).toMatchObject({ code: '150123100', county: '和林格尔县', confidence: 'high' });
    expect(r.region.clues.at(-1)).toMatch(/only 城关镇's own parent is named/);
    expect(r.region.clues).toContain('text names parent 和林格尔县 ("和林格尔县")');
    expect(r.region.candidates).toHaveLength(91);
  });

  it('the telephone area code of the contact line (0482 → 兴安盟)', () => {
    const r = report(signed('永安镇', '如对本报告有疑问，请联系镇党政办，电话：0482-8123456。'));
    expect(r.region.code).toBe('152224103');
    expect(r.region.clues).toContain('phone 0482-8123456: area code 0482 is 兴安盟');
  });

  it('the web domain (www.tuquan.gov.cn spells 突泉县)', () => {
    const r = report(signed('永安镇', '本报告电子版可在突泉县人民政府网站（www.tuquan.gov.cn）下载。'));
    expect(r.region.code).toBe('152224103');
    expect(r.region.clues.some((c) => c.startsWith('web/e-mail domain "tuquan" spells 突泉县'))).toBe(true);
  });

  it('an e-mail domain alone', () => {
    const r = report(signed('永安镇', '电子邮箱：zfb@tuquan.gov.cn。'));
    expect(r.region.code).toBe('152224103');
  });

  it('the folder path, in Chinese or in pinyin', () => {
    expect(report(signed('永安镇'), '/data/内蒙古/兴安盟/突泉县/2017/永安镇.txt').region).toMatchObject({ code: '152224103' });
    const r = report(signed('永安镇'), '/data/neimenggu/tuquan/2017/report.txt');
    expect(r.region.code).toBe('152224103');
    expect(r.region.clues).toContain('folder "tuquan" spells 突泉县');
  });

  it('leaves a name that nothing decides ambiguous, with every candidate and an issue', () => {
    const r = report(signed('城关镇', '本年度主动公开政府信息12条。'));
    expect(r.region.code).toBeNull();
    expect(r.region.confidence).toBe('none');
    expect(r.region.candidates).toHaveLength(91);
    expect(r.region.candidates).toContain('150123100');
    const issue = r.issues.find((i) => i.code === 'region_ambiguous')!;
    expect(issue.message).toContain('91 divisions share the name and no clue decides');
    expect(issue.message).toContain('150123100');
  });

  it('keeps the unique name and lowers its confidence when a phone of another province contradicts it', () => {
    const r = report(signed('伊敏苏木', '联系电话：0591-23158138。'));
    expect(r.region).toMatchObject({ code: '150724214', confidence: 'low' });
    expect(r.region.clues.some((c) => c.includes('not in 内蒙古自治区'))).toBe(true);
  });
});

describe('the override file', () => {
  const rules = parseOverrides(
    '\uFEFFmatch,region_code,note\n城关镇人民政府,150124100,清水河县城关镇 (checked by phone)\n**/hebei/*.txt,130000,河北省 folder\n',
    'data/region-overrides.csv',
  );

  it('parses rules by kind, with where each is written', () => {
    expect(rules.map((r) => [r.kind, r.match, r.code, r.source])).toEqual([
      ['body', '城关镇人民政府', '150124100', 'data/region-overrides.csv:2'],
      ['path', '**/hebei/*.txt', '130000', 'data/region-overrides.csv:3'],
    ]);
  });

  it('settles an ambiguous body by its name, and says so', () => {
    const r = report(signed('城关镇'), '/reports/x.txt', rules);
    expect(r.region).toMatchObject({ code: '150124100', county: '清水河县', confidence: 'high' });
    expect(r.region.clues).toEqual(['override data/region-overrides.csv:2: "城关镇人民政府" → 150124100 (清水河县城关镇 (checked by phone))']);
    expect(r.issues.find((i) => i.code.startsWith('region_'))).toBeUndefined();
  });

  it('settles a file by a path glob', () => {
    expect(report(signed('某某镇'), '/x/hebei/2017.txt', rules).region).toMatchObject({ code: '130000', province: '河北省', prefecture: null });
  });

  it.each([
    ['match,code\nx,150124\n', /header must name the columns/],
    ['match,region_code\nx,15012\n', /:2: code: a region code has 6 or 9 digits/],
    ['match,region_code\nx,999999\n', /:2: 999999 is not a division code/],
  ])('refuses a malformed file naming the line: %j', (csv, why) => {
    expect(() => parseOverrides(csv, 'o.csv')).toThrow(why);
  });
});

describe('the body', () => {
  it('takes the signature over a page header naming a renamed, newer body', () => {
    const r = report(
      ['突泉县文化广电新闻出版局2017年政府信息公开工作年度报告', '本局严格按照条例要求开展工作。', '突泉县文化广电新闻出版局', '2018年1月10日'],
      '/x.html',
      [],
      { 发布机构: '突泉县文化旅游体育局' },
    );
    expect(r.identity).toMatchObject({ body_name: '突泉县文化广电新闻出版局', body_short_name: '突泉县文化广电新闻出版局', body_level: 'department' });
    // a department gets the region of its government
    expect(r.region).toMatchObject({ code: '152224', county: '突泉县' });
  });

  it('reads the body from self-references when nothing else names it (我镇 + a 镇 named in the text)', () => {
    const r = report([
      '政府信息公开工作年度报告',
      '2017年，我镇认真贯彻落实条例。太平镇党委高度重视政务公开，我镇全年主动公开政府信息15条。',
      '太平镇位于城区东部。',
    ]);
    expect(r.identity).toMatchObject({ body_name: '太平镇人民政府', body_short_name: '太平镇', body_level: 'township' });
  });

  it.each([
    ['伊敏苏木', '伊敏苏木人民政府', '伊敏苏木', 'township'],
    ['宝力根街道', '宝力根街道办事处', '宝力根街道', 'township'],
    ['鄂托克旗', '鄂托克旗人民政府', '鄂托克旗', 'county'],
    ['锡林郭勒盟', '锡林郭勒盟人民政府', '锡林郭勒盟', 'prefecture'],
    ['内蒙古自治区', '内蒙古自治区人民政府', '内蒙古自治区', 'province'],
  ])('normalises %s to full and short names and a level', (name, full, short, level) => {
    const r = report(signed(name));
    expect(r.identity).toMatchObject({ body_name: full, body_short_name: short, body_level: level });
  });
});

describe('the names inside a body name', () => {
  // each written from a kind of name: a short name inside a longer one, a zone that is no
  // division of the city it names, a street listed elsewhere under its organ's name
  it.each([
    ['绍兴市越城区东浦镇人民政府', 2016, '330602', 'high'], // 城区 (five townships) is part of 越城区; 东浦镇 is now a 街道
    ['海南州人民政府', 2014, '632500', 'high'], // 海南 (the province) is part of 海南州 (青海)
    ['桦甸市人民政府新华街道办事处', 2012, '220282004', 'high'], // a 新华街道办事处 of another county does not swallow 新华街道
    ['临夏州经济开发区管委会', 2018, '622900', 'high'], // the zone is no division: the body sits at 临夏州
    ['蚌埠市经济开发区管委会', 2018, '340372400', 'high'], // where the gazetteer lists the zone under the city, it is found
  ])('%s (%i) → %s', (body, year, code, confidence) => {
    const r = transform(doc([`${body}${year}年政府信息公开工作年度报告`, '本年度主动公开政府信息12条。', body, `${year + 1}年1月15日`]), '/reports/x.txt');
    expect(r.region).toMatchObject({ code, confidence });
  });
});

describe('a township the gazetteer does not know (renamed or merged since)', () => {
  const lines = (town: string, middle: string) => [`${town}人民政府2012年政府信息公开工作年度报告`, middle, `${town}人民政府`, '2013年3月28日'];
  it('is placed at its county when the text names one county in the area of its own phone', () => {
    const r = report(
      lines('参内乡', '本年度报告的电子版可以在安溪县人民政府公众信息网上下载。如有疑问，请与参内乡人民政府办公室联系（电话：0595-23456789）。'),
    );
    expect(r.region).toMatchObject({ code: '350524', county: '安溪县', township: null, confidence: 'medium' });
    expect(r.region.clues[0]).toMatch(/参内乡 is no township of the gazetteer/);
  });
  it.each([
    ['no phone', '本年度报告的电子版可以在安溪县人民政府公众信息网上下载。'],
    ['a phone of another prefecture', '本报告可在安溪县人民政府网站下载，电话：0591-23456789。'],
    ['two counties of the area named', '本报告可在安溪县、永春县人民政府网站下载，电话：0595-23456789。'],
  ])('stays undecided with %s', (_why, middle) => {
    expect(report(lines('参内乡', middle)).region.code).toBeNull();
  });
});
