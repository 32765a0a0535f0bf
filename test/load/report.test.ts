// The visual report on the 平潭 series and the seeds, opened in headless Chromium (Debian's
// chromium, installed by .ci/run). The input leaves out 平潭's 2018 report, so 2018 is a year
// without a report between 2011 and 2025 (the corpus has every year), and adds an empty PDF, a
// file that fails. Checked: Chinese labels from the metric dictionary, one chart per headline
// metric on a year axis that shows 2018 as a gap, a section per body reachable from the index,
// the failed file with its reason, the English version, the cap on body sections, nothing
// wider than a 390 px window; screenshots (wide and narrow) are kept in test/artifacts/.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { openDatabase } from '../../pipeline/load/db.js';
import { writeReport } from '../../pipeline/load/report/index.js';
import { reportHtml } from '../../pipeline/load/report/html.js';
import { DEV, ROOT, SEEDS } from '../helpers.js';

const run = promisify(execFile);
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const HEADLINE = ['proactive.total', 'applications.received', 'applications.handled', 'review.reconsideration.total', 'review.litigation.total'];
const LABELS = ['主动公开政府信息数', '收到申请数（本年新收）', '申请答复数（办理结果总计）', '行政复议数量', '行政诉讼数量'];
let dir: string;
let file: string;
let en: string;
let capped: string;
let dom: string;
let measured: { innerWidth: number; scrollWidth: number; svgs: Array<{ left: number; right: number; width: number }> };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-report-'));
  const input = path.join(dir, 'raw');
  mkdirSync(input);
  for (const f of readdirSync(path.join(DEV, 'raw')).filter((x) => x !== 'pt2018_syq.txt')) copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
  writeFileSync(path.join(input, 'broken.pdf'), '');
  const db = openDatabase(path.join(dir, 'db.sqlite'));
  await runPipeline(db, { input, full: false, concurrency: 2, log: pino({ level: 'silent' }) });
  file = await writeReport(db, dir);
  en = await reportHtml(db, { lang: 'en' });
  capped = await reportHtml(db, { bodySections: 2 });
  db.close();
  // the page as Chromium lays it out in a 390 px window: a frame of that width, measured by the
  // page around it (report.html itself has no script; a headless window is at least 500 px)
  const measure = path.join(dir, 'measure.html');
  writeFileSync(
    measure,
    `<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="report.html" style="width:390px;height:2000px;border:0"></iframe><script>
document.getElementById('f').addEventListener('load', () => {
  const w = document.getElementById('f').contentWindow;
  const svgs = [...w.document.querySelectorAll('svg')].map((s) => { const r = s.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width }; });
  document.body.insertAdjacentHTML('beforeend', '<pre id="meas' + 'ured">' + JSON.stringify({ innerWidth: w.innerWidth, scrollWidth: w.document.documentElement.scrollWidth, svgs }) + '</pre>');
});</script></body></html>`,
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  // two Chromiums at once (each spends most of its seconds starting up), each dumping the DOM
  // and taking a screenshot: of the page in the 390 px frame, and of the page 1200 px wide
  const [measuredDom, plainDom] = await Promise.all([
    chrome(measure, '--dump-dom', '--allow-file-access-from-files', `--screenshot=${path.join(ARTIFACTS, 'report-narrow.png')}`, '--window-size=390,2000'),
    chrome(file, '--dump-dom', `--screenshot=${path.join(ARTIFACTS, 'report.png')}`, '--window-size=1200,2400'),
  ]);
  measured = JSON.parse(/<pre id="measured">(.*?)<\/pre>/s.exec(measuredDom)?.[1] ?? 'null') as typeof measured;
  dom = plainDom;
}, 90_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function chrome(page: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', ...args, `file://${page}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: 60_000,
  });
  return stdout;
}

/** The text a reader sees: no tags, no style sheet, no attributes. */
const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ');

const sectionOf = (html: string, id: string) => new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';

