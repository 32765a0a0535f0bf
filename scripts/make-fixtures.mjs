#!/usr/bin/env node
// Makes the edge-case fixtures the tests need from the real seed reports in ../shared:
// re-encoded copies (GBK, GB18030, UTF-16LE/BE with and without BOM, UTF-16 with no ASCII at
// all, UTF-8 with BOM, CRLF line ends) and broken files (empty, binary junk with a report
// extension, a fake PDF, an image); HTML pages in GBK, with a wrong meta charset (GBK bytes
// declared utf-8 or iso-8859-1, UTF-8 bytes declared gb2312), in Big5, in UTF-16 without BOM
// and in heavy portal chrome; PDFs that are scans, password-protected or truncated; a corrupt
// DOCX and a zip that is no DOCX; binary data that must not pass for UTF-16 text (a real PNG,
// signature-less PNG and zip data, random bytes, 16-bit numbers, zeros).
// Output goes to test/fixtures/generated/ (not committed); the script is idempotent.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { pdf } from './lib/pdf.mjs';
import { rng } from './lib/rng.mjs';
import { zip } from './lib/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.resolve(root, '..', 'shared', 'seeds');
const formats = path.resolve(root, '..', 'shared', 'corpus', 'formats');

/** A one-page PDF whose page is a grey image and nothing else: what a scanner makes. */
function scannedPdf() {
  const w = 64;
  const h = 64;
  const pixels = Buffer.alloc(w * h, 0xc8).toString('latin1');
  const content = 'q 500 0 0 700 50 70 cm /Im1 Do Q';
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

/** A PDF under the standard security handler whose user password is not empty. */
function protectedPdf() {
  const content = 'BT /F1 12 Tf 72 720 Td (secret) Tj ET';
  const hex = (n) => Buffer.alloc(32, n).toString('hex');
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x4f)}> /U <${hex(0x55)}> /P -44 >>`,
    ],
    `/Encrypt 5 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`,
  );
}

/**
 * A DOCX as Word writes one: a header and a footer with a PAGE field, paragraphs, and a table
 * with a cell merged across two columns (gridSpan) and one merged down two rows (vMerge).
 */
function wordDocx() {
  const W =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const p = (t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  const tc = (t, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(t)}</w:tc>`;
  const table = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr>${tc('统计指标')}${tc('单位')}${tc('统计数')}</w:tr>
<w:tr>${tc('（一）主动公开政府信息数', '<w:gridSpan w:val="2"/>')}${tc('665')}</w:tr>
<w:tr>${tc('依申请公开', '<w:vMerge w:val="restart"/>')}${tc('（一）收到申请数')}${tc('3')}</w:tr>
<w:tr>${tc('', '<w:vMerge/>')}${tc('（三）申请答复数')}${tc('3')}</w:tr></w:tbl>`;
  const body = `${p('习岗镇2016年政府信息公开工作年度报告')}${p('本年度主动公开政府信息665条，收到政府信息公开申请3件。')}${table}${p('习岗镇人民政府')}
