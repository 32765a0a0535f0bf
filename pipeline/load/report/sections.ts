// The report's sections after the overview: the files that could not be read, the index of
// every body, and a section per body (the first `limit` by region code: a national database
// holds ~100,000 bodies, and yearly_comparison.csv has every one's series).
import type { DB } from '../db.js';
import { headlineKeys } from '../dictionary.js';
import { filesNeedingAttention } from '../status.js';
import { bodyAnchor, bodyDetails, bodyIndex, type BodyDetail, type BodyRow } from './bodies.js';
import { compact, yearSpan } from './charts.js';
import { HEADLINE } from './data.js';
import { attr, esc, figure, tableHtml, text } from './markup.js';
import type { Section } from './overview.js';
import { sparkline } from './sparkline.js';
import type { Vocabulary } from './text.js';

export function filesSection(db: DB, v: Vocabulary, limit: number): Section {
  const { total, rows } = filesNeedingAttention(db, limit);
  const body = total
    ? `<p>${esc(v.s.filesCount(total))}</p>${tableHtml(
        v.s.fileCols,
        rows.map((r) => [text(r.path), text(v.status(r.status)), text(r.reason)]),
        'paths',
      )}${total > rows.length ? `<p class="note">${esc(v.s.filesMore(rows.length, total))}</p>` : ''}`
    : `<p class="none">${esc(v.s.filesNone)}</p>`;
  return { id: 'files', title: v.s.files, html: `<section id="files" data-files="${total}"><h2>${esc(v.s.files)}</h2>${body}</section>` };
}

const years = (b: { first_year: number | null; last_year: number | null }) =>
  b.first_year === null ? '—' : b.first_year === b.last_year ? String(b.first_year) : `${b.first_year}–${b.last_year}`;

/** 福建省 福州市 平潭县, without a level repeated when a county is its own prefecture's name. */
const place = (b: BodyRow) => [...new Set([b.province, b.prefecture, b.county].filter(Boolean))].join(' ');

export function indexSection(bodies: BodyRow[], detailed: ReadonlySet<string>, v: Vocabulary): Section {
  const rows = bodies.map((b) => [
    { html: detailed.has(b.body_id) ? `<a href="#${bodyAnchor(b.body_id)}">${esc(b.name)}</a>` : esc(b.name) },
    text(v.level(b.level)),
    text(b.region_code ?? v.s.noRegion),
    text(place(b)),
    text(years(b)),
    figure(b.reports),
  ]);
  return {
    id: 'index',
    title: v.s.index,
    html: `<section id="index" data-bodies="${bodies.length}"><h2>${esc(v.s.index)}</h2><p class="note">${esc(v.s.indexNote(bodies.length))}</p>${tableHtml(v.s.indexCols, rows)}</section>`,
  };
}

function bodyArticle(b: BodyRow, d: BodyDetail, keys: string[], v: Vocabulary): string {
  const ys = yearSpan(d.series.keys());
  const stated = keys.filter((k) => [...d.series.values()].some((m) => m.has(k)));
  const charted = HEADLINE.filter((k) => stated.includes(k));
  const short = (x: number) => compact(x, v.lang);
  const sparks = !stated.length
    ? ''
    : ys.length > 1
      ? `<div class="sparks">${charted
          .map((k) => {
            const values = ys.map((y) => d.series.get(y)?.get(k) ?? null);
            const label = v.metric(k);
            return `<figure data-metric="${attr(k)}"><figcaption>${esc(label)}</figcaption>${sparkline(ys, values, label, short)}</figure>`;
          })
          .join('')}</div>`
      : `<p class="note">${esc(v.s.singleYear)}</p>`;
  // a row per year that has a primary report; the chart shows the years without one
  const series = stated.length
    ? tableHtml(
        [v.s.year, ...stated.map((k) => v.metric(k))],
        [...d.series.entries()].map(([y, m]) => [text(y), ...stated.map((k) => figure(m.get(k)))]),
      )
    : `<p class="note">${esc(v.s.noHeadline)}</p>`;
  const checks = d.findings.length
    ? `<ul class="checks">${d.findings.map((f) => `<li><b>${esc(f.report_year ?? '—')}</b> ${esc(v.finding(f))}</li>`).join('')}</ul>`
    : `<p class="none">${esc(v.s.checksNone)}</p>`;
  const files = tableHtml(
    v.s.bodyFileCols,
    d.files.map((f) => [
      text(f.report_year ?? '—'),
      text(f.file),
      text(v.format(f.format)),
      text(f.template ? v.template(f.template) : ''),
      text(f.is_primary ? v.s.yes : v.s.no),
    ]),
    'paths',
  );
  const aliases = b.aliases && b.aliases !== b.name ? `<p class="note">${esc(v.s.aliases)}：${esc(b.aliases)}</p>` : '';
  return `<article id="${bodyAnchor(b.body_id)}" class="body" data-body="${attr(b.body_id)}"><h3>${esc(b.name)}</h3>
<p class="meta">${esc(v.s.bodyMeta(v.level(b.level), b.region_code ?? v.s.noRegion, place(b), years(b), b.reports))}</p>${aliases}
<h4>${esc(v.s.series)}</h4>${sparks}${series}
<h4>${esc(v.s.checks)}</h4>${checks}
<h4>${esc(v.s.bodyFiles)}</h4>${files}
<p class="back"><a href="#index">${esc(v.s.back)}</a></p></article>`;
}

/** The index and the per-body sections, the latter for the first `limit` bodies. */
export function bodySections(db: DB, v: Vocabulary, limit: number): Section[] {
  const bodies = bodyIndex(db);
  const shown = bodies.slice(0, limit);
  const details = bodyDetails(
    db,
    shown.map((b) => b.body_id),
  );
  const keys = headlineKeys(db);
  const left = bodies.length - shown.length;
  const articles = shown.map((b) => bodyArticle(b, details.get(b.body_id)!, keys, v)).join('\n');
  const note = left > 0 ? `<p class="note left-out">${esc(v.s.bodiesLeftOut(shown.length, left))}</p>` : '';
  return [
    indexSection(bodies, new Set(shown.map((b) => b.body_id)), v),
    {
      id: 'bodies',
      title: v.s.bodies,
      html: `<section id="bodies" data-bodies="${shown.length}" data-left-out="${left}"><h2>${esc(v.s.bodies)}</h2>${note}\n${articles}</section>`,
    },
  ];
}
