import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { readHtml } from './dist/pipeline/extract/readers/html.js';
const r = await mammoth.convertToHtml({ buffer: readFileSync('../shared/corpus/formats/seed004.docx') });
const p = readHtml(r.value, { wholeDocument: true });
console.log(p.text.length, p.blocks.length);
const p2 = readHtml('<html><body>' + r.value + '</body></html>', { wholeDocument: true });
console.log(p2.text.length, p2.blocks.length);
