// Which strings are names of places: every division of the gazetteer (provinces down to
// townships, with the aliases people write: 鄂温克旗, 内蒙古, 海南州), and the names a county,
// city or province had before it was renamed or merged (邵东县, now 邵东市: history.ts).
// Body names are read against these: 北京市大兴区 + 统计局.
import { loadGazetteer } from './gazetteer.js';
import { loadHistory } from './history.js';

// township-level units of the gazetteer named only by their kind (a 街道 called 街道, the
// 经济开发区 of a dozen counties, 农场, 苗圃): in a body name they are no place of their own
export const GENERIC_UNIT =
  /^(?:街道|(?:经济|经济技术|高新技术产业|高新技术|高新|工业|产业|农业|科技)?(?:开发区|园区|工业区)|高新区|[农林盐牛渔茶鹿马羊]场|苗圃)$/;
// and units the gazetteer lists by the organ that runs them (新华街道办事处, 社会事务局, …管委会):
// in a body name that is the organ, not a place
export const ORGAN_NAMED = /(?:办事处|管委会|委员会|政府|局|委|办|中心|公司|处|所|站|部|署|厅|院|室)$/;

/** Is `s` exactly the name (or an alias) of a division? */
export function isPlaceName(s: string): boolean {
  if (GENERIC_UNIT.test(s) || ORGAN_NAMED.test(s)) return false;
  return loadGazetteer().byName.has(s) || loadHistory().byName.has(s);
}

const LONGEST = 24;

/** The place names `s` starts with, in order, each the longest name at its position: 北京市大兴区统计局 → [北京市, 大兴区]. */
export function leadingPlaceNames(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    let next = 0;
    for (let j = Math.min(s.length, i + LONGEST); j >= i + 2; j--) {
      if (isPlaceName(s.slice(i, j))) {
        next = j;
        break;
      }
    }
    if (!next) break;
    out.push(s.slice(i, next));
    i = next;
  }
  return out;
}

/** The run of place names `s` starts with: 北京市大兴区统计局 → 北京市大兴区; '' when it starts with none. */
export function leadingPlaces(s: string): string {
  return leadingPlaceNames(s).join('');
}