<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>`;
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    'word/header1.xml': `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}>${p('贺兰县人民政府办公室 印发')}</w:hdr>`,
    'word/footer1.xml': `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${W}><w:p><w:r><w:t>第 </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t> 页</w:t></w:r></w:p></w:ftr>`,
  });
}

/**
 * A two-page PDF as a publisher's export lays one out: a running header and a page number on
 * each page, a paragraph that wraps, figures aligned in columns without rulings, and a ruled
 * table that starts on page 1 and goes on at the top of page 2. The CJK text uses the non-
 * embedded Adobe-GB1 font STSong-Light, which PDF readers decode through their CJK character maps.
 */
function layoutPdf() {
  const hex = (t) => `<${[...t].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
  const text = (x, y, t, size = 12) => `BT /F1 ${size} Tf ${x} ${y} Td ${hex(t)} Tj ET`;
  const rule = (x1, y1, x2, y2) => `${x1} ${y1} m ${x2} ${y2} l S`;
  // a table of rows (label, unit, value) with its ruling lines, from the top y down
  const ruled = (rows, top) => {
    const out = ['0.5 w'];
    const xs = [60, 300, 400, 520];
    rows.forEach((r, i) => {
      const y = top - 24 * (i + 1);
      out.push(text(66, y + 7, r[0]), text(306, y + 7, r[1]), text(406, y + 7, r[2]));
      out.push(rule(60, y, 520, y));
    });
    out.push(rule(60, top, 520, top));
    for (const x of xs) out.push(rule(x, top, x, top - 24 * rows.length));
    return out;
  };
  const furniture = (n) => [text(200, 805, '习岗镇人民政府信息公开年报', 9), text(290, 30, `- ${n} -`, 10)];
  const page1 = [
    ...furniture(1),
    text(150, 760, '习岗镇2016年政府信息公开工作年度报告', 16),
    text(84, 720, '一、主动公开情况'),
    // 38 characters of 12 pt from x 84 run to 540, the right margin: the line wraps
    text(84, 700, '本年度我镇通过政府网站和公示栏主动公开政府信息共计六百六十五条其中通过政'),
    text(60, 684, '府网站公开五百八十四条。'),
    text(84, 650, '二、依申请公开情况'),
    text(60, 626, '收到申请数'),
    text(300, 626, '件'),
    text(400, 626, '3'),
    text(60, 606, '申请答复数'),
    text(300, 606, '件'),
    text(400, 606, '3'),
    text(84, 570, '三、统计表'),
    ...ruled(
      [
        ['统计指标', '单位', '统计数'],
        ['行政复议数量', '件', '0'],
      ],
      100,
    ),
  ].join('\n');
  const page2 = [
    ...furniture(2),
    ...ruled(
      [
        ['行政诉讼数量', '件', '0'],
        ['举报投诉数量', '件', '0'],
      ],
      790,
    ),
    text(400, 700, '习岗镇人民政府'),
  ].join('\n');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>',
    `<< /Length ${Buffer.byteLength(page1, 'latin1')} >>\nstream\n${page1}\nendstream`,
    `<< /Length ${Buffer.byteLength(page2, 'latin1')} >>\nstream\n${page2}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [8 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] /FontDescriptor 9 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/** The report's HTML inside a portal page: navigation, breadcrumbs, share buttons, related links, footer. */
function inChrome(html) {
  const body = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
  const links = (n, what) =>
    Array.from({ length: n }, (_, i) => `<li><a href="/${what}/${i}.html">${what}栏目${i}：关于印发政务服务事项清单的通知</a></li>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>宝力根苏木2023年政府信息公开工作年度报告_锡林浩特市人民政府</title></head><body>
<div class="header"><div class="logo">锡林浩特市人民政府</div><ul class="nav">${links(12, '首页导航')}</ul></div>
<div class="position">您的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="main"><div class="left-menu"><ul>${links(20, '信息公开目录')}</ul></div>
<div class="article"><div class="share">分享到：微信 微博 QQ空间 打印本页 关闭窗口</div>${body}
<div class="related"><h3>相关链接</h3><ul>${links(15, '相关')}</ul></div></div></div>
<div class="footer">主办单位：锡林浩特市人民政府办公室 地址：锡林浩特市 联系电话：0479-8888888 蒙ICP备05000000号 网站标识码1525020001</div>
</body></html>`;
}
/**
 * The text with no ASCII left: printable ASCII as its full-width form, spaces as U+3000, line
 * ends as U+2029 (paragraph separator). In UTF-16 it has no NUL byte at all.
 */
function withoutAscii(text) {
  return text
    .replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/ /g, '\u3000')
    .replace(/\n/g, '\u2029');
}

/** A real PNG: a 32×32 RGB gradient, deflated, with its chunks' CRCs. */
function png() {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const w = 32;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(w, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const rows = [];
  for (let y = 0; y < w; y++) {
    rows.push(0); // filter type None
    for (let x = 0; x < w; x++) rows.push(x * 8, y * 8, (x * y) % 256);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Files that still parse but are damaged (test/extract/damaged.test.ts, test/load/damaged.test.ts):
 * real PDFs with 100 bytes flipped in the middle (one run of 100; or 100 bytes spread over the
 * middle fifth), with one page's content stream broken, with a startxref that points nowhere,
 * with a page tree that claims two pages more than it has;
 * and a UTF-8 text with a few bytes that are no UTF-8. Each must load with a finding that says
 * so, and `status` must list it.
 */
function damagedFixtures(dir) {
  mkdirSync(dir, { recursive: true });
  const real = path.resolve(root, '..', 'shared', 'corpus', 'real');
  const flipRun = (bytes) => {
    const copy = Buffer.from(bytes);
    const mid = copy.length >> 1;
    for (let i = mid - 50; i < mid + 50; i++) copy[i] ^= 0xff;
    return copy;
  };
  const flipSpread = (bytes) => {
    const copy = Buffer.from(bytes);
    const from = Math.floor(copy.length * 0.4);
    const step = Math.floor((copy.length * 0.2) / 100);
    for (let i = 0; i < 100; i++) copy[from + i * step] ^= 0xff;
    return copy;
  };
  const seed002 = readFileSync(path.join(formats, 'seed002.pdf'));
  writeFileSync(path.join(dir, 'flipped-run-seed002.pdf'), flipRun(seed002));
  writeFileSync(path.join(dir, 'flipped-spread-seed002.pdf'), flipSpread(seed002));
  writeFileSync(path.join(dir, 'flipped-run-huaian_2024.pdf'), flipRun(readFileSync(path.join(real, 'huaian_2024.pdf'))));
  // page 2's content stream (object 5) damaged 60 bytes in: the page gives no text, the others do
  const page2 = Buffer.from(seed002);
  const at = page2.indexOf('stream', page2.indexOf('\n5 0 obj')) + 60;
  for (let i = at; i < at + 20; i++) page2[i] ^= 0xff;
  writeFileSync(path.join(dir, 'broken-page-seed002.pdf'), page2);
  // the startxref offset points nowhere: MuPDF rebuilds the cross-reference table and reads it all
  const xref = Buffer.from(seed002);
  const sx = xref.lastIndexOf('startxref') + 'startxref\n'.length;
  xref.write('1'.padStart(xref.indexOf('\n', sx) - sx, '0'), sx, 'latin1');
  writeFileSync(path.join(dir, 'bad-xref-seed002.pdf'), xref);
  // the page tree claims 7 pages and has 5: pages 6 and 7 cannot be loaded
  const count = Buffer.from(seed002);
  count.write('/Count 7', count.lastIndexOf('/Count 5'), 'latin1');
  writeFileSync(path.join(dir, 'page-count-seed002.pdf'), count);
  const text = Buffer.from(readFileSync(path.join(seeds, '002_bbda4c124945f80d.txt')));
  for (const at of [300, 1200, 2400]) text[at] = 0xff;
  writeFileSync(path.join(dir, 'invalid-utf8.txt'), text);
}

const out = path.join(root, 'test', 'fixtures', 'generated');

export function makeFixtures() {
  rmSync(out, { recursive: true, force: true });
  const enc = path.join(out, 'encodings');
  const bad = path.join(out, 'broken');
  mkdirSync(enc, { recursive: true });
  mkdirSync(bad, { recursive: true });
  for (const seed of ['000_889672adc75fe0f6', '002_bbda4c124945f80d', '004_f97d988c963e3b8a']) {
    const text = readFileSync(path.join(seeds, `${seed}.txt`), 'utf8');
    writeFileSync(path.join(enc, `${seed}.gbk.txt`), iconv.encode(text, 'gbk'));
    writeFileSync(path.join(enc, `${seed}.gb18030.txt`), iconv.encode(text, 'gb18030'));
    writeFileSync(path.join(enc, `${seed}.utf16le.txt`), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
    writeFileSync(path.join(enc, `${seed}.utf16be.txt`), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]));
    // UTF-16 without a BOM (Notepad's "Unicode" saved by a tool that drops it): told by its byte pattern
    writeFileSync(path.join(enc, `${seed}.utf16le-nobom.txt`), iconv.encode(text, 'utf16le'));
    writeFileSync(path.join(enc, `${seed}.utf16be-nobom.txt`), iconv.encode(text, 'utf16-be'));
    // ... and with no ASCII at all, so no NUL byte to go by
    writeFileSync(path.join(enc, `${seed}.utf16le-noascii.txt`), iconv.encode(withoutAscii(text), 'utf16le'));
    writeFileSync(path.join(enc, `${seed}.utf16be-noascii.txt`), iconv.encode(withoutAscii(text), 'utf16-be'));
    writeFileSync(path.join(enc, `${seed}.utf8bom.txt`), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(path.join(enc, `${seed}.crlf.txt`), text.replace(/\n/g, '\r\n'));
    // full-width digits and ideographic spaces, as some portals print them
    const wide = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
    writeFileSync(path.join(enc, `${seed}.fullwidth.txt`), wide);
  }
  writeFileSync(path.join(bad, 'empty.txt'), '');
  writeFileSync(path.join(bad, 'junk.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(path.join(bad, 'not-a-pdf.pdf'), 'this is plain text pretending to be a PDF');
  writeFileSync(path.join(bad, 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  writeFileSync(path.join(bad, 'sheet.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  writeFileSync(path.join(bad, 'scan.pdf'), scannedPdf());
  writeFileSync(path.join(bad, 'protected.pdf'), protectedPdf());
  const realPdf = readFileSync(path.join(formats, 'seed000.pdf'));
  writeFileSync(path.join(bad, 'truncated.pdf'), realPdf.subarray(0, Math.floor(realPdf.length / 3)));
  const realDocx = readFileSync(path.join(formats, 'seed000.docx'));
  writeFileSync(path.join(bad, 'corrupt.docx'), realDocx.subarray(0, Math.floor(realDocx.length / 2)));
  writeFileSync(path.join(bad, 'not-word.docx'), zip({ 'readme.txt': 'a zip archive, not a Word document' }));
  writeFileSync(path.join(bad, 'report.wps'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  const html = readFileSync(path.join(formats, 'seed004.html'), 'utf8');
  writeFileSync(path.join(bad, 'page-saved-as.pdf'), html);

  const pages = path.join(out, 'html');
  mkdirSync(pages, { recursive: true });
  const gbk = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
  writeFileSync(path.join(pages, 'seed004.gbk.html'), iconv.encode(gbk, 'gbk'));
  // GBK bytes and no charset anywhere: the decoder has to sniff
  writeFileSync(path.join(pages, 'seed004.gbk-nometa.html'), iconv.encode(html.replace('<meta charset="utf-8">', ''), 'gbk'));
  // UTF-8 bytes under a page that claims GB2312 (a template copied between sites)
  writeFileSync(path.join(pages, 'seed004.wrong-meta.html'), html.replace('<meta charset="utf-8">', '<meta charset="gb2312">'));
  writeFileSync(path.join(pages, 'seed004.chrome.html'), inChrome(html));
  // GBK bytes under the page's own <meta charset="utf-8">: the bytes are not UTF-8, GB18030 reads them
  writeFileSync(path.join(pages, 'seed004.gbk-utf8meta.html'), iconv.encode(html, 'gbk'));
  // GBK bytes declared iso-8859-1 (windows-1252 reads every byte, but as no Chinese)
  writeFileSync(
    path.join(pages, 'seed004.gbk-latin1meta.html'),
    iconv.encode(html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'), 'gbk'),
  );
  // a Big5 page that says so (simplified characters Big5 lacks become "?": a lossy copy)
  writeFileSync(path.join(pages, 'seed004.big5.html'), iconv.encode(html.replace('<meta charset="utf-8">', '<meta charset="big5">'), 'big5'));
  // UTF-16 pages without a BOM
  writeFileSync(path.join(pages, 'seed004.utf16le.html'), iconv.encode(html, 'utf16le'));
  writeFileSync(path.join(pages, 'seed004.utf16be.html'), iconv.encode(html, 'utf16-be'));

  // binary data that must stay binary, NUL bytes and all (not UTF-16 text)
  const bin = path.join(out, 'binary');
  mkdirSync(bin, { recursive: true });
  const image = png();
  writeFileSync(path.join(bin, 'image.png'), image);
  writeFileSync(path.join(bin, 'image-body.txt'), image.subarray(8));
  writeFileSync(path.join(bin, 'zip-body.txt'), realDocx.subarray(4));
  writeFileSync(path.join(bin, 'pdf-body.txt'), realPdf.subarray(4));
  const random = rng(20261215);
  writeFileSync(path.join(bin, 'random.txt'), Buffer.from(Array.from({ length: 8192 }, () => Math.floor(random() * 256))));
  // 16-bit little-endian numbers below 256: a NUL in every other byte, like UTF-16 ASCII
  writeFileSync(path.join(bin, 'samples16.txt'), Buffer.from(Array.from({ length: 8192 }, (_, i) => (i % 2 ? 0 : Math.floor(random() * 256)))));
  writeFileSync(path.join(bin, 'zeros.txt'), Buffer.alloc(4096));

  const made = path.join(out, 'formats');
  mkdirSync(made, { recursive: true });
  writeFileSync(path.join(made, 'word.docx'), wordDocx());
  writeFileSync(path.join(made, 'layout.pdf'), layoutPdf());
  damagedFixtures(path.join(out, 'damaged'));
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`fixtures written to ${makeFixtures()}`);
}
