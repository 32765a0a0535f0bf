// The DOCX reader reads word/document.xml itself (saxes): merged cells, revisions, fields,
// tabs and breaks, nested tables and text boxes, on DOCX files made in the test. The model is
// the one mammoth → HTML → the HTML reader gave (every real and generated DOCX was compared).
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Block, Table } from '../../../pipeline/extract/model.js';
import { readDocx } from '../../../pipeline/extract/readers/docx.js';
// @ts-expect-error: a plain ESM script of the repository (the fixture writer), no types
import { zipRaw } from '../../../scripts/lib/zip.mjs';
import { docx, p, tbl, tc, tr } from './docx-fixture.js';

const read = async (body: string, parts?: Record<string, string>) => readDocx(docx(body, parts), 'case.docx');
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table');
const grid = (t: Table) => t.rows.map((r) => r.cells.map((c) => (c.span ? `${c.text}^${c.span}` : c.text)));

describe('DOCX read as XML', () => {
  it('expands gridSpan to colspan and vMerge restart/continue to rowspan, copies marked', async () => {
    const { blocks, text } = await read(
      tbl(
        tr(tc('情况'), tc('本年', '<w:gridSpan w:val="2"/>')),
        tr(tc('（三）不予公开', '<w:vMerge w:val="restart"/>'), tc('1.属于国家秘密'), tc('3')),
        tr(tc('', '<w:vMerge/>'), tc('2.其他法律禁止'), tc('0')),
      ),
    );
    expect(grid(tables(blocks)[0]!)).toEqual([
      ['情况', '本年', '本年^col'],
      ['(三)不予公开', '1.属于国家秘密', '3'],
      ['(三)不予公开^row', '2.其他法律禁止', '0'],
    ]);
    expect(text.split('\n')).toEqual(['情况\t本年', '(三)不予公开\t1.属于国家秘密\t3', '(三)不予公开\t2.其他法律禁止\t0']);
  });

  it('skips deleted runs and keeps inserted ones', async () => {
    const { blocks } = await read(
      '<w:p><w:r><w:t>收到申请</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>15</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="a"><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>',
    );
    expect(paragraphs(blocks)).toEqual(['收到申请12件']);
  });

  it('joins a paragraph whose mark was deleted to the next one', async () => {
    const del = '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>本年度</w:t></w:r></w:p>';
    expect(paragraphs((await read(del + p('共收到申请5件'))).blocks)).toEqual(['本年度共收到申请5件']);
  });

  it('reads a field by its result, not its instruction', async () => {
    const field =
      '<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
      '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>';
    const simple = '<w:p><w:r><w:t>共</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>8</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>';
    expect(paragraphs((await read(field + simple)).blocks)).toEqual(['第 3 页', '共8页']);
  });

  it('writes a tab as a space in prose, and a line break starts a paragraph (a line in a cell)', async () => {
    const body =
      '<w:p><w:r><w:t>受理</w:t><w:tab/><w:t>12件</w:t><w:br/><w:t>办结</w:t><w:br w:type="page"/><w:t>10件</w:t><w:cr/><w:t>完</w:t></w:r></w:p>' +
      tbl(tr(tc('<w:p><w:r><w:t>申请</w:t><w:br/><w:t>数量</w:t></w:r></w:p>'), tc('5')), tr(tc('合计'), tc('5')), tr(tc('其中'), tc('0')));
    const { blocks } = await read(body);
    expect(paragraphs(blocks)).toEqual(['受理 12件', '办结10件', '完']);
    expect(tables(blocks)[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['申请\n数量', '5']);
  });

  it('reads a table that holds a table as paragraphs, and the inner table as a grid', async () => {
    const inner = tbl(tr(tc('项目'), tc('数量')), tr(tc('申请'), tc('7')));
    const { blocks } = await read(p('前言') + tbl(tr(tc(['外层说明', inner, '外层结尾']), tc('右栏'))) + p('结语'));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph', 'paragraph', 'paragraph']);
    expect(paragraphs(blocks)).toEqual(['前言', '外层说明', '外层结尾', '右栏', '结语']);
    expect(grid(tables(blocks)[0]!)).toEqual([
      ['项目', '数量'],
      ['申请', '7'],
    ]);
  });

  it('puts a text box after its paragraph (the VML fallback), and leaves footnotes and headers out', async () => {
    const box =
      '<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback>' +
      '<w:pict><v:shape><v:textbox><w:txbxContent>' +
      p('文本框') +
      '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>' +
      '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>继续</w:t></w:r></w:p>';
    const parts = {
      'word/footnotes.xml': `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${'<w:footnote w:id="1">' + p('脚注') + '</w:footnote>'}</w:footnotes>`,
      'word/header1.xml': `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${p('页眉')}</w:hdr>`,
    };
    expect(paragraphs((await read(box, parts)).blocks)).toEqual(['正文继续', '文本框']);
  });

  it('never inflates the main part past the size the zip declares for it', async () => {
    const xml = Buffer.from(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('很长的正文'.repeat(2000))}</w:body></w:document>`,
    );
    const lying = zipRaw([{ name: 'word/document.xml', raw: deflateRawSync(xml), crc: crc32(xml), size: 100 }]) as Uint8Array;
    await expect(readDocx(lying, 'lying.docx')).rejects.toThrow(/corrupt DOCX/);
  });

  it('fails a zip without a Word document, and a document that is not XML', async () => {
    await expect(readDocx(docx('', {}).slice(0, 0), 'empty.docx')).rejects.toThrow(/corrupt or truncated zip/);
    await expect(read('<w:p><w:r><w:t>未闭合</w:r></w:p>')).rejects.toThrow(/corrupt DOCX/);
  });
});
