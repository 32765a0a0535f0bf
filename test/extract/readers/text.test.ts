// The table layouts plain text carries, from the real seeds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../pipeline/extract/readers/text.js';
import { normalizeText } from '../../../pipeline/extract/normalize.js';
import type { Table } from '../../../pipeline/extract/model.js';
import { SEEDS } from '../../helpers.js';

const blocksOf = (seed: string) => {
  const text = normalizeText(readFileSync(path.join(SEEDS, seed), 'utf8'));
  return { text, blocks: textToBlocks(text) };
};
const cells = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.text));
/** A table as a page copied to text gives it: one cell per line, blank lines between ("a | 0 | 1"). */
const oneCellPerLine = (row: string) => row.split(' | ').join('\n\n');

describe('tab-separated tables (seed 002)', () => {
  const { text, blocks } = blocksOf('002_bbda4c124945f80d.txt');
  const tables = blocks.filter((b): b is Table => b.kind === 'table');

  it('reads the statistics table as one table across its blank lines, blank cells kept', () => {
    expect(tables).toHaveLength(1);
    const rows = cells(tables[0]!);
    expect(rows[0]).toEqual(['统计指标', '单位', '统计数']);
    expect(rows).toContainEqual(['3. 政务微博公开政府信息数', '条', '']);
    expect(rows).toContainEqual(['(一) 主动公开政府信息数 (不同渠道和方式公开相同信息计 1 条)', '条', '665']);
    expect(rows).toContainEqual(['(三)其他情形数', '件', '']);
  });

  it('gives every row its offset in the decoded text', () => {
    for (const r of tables[0]!.rows) expect(text.slice(r.offset)).toMatch(new RegExp(`^${r.cells[0]!.text.slice(0, 3).replace(/[()]/g, '\\$&')}`));
  });
});

describe('one cell per line ending in " |" (seed 004)', () => {
  const { blocks } = blocksOf('004_f97d988c963e3b8a.txt');
  const rows = blocks.filter((b): b is Table => b.kind === 'table').flatMap(cells);

  it('rebuilds label + value rows from padding lines and the label/value shape', () => {
    expect(rows).toContainEqual(['行政许可', '146']);
    expect(rows).toContainEqual(['一、本年新收政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']);
    expect(rows).toContainEqual(['(三)不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']);
    // the last cell of a table has no trailing " |"
    expect(rows).toContainEqual(['行政事业性收费', '0']);
    expect(rows).toContainEqual(Array(15).fill('0'));
  });
});

describe('Markdown pipe tables', () => {
  it('reads rows and skips the rule line', () => {
    const blocks = textToBlocks('表\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 146 |\n| 行政处罚 | 2 |\n后记');
    const t = blocks.find((b): b is Table => b.kind === 'table')!;
    expect(t.layout).toBe('pipe');
    expect(cells(t)).toEqual([
      ['信息内容', '本年处理决定数量'],
      ['行政许可', '146'],
      ['行政处罚', '2'],
    ]);
  });
});

describe('label and figures on one line, separated by spaces (text pulled from PDFs)', () => {
  it('reads consecutive such lines as a table, figures-only lines included', () => {
    const text =
      '四、政府信息公开行政复议、行政诉讼情况\n一、本年新收政府信息公开申请数量 64 0 0 2 0 4 70\n行政许可 146\n行政事业性收费 0.38万元\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n联系电话 6211511';
    const t = textToBlocks(text).find((b): b is Table => b.kind === 'table')!;
    expect(t.layout).toBe('space');
    expect(cells(t)).toEqual([
      ['一、本年新收政府信息公开申请数量', '64', '0', '0', '2', '0', '4', '70'],
      ['行政许可', '146'],
      ['行政事业性收费', '0.38万元'],
      Array(15).fill('0'),
      ['联系电话', '6211511'],
    ]);
  });

  it('leaves a lone sentence ending in a figure as a paragraph', () => {
    expect(textToBlocks('全年主动公开政府信息 2543\n二、依申请公开').every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('a whole report on one line that a scraper ended with " |"', () => {
  it('stays prose, not a table of one cell', () => {
    const line =
      '龙归镇2016年政府信息公开年度报告 一、概述 2016年以来，我镇积极贯彻执行《中华人民共和国政府信息公开条例》。二、政府信息主动公开情况 2016年度共主动公开政府信息25条，在主动公开的信息中，工作动态信息5条。 韶关市武江区龙归镇人民政府 |';
    const blocks = textToBlocks(normalizeText(line));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('while short cells one per line still make a table (seed 004)', () => {
    const blocks = textToBlocks(normalizeText(['行政许可 |', '146 |', '行政处罚 |', '3'].join('\n')));
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
  });
});

describe('tables copied from a page as text (issue 16: openings of other provinces)', () => {
  it('rows that lost their leading pipe, and the border cells at their end', () => {
    const text = [
      '第二十条第(一)项 | ||||',
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |',
      '规章 | 0 | 0 | 0 | |',
      '规范性文件 | 2 | 2 | 5 | |',
    ].join('\n');
    const tables = textToBlocks(normalizeText(text)).filter((b): b is Table => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(cells(tables[0]!)).toEqual([
      ['第二十条第(一)项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '0', '0', '0'],
      ['规范性文件', '2', '2', '5'],
    ]);
  });

  it('one cell per line without pipes, blank lines between', () => {
    const text = oneCellPerLine(
      '一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 三、本年度办理结果',
    );
    const blocks = textToBlocks(normalizeText(text));
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(cells(blocks[0] as Table)).toEqual([
      ['一、本年新收政府信息公开申请数量', '3', '0', '0', '0', '0', '0', '3'],
      ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'],
    ]);
  });

  it('表二 one cell per line: header cells and rows of one figure stay in the table (西藏审计厅 2025)', () => {
    const text = oneCellPerLine(
      '规章 | 0 | 1 | 0 | 行政规范性文件 | 1 | 0 | 2 | 第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | 0 | 第二十条第(八)项 | 信息内容 | 本年收费金额(单位:万元) | 行政事业性收费 | 0.5 | 三、收到和处理政府信息公开申请情况 | 本年度未收到申请。',
    );
    const blocks = textToBlocks(normalizeText(text));
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'paragraph']);
    expect(cells(blocks[0] as Table)).toEqual([
      ['规章', '0', '1', '0'],
      ['行政规范性文件', '1', '0', '2'],
      ['第二十条第(五)项'],
      ['信息内容'],
      ['本年处理决定数量'],
      ['行政许可', '0'],
      ['第二十条第(八)项'],
      ['信息内容'],
      ['本年收费金额(单位:万元)'],
      ['行政事业性收费', '0.5'],
    ]);
  });

  it('labels after the last figure go back to the prose', () => {
    const text = ['规章', '', '0', '', '1', '', '0', '', '2025年', '', '我厅将继续做好公开工作'].join('\n');
    const blocks = textToBlocks(normalizeText(text));
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'paragraph']);
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', text: '2025年' });
  });

  it('a heading over one lone number (a page number) stays prose', () => {
    const blocks = textToBlocks(normalizeText(['二、主动公开政府信息情况', '', '3', '', '本年度主动公开政府信息120条。'].join('\n')));
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});
