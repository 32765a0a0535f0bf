// The flattened 统计表 of the crawler dumps: rows found in spaced and in glued text, list
// numbers taken off the runs they are glued to, blank rows kept apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFlatStatTable } from '../../../pipeline/transform/glued/flat-stat.js';
import { DEV } from '../../helpers.js';

const dump = (f: string) => readFileSync(path.join(DEV, 'raw', f), 'utf8');

describe('findFlatStatTable', () => {
  it('reads a spaced table row by row (平潭 2011 syq)', () => {
    const t = findFlatStatTable(dump('pt2011_syq.txt'))!;
    expect(t.columns).toEqual(['year', 'cumulative']);
    expect(t.glued).toBe(false);
    expect(t.rows.slice(0, 4).map((r) => [r.lead, r.label, r.unit, r.run])).toEqual([
      ['', '主动公开信息数', '条', '425 1516'],
      ['其中：1.', '网站公开', '条', '418 1509'],
      ['2.', '政府公报公开', '条', '7 7'],
      ['', '受理依申请公开信息总数', '条', '0 0'],
    ]);
    expect(t.rows.at(-1)).toMatchObject({ label: '行政申诉数', run: '0 0' });
  });

  it('takes the glued list number of the next row off the run (平潭 2011 xian: "41815092.政府公报公开")', () => {
    const t = findFlatStatTable(dump('pt2011_xian.txt'))!;
    expect(t.glued).toBe(true);
    expect(t.rows.slice(0, 3).map((r) => r.run)).toEqual(['4251516', '4181509', '77']);
    // "5.信函申请数条006.其它形式申请数" → 00, then the row numbered 6
    const letter = t.rows.findIndex((r) => r.label === '信函申请数');
    expect(t.rows[letter]!.run).toBe('00');
    expect(t.rows[letter + 1]).toMatchObject({ lead: '6.', label: '其它形式申请数' });
  });

  it('keeps a label with 件 inside it (主动公开文件数) and a yuan row (平潭 2015)', () => {
    const t = findFlatStatTable(dump('pt2015_syq.txt'))!;
    expect(t.rows[0]).toMatchObject({ label: '主动公开文件数', unit: '条', run: '294981916' });
    expect(t.rows.find((r) => r.unit === '元')).toMatchObject({ label: '政府信息公开收费减免金额', run: '00' });
  });

  it('splits a spaced row whose cells are all blank from the row it ran into', () => {
    const t = findFlatStatTable(
      '指标名称 计量单位 2013年度 历年累计 主动公开信息数 条 5 9 其中：1、网站公开 条 5 9 2、政府公报公开 条 受理依申请公开信息总数 条 0 0 行政复议数 件 0 0',
    )!;
    expect(t.rows.map((r) => [r.label, r.run, r.child])).toEqual([
      ['主动公开信息数', '5 9', false],
      ['网站公开', '5 9', true],
      ['政府公报公开', '', true],
      ['受理依申请公开信息总数', '0 0', false],
      ['行政复议数', '0 0', false],
    ]);
  });

  it('finds nothing in prose without the table header', () => {
    expect(findFlatStatTable(dump('pt2013_ds.txt'))).toBeUndefined();
  });
});
