// A scan's figures stand only where the report vouches for them (ocr-gate.ts). Built from the
// real 淮安 2024 PDF's document as if OCR had read it: every cell given a confidence, then one
// digit misread, as OCR misreads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes, type Document } from '../../pipeline/extract/index.js';
import { transform } from '../../pipeline/transform/index.js';
import { HIGH_CONFIDENCE } from '../../pipeline/transform/ocr-gate.js';
import { SHARED, docOf, metricsOf } from '../helpers.js';

const FILE = path.join(SHARED, 'corpus', 'real', 'huaian_2024.pdf');
const text = await extractBytes(FILE, readFileSync(FILE));

/** The document as OCR would give it: each cell and paragraph with `conf`, `edit` applied to cells. */
function scanned(conf: number, edit: (cell: string, rowText: string) => string = (c) => c): Document {
  const doc = structuredClone(text);
  doc.ocr = { pages: 6, dpi: 300, skew: [0, 0, 0, 0, 0, 0] };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') b.conf = conf;
    else
      for (const r of b.rows) {
        const rowText = r.cells.map((c) => c.text).join(' ');
        for (const c of r.cells) {
          c.text = edit(c.text, rowText);
          c.conf = conf;
        }
      }
  }
  return doc;
}

describe('OCR figures of a 2021 table', () => {
  const clean = transform(text, FILE);
  const want = metricsOf(clean);

  it('are all kept, flagged ocr with their confidence, where the identities hold', () => {
    const r = transform(scanned(70), FILE);
    const got = metricsOf(r);
    // every 表三 and 表四 figure: the identities cover them all
    for (const [k, v] of Object.entries(want)) if (/^(applications|review)\./.test(k)) expect(got[k], k).toBe(v);
    const m = r.metrics.find((x) => x.key === 'applications.granted.total')!;
    expect(m.flags).toContain('ocr');
    expect(m.confidence).toBe(70);
  });

  it('a misread digit leaves its cell absent, with a finding naming it, and nothing else of the table', () => {
    // 1288 (（一）予以公开, 自然人) read as 1238
    const r = transform(
      scanned(99, (c, row) => (c === '1288' && row.includes('予以公开') ? '1238' : c)),
      FILE,
    );
    const got = metricsOf(r);
    expect(got['applications.granted.natural_person']).toBeUndefined();
    const finding = r.issues.find((i) => i.code === 'ocr_unconfirmed' && i.message.startsWith('applications.granted.natural_person'));
    expect(finding?.message).toMatch(
      /OCR read "1238" in "[^"]*予以公开 \| 1238 \| 21[^"]*"; T3-RES\.natural_person, T3-ROW\.granted do not hold, and it is the cell they share; left absent$/,
    );
    // the row's other cells and the column's other rows still add up in another identity
    expect(got['applications.granted.total']).toBe(want['applications.granted.total']);
    expect(got['applications.handled.natural_person']).toBe(want['applications.handled.natural_person']);
    // no figure differs from the text layer's: absent at worst
    for (const [k, v] of Object.entries(got)) expect(v, k).toBe(want[k]);
  });

  it('the same misread in a cell and in its row total (11 as 1): the row adds up, the columns do not, and no figure of theirs stands', () => {
    // （四）2.没有现成信息需要另行制作: 11 (自然人) and 11 (总计) both read as 1
    const r = transform(
      scanned(99, (c, row) => (c === '11' && row.includes('没有现成信息') ? '1' : c)),
      FILE,
    );
    const got = metricsOf(r);
    expect(got['applications.unavailable.needs_creation.natural_person']).toBeUndefined();
    expect(got['applications.unavailable.needs_creation.total']).toBeUndefined();
    // the row's own identity holds, but the two columns it is in do not: none of their cells is vouched for
    expect(got['applications.granted.natural_person']).toBeUndefined();
    expect(got['applications.handled.total']).toBeUndefined();
    // the columns that add up stand
    expect(got['applications.granted.commercial']).toBe(want['applications.granted.commercial']);
    for (const [k, v] of Object.entries(got)) expect(v, k).toBe(want[k]);
  });

  it('a figure no identity covers needs high confidence (表二)', () => {
    const low = metricsOf(transform(scanned(HIGH_CONFIDENCE - 1), FILE));
    const high = metricsOf(transform(scanned(HIGH_CONFIDENCE), FILE));
    expect(want['penalty.decisions']).toBe(3985758);
    expect(low['penalty.decisions']).toBeUndefined();
    expect(high['penalty.decisions']).toBe(3985758);
  });
});

describe('OCR figures of prose', () => {
  const paras = ['伊敏苏木人民政府2017年政府信息公开工作年度报告', '2017年，我苏木主动公开政府信息224条。全年未收到政府信息公开申请。'];
  const asScan = (conf: number): Document => {
    const doc = docOf(paras);
    doc.ocr = { pages: 1, dpi: 300, skew: [0] };
    for (const b of doc.blocks) if (b.kind === 'paragraph') b.conf = conf;
    return doc;
  };

  it("are judged by their own words' confidence where OCR gave each character one", () => {
    const doc = asScan(50);
    const p = doc.blocks[1] as Extract<Document['blocks'][number], { kind: 'paragraph' }>;
    // every character sure but the year's "7"; the figure's words (主动公开政府信息224条) all sure
    const chars = [...p.text.replace(/\s+/g, '')];
    p.charConf = chars.map((c, i) => (c === '7' && i < 6 ? 30 : 97));
    expect(metricsOf(transform(doc, 'x.pdf'))['proactive.total']).toBe(224);
    // and a figure whose own digit is unsure is left absent
    p.charConf = chars.map((c) => (c === '4' ? 60 : 97));
    expect(metricsOf(transform(doc, 'x.pdf'))['proactive.total']).toBeUndefined();
  });

  it('are kept with the sentence rule and high confidence, left absent under it', () => {
    expect(metricsOf(transform(docOf(paras), 'x.txt'))['proactive.total']).toBe(224);
    expect(metricsOf(transform(asScan(95), 'x.pdf'))['proactive.total']).toBe(224);
    const low = transform(asScan(60), 'x.pdf');
    expect(metricsOf(low)['proactive.total']).toBeUndefined();
    expect(low.issues.find((i) => i.code === 'ocr_unconfirmed')?.message).toMatch(/^proactive\.total: OCR read .*confidence is 60, under 90; left absent/);
  });
});
