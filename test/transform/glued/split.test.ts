// The glued-digit solver on the examples of FORMATS.md §7.
import { describe, expect, it } from 'vitest';
import { splitRun } from '../../../pipeline/transform/glued/split.js';

const rowSum = (n: number[]) => n.slice(0, 6).reduce((a, b) => a + b, 0) === n[6];
const blocks = (n: number[]) => n.length % 5 !== 0 || n[n.length - 1] === n.slice(-5, -1).reduce((a, b) => a + b, 0);

describe('splitRun', () => {
  it.each<[string, number[]]>([
    ['640020470', [64, 0, 0, 2, 0, 4, 70]],
    ['630020469', [63, 0, 0, 2, 0, 4, 69]],
    ['1000001', [1, 0, 0, 0, 0, 0, 1]],
    ['200 000121', [20, 0, 0, 0, 0, 1, 21]], // a surviving space is a cell boundary
    ['500000 5', [5, 0, 0, 0, 0, 0, 5]],
    ['21710000218', [217, 1, 0, 0, 0, 0, 218]],
  ])('表三 row %s has one split whose total is the sum of its cells', (run, want) => {
    expect(splitRun(run, 7, { accept: rowSum })).toEqual([want]);
  });

  it('counts the candidate splits without leading zeros (1 of 12 for 640020470)', () => {
    expect(splitRun('640020470', 7)).toHaveLength(12);
  });

  it('splits 表四 10203120001200000: 1 of 25 candidates satisfies the three T4-SUM checks', () => {
    expect(splitRun('10203120001200000', 15)).toHaveLength(25);
    expect(splitRun('10203120001200000', 15, { prefixOk: blocks })).toEqual([[1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]]);
  });

  it('splits 表四 21317000001324019 (平潭 2024)', () => {
    expect(splitRun('21317000001324019', 15, { prefixOk: blocks })).toEqual([[2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]]);
  });

  it('finds both readings of a row with two valid splits', () => {
    expect(splitRun('0020011233', 7, { accept: rowSum })).toEqual([
      [0, 0, 20, 0, 1, 12, 33],
      [0, 0, 20, 0, 11, 2, 33],
    ]);
  });

  it('reads signs as boundaries only where allowed', () => {
    expect(splitRun('35-15', 2, { signed: true })).toEqual([[35, -15]]);
    expect(splitRun('35-15', 2)).toEqual([]);
  });
});

describe('layout text (two or more spaces between figures)', () => {
  it.each<[string, string, number, number[][]]>([
    ['one figure per column', '  12   0   7', 3, [[12, 0, 7]]],
    // a blank cell leaves no figure: 556 is one figure, not 5|5|6
    ['a figure beside blank columns', '          556', 3, []],
    ['fewer figures than columns, none split', '5  0  9118  3  9126', 7, []],
  ])('%s', (_name, run, n, want) => {
    expect(splitRun(run, n)).toEqual(want);
  });
});
