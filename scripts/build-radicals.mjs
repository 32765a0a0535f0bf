#!/usr/bin/env node
// Derives data/unicode/equivalent-ideographs.csv — CJK radical or stroke → the unified
// ideograph it stands for — from Unicode's EquivalentUnifiedIdeograph.txt, so that the run
// reads a small table offline (pipeline/extract/ideographs.ts). Dev-time only: the source
// comes with the Debian package unicode-data (/usr/share/unicode/), or download it from
// https://www.unicode.org/Public/<version>/ucd/EquivalentUnifiedIdeograph.txt. Run:
//   node scripts/build-radicals.mjs [path/to/EquivalentUnifiedIdeograph.txt]
// Every mapping line is kept, ranges ("2E8C..2E8D ; 5C0F") expanded to one row per code
// point. The radicals and strokes the file lists as having no equivalent are left out.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2] ?? '/usr/share/unicode/EquivalentUnifiedIdeograph.txt';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'data', 'unicode', 'equivalent-ideographs.csv');

const text = readFileSync(source, 'utf8');
const version = /^#\s*EquivalentUnifiedIdeograph-([\d.]+)\.txt/m.exec(text)?.[1];
if (!version) {
  console.error(`${source}: not an EquivalentUnifiedIdeograph.txt (no version header)`);
  process.exit(2);
}
const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');
const rows = [];
for (const line of text.split('\n')) {
  const data = line.replace(/#.*/, '').trim();
  if (!data) continue;
  const m = /^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})$/i.exec(data);
  if (!m) throw new Error(`${source}: unexpected line: ${line}`);
  const first = parseInt(m[1], 16);
  const last = m[2] ? parseInt(m[2], 16) : first;
  const target = parseInt(m[3], 16);
  for (let cp = first; cp <= last; cp++) rows.push([cp, target]);
}
rows.sort((a, b) => a[0] - b[0]);
mkdirSync(path.dirname(out), { recursive: true });
// the comment line is the notice of modification the Unicode licence asks of a derived file
const head = `# Derived from Unicode EquivalentUnifiedIdeograph-${version}.txt (ranges expanded, reformatted) by scripts/build-radicals.mjs; see LICENSE\n`;
const body = rows.map(([cp, to]) => `${hex(cp)},${String.fromCodePoint(cp)},${hex(to)},${String.fromCodePoint(to)}`).join('\n');
writeFileSync(out, `${head}code,char,ideograph_code,ideograph\n${body}\n`);
console.log(`wrote ${rows.length} mappings (Unicode ${version}) to ${out}`);
