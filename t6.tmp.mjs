import { readFileSync } from 'node:fs';
import { openPdf } from './dist/pipeline/extract/readers/pdf/load.js';
import { pageContent } from './dist/pipeline/extract/readers/pdf/items.js';
import { findTables } from './dist/pipeline/extract/readers/pdf/grid.js';
const doc = await openPdf(readFileSync('../shared/corpus/formats/seed004.pdf'), 'x');
for (const n of [2, 3, 4]) {
  const c = await pageContent(await doc.getPage(n));
  const { tables } = findTables(c.horizontal, c.vertical, c.items);
  for (const t of tables) console.log(n, t.top.toFixed(0), t.bottom.toFixed(0), t.xs.map(x => x.toFixed(1)).join(' '));
}
