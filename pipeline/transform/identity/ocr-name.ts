// A scan's body name misread in one character (准安市 for 淮安市, 哪托克旗 for 鄂托克旗, 伊人敏苏木
// for 伊敏苏木): the
// title is one line of OCR, while the report names its own body again and again in its text.
// The spelling the text uses more often, one character apart and with the same ending, is the
// name; identify.ts takes it only where it names a place the gazetteer knows and the misread
// one does not.
import { shortName } from './body.js';

const HAN = /[\u3400-\u9fff]/;

/**
 * One character replaced, or one dropped or added inside the name: a name cut at either end
 * (安市 in 淮安市) or run into the word before it is another word, not a misreading.
 */
function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let diff = 0;
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) diff++;
    return diff === 1;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || long[0] !== short[0]) return false;
  for (let k = 1; k < long.length - 1; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}

/**
 * The body name with its place spelled as the text spells it elsewhere, one character apart,
 * the most frequent spelling first; identify.ts takes the one that names a known place.
 */
export function textSpellings(name: string, text: string): string[] {
  const place = shortName(name);
  // two characters and a level word (准安市) at least: a shorter word is too easily another one
  if (place.length < 3) return [];
  const variants = new Map<string, number>();
  const last = place[place.length - 1]!;
  for (let i = text.indexOf(last, place.length - 2); i >= 0; i = text.indexOf(last, i + 1)) {
    // the same length (a character misread), one shorter or one longer (one dropped or added)
    for (const len of [place.length - 1, place.length, place.length + 1]) {
      const w = text.slice(i - len + 1, i + 1);
      if (w.length !== len || w === place || ![...w].every((c) => HAN.test(c))) continue;
      if (oneEditApart(w, place)) variants.set(w, (variants.get(w) ?? 0) + 1);
    }
  }
  return [...variants].sort((a, b) => b[1] - a[1]).map(([w]) => w + name.slice(place.length));
}

/**
 * The places in a scan's body name spelled as the gazetteer spells the region it resolved to:
 * 咒兰县习岗镇人民政府, resolved to 贺兰县 习岗镇 by its other clues, is 贺兰县习岗镇人民政府. Only
 * a place one character from a name of that region, and at least three characters long.
 */
export function respellPlaces(name: string, places: readonly string[]): string {
  let out = name;
  for (const p of places) {
    if (p.length < 3 || out.includes(p)) continue;
    for (let i = 0; i + p.length <= out.length; i++) {
      const w = out.slice(i, i + p.length);
      if ([...w].every((c) => HAN.test(c)) && oneEditApart(w, p)) {
        out = out.slice(0, i) + p + out.slice(i + p.length);
        break;
      }
    }
  }
  return out;
}
