import { readFileSync, readdirSync } from 'node:fs';
import { extractBytes } from './dist/pipeline/extract/index.js';
import { transform } from './dist/pipeline/transform/index.js';
const srcs = { seed000: '../shared/seeds/000_889672adc75fe0f6.txt', seed001: '../shared/seeds/001_5b48e1924422d7f6.txt', seed002: '../shared/seeds/002_bbda4c124945f80d.txt', seed003: '../shared/seeds/003_9e41aa4172b10319.txt', seed004: '../shared/corpus/formats/seed004.html' };
for (const [stem, src] of Object.entries(srcs)) {
  const m = async (f) => { const d = await extractBytes(f, readFileSync(f)); const r = transform(d, f); return { m: Object.fromEntries(r.metrics.map(x => [x.key, `${x.value}|${x.flags.join(',')}`])), i: r.issues.map(i => i.code + ':' + (i.check ?? '')).sort(), id: r.identity, region: r.region.code, t: r.template }; };
  const base = await m(src);
  for (const ext of ['docx', 'doc', 'pdf']) {
    const o = await m(`../shared/corpus/formats/${stem}.${ext}`);
    const diff = [...new Set([...Object.keys(base.m), ...Object.keys(o.m)])].filter(k => base.m[k] !== o.m[k]).map(k => `${k}: ${base.m[k]} vs ${o.m[k]}`);
    const idd = ['body_name','report_year','published_on','period_start','scope','title'].filter(k => base.id[k] !== o.id[k]).map(k => `${k}: ${base.id[k]} vs ${o.id[k]}`);
    console.log(stem, ext, diff.length ? diff : 'metrics same', idd, JSON.stringify(base.i) === JSON.stringify(o.i) ? '' : ['issues', base.i, o.i]);
  }
}
