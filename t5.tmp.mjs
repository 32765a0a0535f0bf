import { readFileSync } from 'node:fs';
import { extractBytes } from './dist/pipeline/extract/index.js';
const doc = await extractBytes('x.pdf', readFileSync('../shared/corpus/formats/seed004.pdf'));
for (const b of doc.blocks) if (b.kind === 'table') console.log(b.page, b.rows.length, JSON.stringify(b.rows[0].cells.map(c=>c.text).slice(0,4)), b.rows.some(r => r.cells.some(c => c.text.includes('本年新收'))), b.rows.some(r => r.cells.some(c => c.text.includes('总计'))));
