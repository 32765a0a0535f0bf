// report.html: one self-contained, offline file. Each chart is ECharts rendered to SVG on the
// server (no script, no CDN), followed by the table behind it.
import type { DB } from '../db.js';
import { dataQuality, outcomeMix, receivedByProvince, templatesPerYear, yearlyTrends, type Table } from './data.js';

interface Chart {
  id: string;
  title: string;
  note: string;
  table: Table;
  kind: 'line' | 'stacked';
}

const esc = (s: unknown) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

async function svgOf(chart: Chart): Promise<string> {
  const echarts = await import('echarts');
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 360 });
  const years = chart.table.rows.map((r) => String(r[0]));
  const series = chart.table.columns.slice(1).map((name, i) => ({
    name,
    type: chart.kind === 'line' ? ('line' as const) : ('bar' as const),
    stack: chart.kind === 'stacked' ? 'all' : undefined,
    data: chart.table.rows.map((r) => r[i + 1]),
    connectNulls: true,
  }));
  c.setOption({
    animation: false,
    legend: { top: 0, type: 'scroll' },
    grid: { top: 48, left: 64, right: 24, bottom: 32 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value' },
    series,
  });
  const svg = c.renderToSVGString();
  c.dispose();
  return svg;
}

function tableHtml(t: Table): string {
  return `<table><thead><tr>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${t.rows
    .map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export async function reportHtml(db: DB): Promise<string> {
  const charts: Chart[] = [
    {
      id: 'trends',
      title: 'Headline metrics per year (all regions)',
      note: "Sums of v_region_year at province level: one report per body and year; a government's consolidated report stands for the bodies it compiles, which are not added again.",
      table: yearlyTrends(db),
      kind: 'line',
    },
    {
      id: 'provinces',
      title: 'Applications received per province and year',
      note: 'v_region_year, province level, applications.received.',
      table: receivedByProvince(db),
      kind: 'stacked',
    },
    {
      id: 'outcomes',
      title: 'How applications were answered (表三 outcomes, all applicants)',
      note: 'v_applications, one report per body and year.',
      table: outcomeMix(db),
      kind: 'stacked',
    },
    {
      id: 'templates',
      title: 'Reports per template per year',
      note: 'narrative and stat2008 up to 2018, the 2019 trial and the 2021 template after.',
      table: templatesPerYear(db),
      kind: 'stacked',
    },
    {
      id: 'quality',
      title: 'Data quality per year',
      note: 'v_data_quality: reports with failing identity checks, an undecided region, approximate figures, decoding damage.',
      table: dataQuality(db),
      kind: 'line',
    },
  ];
  const sections: string[] = [];
  for (const ch of charts) {
    const empty = ch.table.rows.length === 0;
    sections.push(`<section id="${ch.id}" data-rows="${ch.table.rows.length}"><h2>${esc(ch.title)}</h2><p class="note">${esc(ch.note)}</p>
<figure>${empty ? '<p class="empty">No figures for this chart in the database.</p>' : await svgOf(ch)}</figure>${tableHtml(ch.table)}</section>`);
  }
  // reports, not files: copies of one report (a page and its text dump) count once
  const counts = db
    .prepare(
      `SELECT SUM(r.is_primary) AS reports, COUNT(*) AS files, COUNT(DISTINCT r.body_id) AS bodies, MIN(r.report_year) AS first, MAX(r.report_year) AS last
       FROM reports r JOIN source_files f ON f.id = r.source_file_id WHERE f.present = 1`,
    )
    .get() as { reports: number | null; files: number; bodies: number; first: number | null; last: number | null };
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>disclosure-stats report</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:24px auto;max-width:960px;color:#222}h1{font-size:22px}h2{font-size:17px;margin-top:36px}
.note{color:#666;font-size:13px}table{border-collapse:collapse;font-size:12px;margin-top:8px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}
th{background:#f3f3f3}figure{margin:0}</style></head><body>
<h1>政府信息公开工作年度报告 — dataset report</h1>
<p>${counts.reports ?? 0} reports of ${counts.bodies} bodies (from ${counts.files} files: copies of one report count once), report years ${counts.first ?? '—'}–${counts.last ?? '—'}. Generated ${new Date().toISOString().slice(0, 10)} by disclosure-stats.</p>
${sections.join('\n')}
</body></html>`;
}
