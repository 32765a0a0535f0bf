// A title that wraps over two or three lines (a PDF gives each line as a paragraph) is read
// whole: the body is 淮安市发展和改革局, not 改革局 or the breadcrumb above the title.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../pipeline/extract/model.js';
import { transform } from '../../../pipeline/transform/index.js';
import { paragraphTitle } from '../../../pipeline/transform/identity/year.js';

/** A PDF-like document: one paragraph per line, no <title>, no fields. */
function docOf(paras: string[]): Document {
  let text = '';
  const blocks: Document['blocks'] = [];
  for (const p of paras) {
    if (text) text += '\n';
    blocks.push({ kind: 'paragraph', text: p, offset: text.length, page: 1 });
    text += p;
  }
  return { format: 'pdf', encoding: 'pdf', replacementChars: 0, text, blocks, fields: {} };
}

// no signature at the end: the body has to come from the title
const BODY = [
  '本报告根据《中华人民共和国政府信息公开条例》要求编制。',
  '一、总体情况',
  '2023年，本机关坚持以习近平新时代中国特色社会主义思想为指导，全面推进政务公开。',
];
const TITLE_DEPT = '淮安市发展和改革局2023年政府信息公开工作年度报告';

const joined: Array<{ shape: string; lines: string[]; title: string; body: string; year: number }> = [
  {
    shape: 'body split across the lines',
    lines: ['淮安市发展和', '改革局2023年政府信息公开工作年度报告'],
    title: TITLE_DEPT,
    body: '淮安市发展和改革局',
    year: 2023,
  },
  {
    shape: 'year and body on line 1',
    lines: ['2024年淮安市人民政府', '政府信息公开工作年度报告'],
    title: '2024年淮安市人民政府政府信息公开工作年度报告',
    body: '淮安市人民政府',
    year: 2024,
  },
  {
    shape: 'body on line 1, year on line 2',
    lines: ['淮安市发展和改革局', '2023年政府信息公开工作年度报告'],
    title: TITLE_DEPT,
    body: '淮安市发展和改革局',
    year: 2023,
  },
  {
    shape: 'year line first',
    lines: ['2023年度', '淮安市发展和改革局政府信息公开工作年度报告'],
    title: '2023年度淮安市发展和改革局政府信息公开工作年度报告',
    body: '淮安市发展和改革局',
    year: 2023,
  },
  {
    shape: 'place on line 1, organ on line 2',
    lines: ['淮安市', '人民政府2023年政府信息公开工作年度报告'],
    title: '淮安市人民政府2023年政府信息公开工作年度报告',
    body: '淮安市人民政府',
    year: 2023,
  },
  {
    shape: 'three lines',
    lines: ['2023年', '淮安市发展和改革局', '政府信息公开工作年度报告'],
    title: '2023年淮安市发展和改革局政府信息公开工作年度报告',
    body: '淮安市发展和改革局',
    year: 2023,
  },
  {
    shape: 'organ split after 人民政府',
    lines: ['淮安市人民政府', '办公室2023年政府信息公开工作年度报告'],
    title: '淮安市人民政府办公室2023年政府信息公开工作年度报告',
    body: '淮安市人民政府办公室',
    year: 2023,
  },
  {
    shape: 'breadcrumb line before',
    lines: ['首页 > 政务公开 > 年度报告', '淮安市发展和', '改革局2023年政府信息公开工作年度报告'],
    title: TITLE_DEPT,
    body: '淮安市发展和改革局',
    year: 2023,
  },
  {
    shape: '附件 line before',
    lines: ['附件', '淮安市发展和', '改革局2023年政府信息公开工作年度报告'],
    title: TITLE_DEPT,
    body: '淮安市发展和改革局',
    year: 2023,
  },
  {
    shape: 'date line before',
    lines: ['2024-01-20', '淮安市发展和', '改革局2023年政府信息公开工作年度报告'],
    title: TITLE_DEPT,
    body: '淮安市发展和改革局',
    year: 2023,
  },
  {
    shape: 'dated 发布时间 line before',
    lines: ['发布时间：2024年1月20日', '2024年淮安市人民政府', '政府信息公开工作年度报告'],
    title: '2024年淮安市人民政府政府信息公开工作年度报告',
    body: '淮安市人民政府',
    year: 2024,
  },
  // a portal page: a bare title under the breadcrumb, the full one further down
  {
    shape: 'a later title names the body',
    lines: [
      '您当前所在位置: 首页 > 乡(镇)信息公开目录 > 年度报告',
      '2012年政府信息公开工作年度报告',
      '访问量:',
      '南坑乡人民政府',
      '2012年政府信息公开工作年度报告',
    ],
    title: '2012年政府信息公开工作年度报告',
    body: '南坑乡人民政府',
    year: 2012,
  },
  {
    shape: 'spaced lines',
    lines: ['淮安市发展和 ', ' 改革局 2023 年政府信息公开工作年度报告'],
    title: '淮安市发展和改革局 2023 年政府信息公开工作年度报告',
    body: '淮安市发展和改革局',
    year: 2023,
  },
];

