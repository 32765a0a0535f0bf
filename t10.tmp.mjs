import { readFileSync } from 'node:fs';
import { extractBytes } from './dist/pipeline/extract/index.js';
import { transform } from './dist/pipeline/transform/index.js';
const files = process.argv.slice(2);
const bufs = files.map(f => readFileSync(f));
// warm
for (let i = 0; i < 3; i++) for (let j = 0; j < files.length; j++) transform(await extractBytes(files[j], bufs[j]), files[j]);
let te = 0, tt = 0; const N = 20;
for (let i = 0; i < N; i++) for (let j = 0; j < files.length; j++) {
  const a = performance.now(); const d = await extractBytes(files[j], bufs[j]); const b = performance.now(); transform(d, files[j]); const c = performance.now();
  te += b - a; tt += c - b;
}
const n = N * files.length;
console.log(`extract ${(te / n).toFixed(2)} ms, transform ${(tt / n).toFixed(2)} ms per file; ${(n / ((te + tt) / 1000)).toFixed(0)} files/s on one core`);
