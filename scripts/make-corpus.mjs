#!/usr/bin/env node
// Makes a large, realistic corpus for the benchmark from the real reports in ../shared:
// each file is a real report with another body (a township of the gazetteer), another year,
// and its figures scaled by a whole factor (every template identity is a sum, so scaling
// keeps them all true). Formats: text (the seeds and the crawler dumps), portal HTML pages
// (100–300 KB with their chrome), DOCX (written from the seeds), DOC and PDF (the real
// LibreOffice conversions, copied under new names: their figures are not rewritten).
// Files are written one at a time into province/year folders; memory stays flat.
//   node scripts/make-corpus.mjs DIR COUNT [text,html,docx,doc,pdf]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './lib/rng.mjs';
import { zip } from './lib/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const read = (p) => readFileSync(path.join(shared, p));

/** [short name as printed, report year, may its figures be scaled] of each source report. */
const BODIES = {
  '000_889672adc75fe0f6.txt': ['伊敏苏木', 2017, true],
  '001_5b48e1924422d7f6.txt': ['鄂托克旗', 2017, true],
  '002_bbda4c124945f80d.txt': ['习岗镇', 2016, true],
  '003_9e41aa4172b10319.txt': ['红花尔基镇', 2017, true],
  '004_f97d988c963e3b8a.txt': ['宝力根苏木', 2023, true],
  'seed004.html': ['宝力根苏木', 2023, true],
};

function templates() {
  const text = [];
  const html = [];
  for (const f of readdirSync(path.join(shared, 'seeds')).filter((x) => x.endsWith('.txt')))
    text.push({ name: f, body: read(`seeds/${f}`).toString('utf8'), ...meta(f) });
  for (const f of readdirSync(path.join(shared, 'corpus', 'dev', 'raw'))) {
    const year = Number(/pt(\d{4})/.exec(f)[1]);
    // the crawler dumps glue their tables: scaling would break the glued digits
    const t = { name: f, body: read(`corpus/dev/raw/${f}`).toString('utf8'), short: '平潭综合实验区', year, scale: f.endsWith('.html') };
    (f.endsWith('.html') ? html : text).push(t);
  }
  html.push({ name: 'seed004.html', body: read('corpus/formats/seed004.html').toString('utf8'), ...meta('seed004.html') });
  const binary = (ext) =>
    readdirSync(path.join(shared, 'corpus', 'formats'))
      .filter((f) => f.endsWith(`.${ext}`))
      .map((f) => read(`corpus/formats/${f}`));
  return { text, html, doc: binary('doc'), pdf: binary('pdf') };
}

function meta(f) {
  const [short, year, scale] = BODIES[f];
  return { short, year, scale };
}

function townships() {
  const rows = readFileSync(path.join(root, 'data', 'gazetteer', 'divisions.csv'), 'utf8')
    .split('\n')
    .slice(1);
  return rows
    .map((l) => l.split(','))
    .filter(([code, name]) => code?.length === 9 && /(镇|乡|苏木|街道)$/.test(name ?? ''))
    .map(([code, name]) => ({ code, name }));
}

/** The report as another body's, another year's, with its figures × k. */
function vary(t, town, year, k) {
  const dy = year - t.year;
  let s = t.body.replaceAll(t.short, town.name);
  s = s.replace(/(\d{4})(\s*年)/g, (m, y, rest) => (Number(y) === t.year || Number(y) === t.year + 1 ? `${Number(y) + dy}${rest}` : m));
  if (t.scale && k > 1) {
    // counts followed by their unit, and whole-number table cells (tab, pipe or <td>)
    s = s.replace(/(\d+)(\s*(?:条|件|项|篇|次|个|人次))/g, (m, n, u) => `${Number(n) * k}${u}`);
    s = s.replace(/(^|\t|\| ?|>)(\d+)(?=\s*(?:\t|\||<\/t[dh]>|$))/gm, (m, lead, n) => `${lead}${Number(n) * k}`);
  }
  return s;
}

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A DOCX of the text: a paragraph per line, tab-separated lines as a table. */
function docx(text) {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const para = (t) => `<w:p><w:r><w:t xml:space="preserve">${xml(t)}</w:t></w:r></w:p>`;
  const parts = [];
  let rows = [];
  const flush = () => {
    if (!rows.length) return;
    parts.push(
      `<w:tbl>${rows
        .map(
          (r) =>
            `<w:tr>${r
              .split('\t')
              .map((c) => `<w:tc>${para(c)}</w:tc>`)
              .join('')}</w:tr>`,
        )
        .join('')}</w:tbl>`,
    );
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(line);
    else {
      flush();
      if (line.trim()) parts.push(para(line.trim()));
    }
  }
  flush();
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${parts.join('')}</w:body></w:document>`,
  });
}

export function makeCorpus(out, count, formats = ['text', 'html', 'docx', 'doc', 'pdf'], seed = 7) {
  const t = templates();
  const towns = townships();
  const random = rng(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const made = Object.fromEntries(formats.map((f) => [f, 0]));
  for (let i = 0; i < count; i++) {
    const format = formats[i % formats.length];
    const town = pick(towns);
    const year = 2015 + Math.floor(random() * 10);
    const k = 1 + Math.floor(random() * 3);
    const dir = path.join(out, format, town.code.slice(0, 2), String(year));
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${town.name}-${year}-${i}`);
    if (format === 'text') writeFileSync(`${file}.txt`, vary(pick(t.text), town, year, k));
    else if (format === 'html') writeFileSync(`${file}.html`, vary(pick(t.html), town, year, k));
    else if (format === 'docx') writeFileSync(`${file}.docx`, docx(vary(pick(t.text.filter((x) => BODIES[x.name])), town, year, k)));
    else if (format === 'doc') writeFileSync(`${file}.doc`, pick(t.doc));
    else if (format === 'pdf') writeFileSync(`${file}.pdf`, pick(t.pdf));
    made[format]++;
  }
  return made;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count, formats] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: make-corpus.mjs DIR COUNT [text,html,docx,doc,pdf]');
    process.exit(2);
  }
  console.log(JSON.stringify(makeCorpus(path.resolve(dir), Number(count), formats?.split(','))));
}
