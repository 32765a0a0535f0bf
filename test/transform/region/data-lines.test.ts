// The data files a worker keeps for its life, read line by line from their bytes
// (region/data-lines.ts), and the gazetteer built from them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataLines } from '../../../pipeline/transform/region/data-lines.js';
import { loadGazetteer } from '../../../pipeline/transform/region/gazetteer.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'data-lines-'));
const file = (name: string, bytes: Buffer | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('readDataLines', () => {
  it.each([
    ['LF', 'code,name\n11,北京市\n1101,市辖区\n'],
    ['CRLF', 'code,name\r\n11,北京市\r\n1101,市辖区\r\n'],
    ['no newline at the end', 'code,name\n11,北京市\n1101,市辖区'],
    ['blank lines', 'code,name\n\n11,北京市\r\n\r\n1101,市辖区\n\n'],
    ['a byte order mark', '\uFEFFcode,name\n11,北京市\n1101,市辖区\n'],
  ])('%s: the same three lines', (_, text) => {
    expect(readDataLines(file('x.csv', text))).toEqual(['code,name', '11,北京市', '1101,市辖区']);
  });

  it('keeps a long line whole and its Chinese as written', () => {
    const long = `659004500,${'新疆生产建设兵团第十四师昆玉市'.repeat(3)}`;
    expect(readDataLines(file('long.csv', `code,name\n${long}\n`))).toEqual(['code,name', long]);
  });

  it('reads an empty file as no lines', () => {
    expect(readDataLines(file('empty.csv', ''))).toEqual([]);
  });
});

describe('the gazetteer read through it', () => {
  const g = loadGazetteer();

  it('holds every division of the table, each under its parent', () => {
    expect(g.byCode.size).toBe(44703);
    const d = g.byCode.get('110101001')!;
    expect(d).toEqual({ code: '110101001', name: '东华门街道', level: 'township', parent: '110101' });
    expect(g.ancestors(d).map((a) => a.name)).toEqual(['东城区', '北京市']);
  });

  it('finds a name shared by several places under each of them', () => {
    const places = g.byName.get('新华街道')!;
    expect(places.length).toBeGreaterThan(10);
    expect(new Set(places.map((p) => p.code)).size).toBe(places.length);
  });
});
