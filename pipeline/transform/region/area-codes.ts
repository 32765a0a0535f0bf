// Telephone area codes → the division they serve (0470 → 呼伦贝尔市), from the table
// scripts/build-area-codes.mjs derives from libphonenumber's geocoding data.
import { readFileSync } from 'node:fs';
import { dataFile, loadGazetteer, type Division } from './gazetteer.js';

let cached: Map<string, Division> | undefined;

/** The deepest division the place text names, each name inside the one before it. */
function placeDivision(place: string): Division | undefined {
  const g = loadGazetteer();
  let best: Division | undefined;
  for (let i = 0; i < place.length; i++) {
    for (let j = place.length; j >= i + 2; j--) {
      const found = (g.byName.get(place.slice(i, j)) ?? []).filter((d) => d.level !== 'township' && (!best || d.code.startsWith(best.code)));
      if (found.length === 1) {
        best = found[0];
        i = j - 1;
        break;
      }
    }
  }
  return best;
}

export function areaCodes(): Map<string, Division> {
  if (cached) return cached;
  cached = new Map();
  for (const line of readFileSync(dataFile('area-codes.csv'), 'utf8').split('\n').slice(1)) {
    const [code, place] = line.split(',');
    const d = code && place ? placeDivision(place.trim()) : undefined;
    if (d) cached.set(code!, d);
  }
  return cached;
}

// "0470-8982155", "(0477)8512345", "电话：0591 23158138"; not part of a longer digit run
const PHONE = /(?<![\d-])[（(]?(0\d{2,3})[)）]?[-－—–\s]?(\d{7,8})(?!\d)/g;

export interface PhoneClue {
  number: string;
  areaCode: string;
  division: Division;
}

export function phoneClues(text: string): PhoneClue[] {
  const table = areaCodes();
  const out: PhoneClue[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[1]!;
    // 010 and 02X are three digits with the 0; the others four
    const code = /^0(10|2\d)/.test(digits) ? digits.slice(0, 3) : digits;
    const d = table.get(code);
    if (d && !out.some((p) => p.areaCode === code)) out.push({ number: m[0].trim(), areaCode: code, division: d });
  }
  return out;
}
