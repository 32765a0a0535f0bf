import { loadGazetteer, Gazetteer } from './dist/pipeline/transform/region/gazetteer.js';
import { areaCodes } from './dist/pipeline/transform/region/area-codes.js';
const g = loadGazetteer();
const ac = areaCodes();
console.log('area codes mapped', ac.size);
for (const name of ['城关镇', '宝力根苏木', '新华街道', '伊敏苏木', '红花尔基镇', '巴彦托海镇', '太平镇', '永安镇']) {
  const ds = g.byName.get(name) ?? [];
  console.log(name, ds.length, ds.slice(0, 6).map(d => `${d.code} ${g.ancestors(d).map(a => a.name).reverse().join('/')}`).join(' | '));
}
