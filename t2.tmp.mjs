import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
const base = path.resolve('node_modules/pdfjs-dist');
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, cMapUrl: base + '/cmaps/', cMapPacked: true, standardFontDataUrl: base + '/standard_fonts/', isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const page = await doc.getPage(Number(process.argv[3] ?? 1));
const names = Object.fromEntries(Object.entries(OPS).map(([k, v]) => [v, k]));
const ops = await page.getOperatorList();
let n = 0;
ops.fnArray.forEach((f, i) => {
  if (f === OPS.constructPath && n++ < 12) { const a = ops.argsArray[i]; console.log(names[a[0]], Array.from(a[1][0] ?? []).map(x=>+x.toFixed(1)).join(','), Array.from(a[2]).map(x=>+x.toFixed(1))); }
  if (f === OPS.transform) console.log('cm', ops.argsArray[i]);
});
const tc = await page.getTextContent();
const lines = new Map();
for (const it of tc.items) { if (!it.str.trim()) continue; const y = Math.round(it.transform[5]); (lines.get(y) ?? lines.set(y, []).get(y)).push(`${it.str}@${Math.round(it.transform[4])}`); }
for (const [y, l] of [...lines].slice(0, Number(process.argv[4] ?? 50))) console.log(y, l.join(' '));