describe('report.html in headless Chromium', () => {
  it('has Chromium to open it (installed by .ci/run: apt-get install chromium)', () => {
    expect(CHROMIUM, 'Debian chromium is missing: apt-get install -y chromium').toBeTruthy();
  });

  it('draws one chart per headline metric, named in Chinese, each with its own y-axis, on a year axis with 2018 left empty', () => {
    const trends = sectionOf(dom, 'trends');
    const figures = [
      ...trends.matchAll(/<figure data-metric="([^"]+)" data-years="([^"]+)" data-gaps="([^"]*)"><figcaption>(.*?)<\/figcaption>(<svg[\s\S]*?<\/svg>)/g),
    ];
    expect(figures.map((f) => f[1])).toEqual(HEADLINE);
    expect(figures.map((f) => f[4])).toEqual(LABELS);
    for (const [, key, years, gaps, , svg] of figures) {
      expect([years, gaps], key).toEqual(['2011-2025', '2018']);
      // every year on the axis, 2018 included
      expect(
        [...svg!.matchAll(/>(\d{4})<\/text>/g)].map((m) => Number(m[1])),
        key,
      ).toEqual(Array.from({ length: 15 }, (_, i) => 2011 + i));
      // the series' line (stroke-width 2) is two runs, broken at 2018: connectNulls is off
      const line = /<path d="([^"]+)" fill="none"[^>]*stroke-width="2"/.exec(svg!)?.[1] ?? '';
      expect(line.match(/M/g)?.length, key).toBe(2);
    }
    // its own scale: proactive disclosures run to tens of thousands (万), lawsuits to under 20
    const yLabels = (svg: string) => [...svg.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]!).filter((t) => !/^\d{4}$/.test(t));
    expect(yLabels(figures[0]![5]!).some((t) => t.endsWith('万'))).toBe(true);
    expect(Math.max(...yLabels(figures[4]![5]!).map(Number))).toBeLessThanOrEqual(20);
    expect(trends).toContain('无报告的年份：2018');
    // the table behind the charts: 平潭 received 218 applications in 2024; no row for 2018
    expect(trends).toMatch(/<tr><td>2024<\/td><td class="n">10,407<\/td><td class="n">218<\/td>/);
    expect(trends).not.toMatch(/<tr><td>2018<\/td>/);
  });

  it('names metrics, templates and levels in Chinese: no metric key as a heading or legend', () => {
    const sections = [...dom.matchAll(/<section id="(\w+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(['trends', 'provinces', 'outcomes', 'templates', 'quality', 'files', 'index', 'bodies']);
    expect(dom).toContain('<html lang="zh-CN">');
    expect(dom).toContain('<h2>主要指标年度趋势（各地区合计）</h2>');
    const text = visible(dom);
    for (const key of [...HEADLINE, 'report_year', 'gov2021', 'stat2008', 'granted', 'county']) expect(text, key).not.toContain(key);
    for (const word of ['2021格式', '2008版统计表', '予以公开', '县级', '乡级', '报告年度']) expect(text, word).toContain(word);
    // every stacked chart has its HTML legend in the reader's words
    expect(sectionOf(dom, 'templates')).toMatch(/<ul class="legend">.*2008版统计表.*2021格式/);
    expect(sectionOf(dom, 'outcomes')).toMatch(/<ul class="legend">.*予以公开.*部分公开/);
  });

  it('gives each body a section, reachable from the index, with its series, failing checks and files', () => {
    const index = sectionOf(dom, 'index');
    const links = [...index.matchAll(/<a href="#(body-[0-9a-f]+)">/g)].map((m) => m[1]!);
    expect(links).toHaveLength(8);
    const ids = new Set([...dom.matchAll(/<article id="(body-[0-9a-f]+)"/g)].map((m) => m[1]));
    expect(links.every((l) => ids.has(l))).toBe(true);
    const pingtan = /<article id="([^"]+)" class="body" data-body="350128:平潭综合实验区管委会">([\s\S]*?)<\/article>/.exec(dom);
    expect(pingtan?.[1]).toBe(`body-${Buffer.from('350128:平潭综合实验区管委会').toString('hex')}`);
    const body = pingtan![2]!;
    expect(body).toContain('<h3>平潭综合实验区</h3>');
    // its series: 10,407 proactive disclosures and 218 applications in 2024; a sparkline per metric
    expect(body).toMatch(/<tr><td>2024<\/td><td class="n">10,407<\/td><td class="n">218<\/td>/);
    expect((body.match(/<svg class="spark"/g) ?? []).length).toBe(5);
    // its failing identity checks, written as a Chinese reader writes them
    expect(body).toMatch(/<li><b>2020<\/b> 勾稽关系不符：表三（总计列）办理结果合计 21 ≠ 分项之和 27<\/li>/);
    // its files with format and whether primary: the page is primary, its text dump a copy
    expect(body).toMatch(/<tr><td>2024<\/td><td>[^<]*pt2024_syq\.html<\/td><td>网页<\/td><td>2021格式<\/td><td>是<\/td><\/tr>/);
    expect(body).toMatch(/<tr><td>2024<\/td><td>[^<]*pt2024_syq\.txt<\/td><td>文本<\/td><td>2021格式<\/td><td>否<\/td><\/tr>/);
    expect(body).toContain('主要指标（主报告）');
  });

  it('lists the files that failed with their reason', () => {
    const files = sectionOf(dom, 'files');
    expect(files).toContain('共 1 个文件未能读取');
    expect(files).toMatch(/<td>[^<]*broken\.pdf<\/td><td>读取失败<\/td><td>empty file \(0 bytes\)<\/td>/);
  });

  it('writes the English version with lang en', () => {
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>Headline metrics per year (all regions)</h2>');
    expect(en).toContain('<figcaption>applications / received</figcaption>');
    expect(en).toMatch(/<td>[^<]*broken\.pdf<\/td><td>failed<\/td><td>empty file \(0 bytes\)<\/td>/);
    expect(en).toMatch(/<ul class="legend">.*2008 statistics table.*2021 template/);
    expect(visible(en)).not.toMatch(/主要指标|报告年度|读取失败/);
  });

  it('details only the first bodies by region code past the cap, and says where the rest are', () => {
    expect((capped.match(/<article /g) ?? []).length).toBe(2);
    expect(capped).toContain('其余 6 个机关未详列，它们的历年数据见 yearly_comparison.csv');
    const index = sectionOf(capped, 'index');
    expect((index.match(/<tr>/g) ?? []).length).toBe(9); // all 8 bodies and the header
    expect((index.match(/<a href="#body-/g) ?? []).length).toBe(2);
    expect(index).toMatch(/^[\s\S]*?<a href="#body-[^"]+">鄂托克旗人民政府<\/a>/); // 150624 first
  });

  it('fits a 390 px window: every SVG scales to the page, nothing clipped', () => {
    expect(measured.innerWidth).toBe(390);
    expect(measured.scrollWidth).toBeLessThanOrEqual(390);
    expect(measured.svgs.length).toBe(19); // 5 trends, 4 wide charts, 5 sparklines for each of the 2 bodies with more than a year
    for (const s of measured.svgs) {
      expect(s.left).toBeGreaterThanOrEqual(0);
      expect(s.right).toBeLessThanOrEqual(390);
      expect(s.width).toBeGreaterThan(100);
    }
  });

  it('is one offline file: no script, nothing loaded from elsewhere', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(html).not.toMatch(/<svg width=/); // no fixed-size canvas
  });

  it('keeps screenshots, wide and narrow, as test artifacts', () => {
    expect(statSync(path.join(ARTIFACTS, 'report.png')).size).toBeGreaterThan(100_000);
    expect(statSync(path.join(ARTIFACTS, 'report-narrow.png')).size).toBeGreaterThan(50_000);
  });
});
