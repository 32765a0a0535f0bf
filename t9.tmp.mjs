import { readFileSync } from 'node:fs';
import { readHtml } from './dist/pipeline/extract/readers/html.js';
import { decodeBytes } from './dist/pipeline/extract/decode.js';
const b = readFileSync('test/fixtures/generated/fuzz/nested.html');
let t = Date.now(); const d = decodeBytes(b, { html: true }); console.log('decode', Date.now() - t);
t = Date.now(); try { readHtml(d.text); } catch (e) { console.log(e.message); } console.log('readHtml', Date.now() - t);
