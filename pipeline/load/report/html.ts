// report.html: one self-contained, offline file (no script, nothing loaded from elsewhere),
// in Chinese by default. The overview's charts are ECharts rendered to SVG on the server, each
// followed by the table behind it; then the files that could not be read, the index of the
// bodies and a section per body. Every SVG has a viewBox and no fixed size, so the page reads
// on a phone as on a desktop.
import type { DB } from '../db.js';
import { datasetCounts } from './data.js';
import { esc } from './markup.js';
import { overviewSections } from './overview.js';
import { bodySections, filesSection } from './sections.js';
import { vocabulary, type Lang } from './text.js';

export interface ReportOptions {
  /** zh (default): labels from the metric dictionary and pipeline/load/zh; en: English. */
  lang?: Lang;
  /** Bodies with a detailed section, the first by region code (the index lists all). */
  bodySections?: number;
  /** Files that failed or need OCR listed (their count is always given). */
  failedFiles?: number;
}

export const DEFAULT_BODY_SECTIONS = 200;
const DEFAULT_FAILED_FILES = 200;

const CSS = `*{box-sizing:border-box}
body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:0 auto;padding:16px;max-width:1120px;color:#222;line-height:1.5}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:40px 0 4px;padding-top:8px;border-top:1px solid #ddd}
h3{font-size:16px;margin:28px 0 2px}h4{font-size:14px;margin:14px 0 4px;color:#444}
a{color:#1f5fa8}.note,.meta{color:#666;font-size:13px;margin:2px 0 8px}.gaps{color:#8a5a00;font-size:13px}.none{color:#2d7a2d;font-size:13.5px}
nav ol{columns:2 220px;padding-left:20px;margin:4px 0}
figure{margin:0}figcaption{font-size:13px;font-weight:600;margin:0 0 2px}
svg.chart{display:block;width:100%;height:auto}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px 20px;margin:8px 0}
figure.wide{max-width:760px}
.legend{list-style:none;padding:0;margin:4px 0 8px;display:flex;flex-wrap:wrap;gap:2px 14px;font-size:13px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.scroll{overflow-x:auto;max-width:100%;margin:8px 0}
table{border-collapse:collapse;font-size:12.5px}td,th{border:1px solid #d5d5d5;padding:2px 7px;text-align:left;vertical-align:top}
th{background:#f3f3f3;font-weight:600;min-width:4.5em}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.paths td:first-child,table.paths td:nth-child(2){word-break:break-all}
article.body{border-top:1px dashed #ccc;margin-top:24px}
.sparks{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(200px,45%),1fr));gap:8px 16px}
.sparks figcaption{font-weight:400;color:#444;font-size:12.5px}
svg.spark{display:block;width:100%;height:auto;font-size:12px;fill:#666}
svg.spark .axis{stroke:#bbb;fill:none}svg.spark .line{stroke:#4e79a7;stroke-width:1.6;fill:none}svg.spark .dots{fill:#4e79a7}
ul.checks{margin:4px 0;padding-left:20px;font-size:13px}ul.checks b{font-weight:600;margin-right:4px}`;

export async function reportHtml(db: DB, options: ReportOptions = {}): Promise<string> {
  const v = vocabulary(db, options.lang ?? 'zh');
  const c = datasetCounts(db);
  const sections = [
    ...(await overviewSections(db, v)),
    filesSection(db, v, options.failedFiles ?? DEFAULT_FAILED_FILES),
    ...bodySections(db, v, options.bodySections ?? DEFAULT_BODY_SECTIONS),
  ];
  const span = c.first === null ? '—' : `${c.first}–${c.last}`;
  const nav = `<nav><h2>${esc(v.s.contents)}</h2><ol>${sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('')}</ol></nav>`;
  return `<!DOCTYPE html><html lang="${v.s.htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(v.s.title)}</title><style>${CSS}</style></head><body>
<h1>${esc(v.s.title)}</h1>
<p>${esc(v.s.summary(c.reports, c.bodies, c.files, span))} ${esc(v.s.generated(new Date().toISOString().slice(0, 10)))}</p>
${nav}
${sections.map((s) => s.html).join('\n')}
</body></html>`;
}