describe('a title wrapped over lines is joined', () => {
  it.each(joined)('$shape', ({ lines, title, body, year }) => {
    const doc = docOf([...lines, ...BODY]);
    expect(paragraphTitle(doc)).toBe(title);
    const r = transform(doc, 'report.pdf');
    expect(r.identity.body_name).toBe(body);
    expect(r.identity.report_year).toBe(year);
    expect(r.identity.title).toBe(title);
  });
});

const separate: Array<{ shape: string; lines: string[]; title: string | undefined; body?: string }> = [
  // a whole organ's name above a title that names its own body is a letterhead
  { shape: 'letterhead above a whole title', lines: ['淮安市人民政府', TITLE_DEPT], title: TITLE_DEPT, body: '淮安市发展和改革局' },
  { shape: '…文件 letterhead', lines: ['淮安市发展和改革局文件', TITLE_DEPT], title: TITLE_DEPT, body: '淮安市发展和改革局' },
  { shape: 'document number above', lines: ['淮发改发〔2024〕3号', TITLE_DEPT], title: TITLE_DEPT, body: '淮安市发展和改革局' },
  // a column heading names no year, place or organ
  { shape: 'column heading above', lines: ['通知公告', '2023年政府信息公开工作年度报告'], title: '2023年政府信息公开工作年度报告' },
  {
    shape: '政府信息公开 column heading above',
    lines: ['大理白族自治州人民政府', '政府信息公开', '大理白族自治州人民政府关于2011年政府信息公开工作的年度报告'],
    title: '大理白族自治州人民政府关于2011年政府信息公开工作的年度报告',
    body: '大理白族自治州人民政府',
  },
  { shape: 'a sentence above', lines: ['根据条例规定，现公布如下', '2023年政府信息公开工作年度报告'], title: '2023年政府信息公开工作年度报告' },
  // two short lines that together do not name a disclosure report: neither is joined, and a
  // report that is no 信息公开 or 年度报告 (a menu's 政府工作报告) is no title either
  { shape: 'unrelated short lines', lines: ['淮安市发展和', '改革局工作报告'], title: undefined },
  { shape: 'a portal menu item', lines: ['政府工作报告', '2023年政府信息公开工作年度报告'], title: '2023年政府信息公开工作年度报告' },
  { shape: 'no title at all', lines: ['一、总体情况', '（一）主动公开'], title: undefined },
];

describe('lines that are not pieces of the title stay apart', () => {
  it.each(separate)('$shape', ({ lines, title, body }) => {
    const doc = docOf([...lines, ...BODY]);
    expect(paragraphTitle(doc)).toBe(title);
    const r = transform(doc, 'report.pdf');
    expect(r.identity.title).toBe(title ?? null);
    if (body) expect(r.identity.body_name).toBe(body);
  });

  it('a table between two lines keeps them apart', () => {
    const doc = docOf(['淮安市发展和', '改革局2023年政府信息公开工作年度报告']);
    doc.blocks.splice(1, 0, { kind: 'table', layout: 'tsv', rows: [{ cells: [{ text: '索引号' }, { text: '014' }], offset: 0 }], offset: 0 });
    expect(paragraphTitle(doc)).toBe('改革局2023年政府信息公开工作年度报告');
  });
});

describe('the body named by a one-line title', () => {
  const cases: Array<[string, string]> = [
    ['淮安市发展和改革局2023年政府信息公开工作年度报告', '淮安市发展和改革局'],
    // 政府 shared by the body and 政府信息公开
    ['2015年兴县人民政府信息公开年度报告', '兴县人民政府'],
    // a year without 年
    ['海南州2014政府信息公开工作年度报告', '海南州人民政府'],
    ['大理白族自治州人民政府关于2011年政府信息公开工作的年度报告', '大理白族自治州人民政府'],
  ];
  it.each(cases)('%s → %s', (title, body) => {
    expect(transform(docOf([title, ...BODY]), 'report.pdf').identity.body_name).toBe(body);
  });
});
